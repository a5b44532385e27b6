import { describe, expect, it } from 'vitest';
import { detailSections } from '../../../src/shared/format/detail-view';
import { headerFacts, headerFromIcp } from '../../../src/shared/format/header-view';
import { REPORT_CSP, reportHtml } from '../../../src/shared/export/report-html';
import { reportModel } from '../../../src/shared/export/report-model';
import type { ExportItem } from '../../../src/shared/export/export-item';
import { CLOCK, inBerlin, makeIcp } from './export-fixtures';

inBerlin();

const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];
const items: ExportItem[] = [
  { icp: makeIcp({ id: ids[0], name: 'Active one', activeUntil: '2027-06-01T00:00:00.000Z' }), findings: [] },
  {
    icp: makeIcp({ id: ids[1], name: 'Expiring one', activeUntil: '2026-11-30T00:00:00.000Z' }),
    findings: [
      { severity: 'problem', message: 'The prompt is empty.', field: 'AI filter › Prompt' },
      { severity: 'warning', message: 'Competes with “Active one”.', field: 'Search 1' },
    ],
    moreOverlaps: 2,
    changesSinceReview: ['Version 2: Job title: +CTO'],
  },
  { icp: makeIcp({ id: ids[2], name: 'Expired one', activeUntil: '2026-01-01T00:00:00.000Z' }) },
];

describe('reportModel', () => {
  const model = reportModel({ account: 'Acme GmbH · api.acme.example', items, clock: CLOCK });

  it('has a cover with the account, the date and the counts', () => {
    expect(model.title).toBe('ICP review');
    expect(model.account).toBe('Acme GmbH · api.acme.example');
    expect(model.generated).toEqual({ iso: '2026-11-23T09:00:00.000Z', text: 'Nov 23, 2026, 10:00 AM GMT+1' });
    expect(model.counts.map(({ label, value }) => `${label}: ${value}`)).toEqual([
      'ICPs: 3',
      'Active: 1',
      'Expiring within 30 days: 1',
      'Expired: 1',
      'No end date: 0',
      'With problems: 1',
      'With warnings: 1',
      'Changed since review: 1',
    ]);
  });

  it('leaves check and history counts off when no ICP has them', () => {
    const plain = reportModel({ account: 'a', items: [{ icp: makeIcp() }], clock: CLOCK });
    expect(plain.counts.map((count) => count.label)).toEqual(['ICP', 'Active', 'Expiring within 30 days', 'Expired', 'No end date']);
    expect(plain.contents[0]).toMatchObject({ findings: null, changes: null });
  });

  it('lists the ICPs in the contents with status, searches, checks and changes', () => {
    expect(model.contents.map((row) => [row.anchor, row.name, row.expiry.label, row.searches, row.findings, row.changes])).toEqual([
      ['icp-1', 'Active one', 'Active', 'baseProvider · Person', 'No problems found', null],
      ['icp-2', 'Expiring one', 'Expires in 7 days', 'baseProvider · Person', '1 problem, 3 warnings', '1 new version'],
      ['icp-3', 'Expired one', 'Expired 326 days ago', 'baseProvider · Person', null, null],
    ]);
  });

  it('gives each ICP exactly the detail view model: facts and sections from src/shared/format', () => {
    items.forEach((item, index) => {
      const page = model.icps[index]!;
      expect(page.sections).toEqual(detailSections(item.icp));
      expect(page.facts).toEqual(headerFacts(headerFromIcp(item.icp), CLOCK));
    });
    expect(model.icps[1]!.findings).toMatchObject({ summary: '1 problem, 3 warnings', more: '2 more overlapping ICPs (not listed)' });
    expect(model.icps[1]!.changes).toEqual(['Version 2: Job title: +CTO']);
    expect(model.icps[2]!.findings).toBeNull();
  });
});

describe('reportHtml', () => {
  const hostile = '<script>alert(1)</script> & "quoted" \'single\'';
  const page = reportHtml({
    account: `Acme <b>${hostile}</b>`,
    items: [
      {
        icp: makeIcp({
          name: hostile,
          description: hostile,
          leadProviderCriteria: [{ provider: hostile, type: 'person', filters: { [hostile]: [hostile], job_title: ['<img src=x onerror=alert(1)>'] } }],
          customFilterCriteria: [
            { type: 'website', provider: 'browserUse', prompt: hostile },
            { type: '<svg onload=alert(1)>', x: hostile },
          ],
          crmFilters: { provider: 'bullhorn', textSearch: hostile, filters: [{ path: hostile, mode: 'equals', value: hostile, exclude: true }] },
        }),
        findings: [{ severity: 'problem', message: hostile, field: hostile }],
        changesSinceReview: [hostile],
      },
    ],
    clock: CLOCK,
  });

  it('escapes every value: no markup from user data reaches the page', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<svg/i);
    expect(page).not.toContain('<b>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;');
  });

  it('is self-contained: a CSP that allows nothing to load or run, no external URL, styles inline', () => {
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, '&#39;')}" />`);
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(page).not.toMatch(/\b(src|href)="(?!#)/);
    expect(page).not.toMatch(/<link\b/);
    expect(page).not.toMatch(/@import|url\(/);
    expect(page).toContain('<style>');
  });

  it('isolates names with <bdi> in the title of each page and in the contents', () => {
    const escapedName = '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;';
    expect(page).toContain(`<h2 class="icp-name"><bdi>${escapedName}</bdi></h2>`);
    expect(page).toContain(`<a href="#icp-1"><bdi>${escapedName}</bdi></a>`);
  });

  it('breaks the page before each ICP when printed', () => {
    expect(page).toMatch(/@media print \{[^]*\.icp \{ break-before: page;/);
  });

  it('writes a Checks block (severity, message, field; the overlaps not listed) and a Changes since review block', () => {
    const report = reportHtml({ account: 'a', items, clock: CLOCK });
    const text = report.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Checks 1 problem, 3 warnings Problem The prompt is empty. AI filter › Prompt Warning Competes with “Active one”. Search 1 2 more overlapping ICPs (not listed)',
    );
    expect(text).toContain('Changes since review 1 Version 2: Job title: +CTO');
    expect(text).toContain('Checks No problems found The targeting checks found nothing to fix.');
    expect(report.match(/aria-label="Checks"/g)).toHaveLength(2);
    expect(report.match(/aria-label="Changes since review"/g)).toHaveLength(1);
  });
});
