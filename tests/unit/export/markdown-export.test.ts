import { describe, expect, it } from 'vitest';
import { markdownSection, markdownTable } from '../../../src/shared/export/markdown-export';
import { summarizeIcp } from '../../../src/shared/icp-summary';
import { CLOCK, inBerlin, makeIcp } from './export-fixtures';

inBerlin();

describe('markdownTable', () => {
  it('writes name, status, end date, leads per list and searches, one row per ICP', () => {
    const rows = [makeIcp(), makeIcp({ name: 'SMB Marketing', activeUntil: null, leadsPerList: 10, leadProviderCriteria: [] })].map(summarizeIcp);
    expect(markdownTable(rows, CLOCK)).toBe(
      [
        '| Name                   | Status             | Active until                | Leads per list | Searches              |',
        '| :--------------------- | :----------------- | :-------------------------- | -------------: | :-------------------- |',
        '| Enterprise Tech Buyers | Expires in 12 days | Dec 5, 2026, 11:59 PM GMT+1 |             25 | baseProvider · Person |',
        '| SMB Marketing          | No expiry          | No end date                 |             10 | No lead search        |',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes and turns line breaks into spaces, so a cell stays one cell', () => {
    const table = markdownTable([summarizeIcp(makeIcp({ name: 'A | B\nC\r\nD' }))], CLOCK);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^\| A \\\| B C D +\|/);
    // Four unescaped pipes between five cells, plus the two at the ends.
    expect(lines[2]!.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('escapes Markdown syntax in names, so a name cannot become a link or emphasis', () => {
    const table = markdownTable([summarizeIcp(makeIcp({ name: '*Bold* [click](javascript:alert(1)) <img src=x>' }))], CLOCK);
    expect(table).toContain('\\*Bold\\* \\[click]\\(javascript:alert(1)) \\<img src=x>');
  });
});

describe('markdownSection', () => {
  it('reads like the detail view: name, description, facts, searches, custom filters, CRM', () => {
    const icp = makeIcp({
      crmFilters: { provider: 'bullhorn', textSearch: 'Head OR Leit*', filters: [{ path: 'status', mode: 'equals', value: 'Archived', exclude: true }] },
    });
    expect(markdownSection({ icp }, CLOCK)).toBe(
      [
        '## Enterprise Tech Buyers',
        '',
        'IT decision makers at large enterprises in DACH region',
        '',
        '- **Status:** Expires in 12 days',
        '- **Leads per list:** 25',
        '- **Active until:** Dec 5, 2026, 11:59 PM GMT+1',
        '- **Created:** 2 years ago (Jan 15, 2024, 11:30 AM GMT+1)',
        '- **Last updated:** 3 days ago (Nov 20, 2026, 10:00 AM GMT+1)',
        '- **Users (2):** `user_abc123`, `user_xyz789`',
        '- **ID:** `550e8400-e29b-41d4-a716-446655440000`',
        '',
        '### Lead provider criteria (1)',
        '',
        '#### Search 1: Person search — provider `baseProvider`',
        '',
        '- **Job title:** CTO, VP Engineering',
        '- **Location**',
        '  - **Country:** Germany, Austria',
        '  - **City:** Berlin',
        '- **Company**',
        '  - **Employee size:** 500 – 10,000',
        '  - **Industry:** Software',
        '- **Seniority:** Director',
        '',
        '### Custom filters (2)',
        '',
        '- **Max people per company** `maxPeoplePerCompany`',
        '  - **Maximum:** 2',
        '- **Min days until reuse** `minDaysUntilReuse`',
        '  - **Minimum:** 180 days',
        '',
        '### CRM filters',
        '',
        '**Bullhorn** `bullhorn`',
        '',
        '- **Text search:** `Head OR Leit*`',
        '',
        '**Conditions**',
        '',
        '- **NOT** `status` equals `Archived`',
        '',
      ].join('\n'),
    );
  });

  it('marks defaults, legacy searches and unknown filter types the way the cards do', () => {
    const icp = makeIcp({
      description: null,
      leadProviderCriteria: [{ provider: 'baseProvider', filters: {} }],
      customFilterCriteria: [{ type: 'maxPeoplePerCompany' }, { type: 'intentSignal', minScore: 70 }],
    });
    const text = markdownSection({ icp }, CLOCK);
    expect(text).toContain('_No description_');
    expect(text).toContain('#### Search 1: Legacy · person search — provider `baseProvider` _(Legacy)_');
    expect(text).toContain('No filters: every person the provider has matches.');
    expect(text).toContain('  - **Maximum:** 1 _(default)_');
    expect(text).toContain("ICP Desk doesn't know this filter type yet");
    expect(text).toContain('```json\n  {\n    "type": "intentSignal",\n    "minScore": 70\n  }\n  ```');
  });

  it('adds checks (severity, message, field) and changes since review as short lists when given', () => {
    const text = markdownSection(
      {
        icp: makeIcp(),
        findings: [
          { severity: 'problem', message: 'The prompt is empty.', field: 'AI filter › Prompt' },
          { severity: 'warning', message: 'Competes with “DACH SaaS”.', field: 'Search 1' },
        ],
        moreOverlaps: 3,
        changesSinceReview: ['Version 2: Job title: +CTO'],
      },
      CLOCK,
    );
    expect(text).toContain(
      '### Checks: 1 problem, 4 warnings\n\n- **Problem:** The prompt is empty. (AI filter › Prompt)\n- **Warning:** Competes with “DACH SaaS”. (Search 1)\n- 3 more overlapping ICPs (not listed)',
    );
    expect(text).toContain('### Changes since review\n\n- Version 2: Job title: +CTO');
    expect(markdownSection({ icp: makeIcp(), findings: [], changesSinceReview: [] }, CLOCK)).toContain(
      '### Checks: No problems found\n\n### Changes since review\n\nNo changes since the last review.',
    );
  });

  it('escapes Markdown in names and values', () => {
    const text = markdownSection(
      { icp: makeIcp({ name: '# Not a *heading*', leadProviderCriteria: [{ provider: 'p', type: 'person', filters: { job_title: ['_x_'] } }] }) },
      CLOCK,
    );
    expect(text.startsWith('## # Not a \\*heading\\*\n')).toBe(true);
    expect(text).toContain('- **Job title:** \\_x\\_');
  });
});
