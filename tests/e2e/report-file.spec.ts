import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { fixtureIcps } from '../support/fixture-icps';
import type { ExportItem } from '../../src/shared/export/export-item';
import { reportHtml } from '../../src/shared/export/report-html';
import { expiryOf } from '../../src/shared/format/expiry';
import { Icp } from '../../src/shared/icp-schema';

/*
 * The review report as a person gets it: a file written by the shared report code, opened in
 * Chromium with JavaScript off (the report must need none), read as text, printed to PDF.
 * Nothing may be requested but the file itself.
 */

const TIME_ZONE = 'Europe/Berlin';
process.env.TZ = TIME_ZONE;
const NOW = new Date('2026-11-23T09:00:00.000Z');
const icps = fixtureIcps(NOW).map((raw) => Icp.parse(raw));

/** An ICP's page, found by its anchor (quick on a long page) and checked to carry its name. */
async function icpPage(page: Page, name: string) {
  const article = page.locator(`#icp-${icps.findIndex((icp) => icp.name === name) + 1}`);
  await expect(article).toHaveAccessibleName(name);
  return article;
}

const items: ExportItem[] = icps.map((icp) => {
  if (icp.name === 'Fintech Compliance – Business Emails Only') {
    return {
      icp,
      findings: [
        { severity: 'problem', message: 'AI filter: the prompt is empty.', field: 'AI filter › Prompt' },
        { severity: 'warning', message: 'Competes with “US Fintech – Heads of Risk” for the same people (Job title: Head of Risk).', field: 'Search 1' },
        { severity: 'note', message: 'CFO is listed twice.', field: 'Search 1 › Job title' },
      ],
      moreOverlaps: 4,
      changesSinceReview: ['Version 3: Leads per list 10 → 15', 'Version 2: Job title: +Head of Compliance'],
    };
  }
  return { icp, findings: [] };
});

test.use({ javaScriptEnabled: false });

async function openReport(page: Page, file: string): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return requests;
}

test.describe('the review report file', () => {
  let file: string;

  test.beforeAll(async ({}, testInfo) => {
    file = testInfo.outputPath('icp-review.html');
    writeFileSync(file, reportHtml({ account: 'Acme GmbH · demo', items, clock: { now: NOW, timeZone: TIME_ZONE } }), 'utf8');
  });

  test('opens without JavaScript, makes no request, and its cover has the account, date and counts', async ({ page }, testInfo) => {
    const requests = await openReport(page, file);
    const cover = page.getByRole('region', { name: 'Cover' });
    await expect(cover.getByRole('heading', { level: 1 })).toHaveText('ICP review');
    await expect(cover).toContainText('Acme GmbH · demo');
    await expect(cover).toContainText('Nov 23, 2026, 10:00 AM GMT+1');

    const states = icps.map((icp) => expiryOf(icp.activeUntil, NOW).state);
    const count = (label: string) =>
      cover
        .getByRole('listitem')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('.count-value');
    await expect(count('ICPs')).toHaveText(String(icps.length));
    await expect(count('Expired')).toHaveText(String(states.filter((state) => state === 'expired').length));
    await expect(count('Expiring within 30 days')).toHaveText(String(states.filter((state) => state === 'expiring').length));
    await expect(count('No end date')).toHaveText(String(states.filter((state) => state === 'noExpiry').length));
    await expect(count('With problems')).toHaveText('1');
    await expect(count('With warnings')).toHaveText('1');
    await expect(count('Changed since review')).toHaveText('1');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(icps.length + 1);

    expect(await page.evaluate(() => document.scripts.length).catch(() => 0)).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]);
    await page.screenshot({ path: testInfo.outputPath('report-cover.png') });
  });

  test('shows an ICP as the detail view does: humanised filters, custom filters, CRM, checks and changes', async ({ page }, testInfo) => {
    const requests = await openReport(page, file);
    const reference = await icpPage(page, 'Enterprise Tech Buyers');
    const search = reference.getByRole('group', { name: 'Search 1: Person search' });
    await expect(search).toContainText('Provider baseProvider');
    for (const text of ['Job title', 'CTO', 'VP Engineering', 'IT Director', 'Location', 'Country', 'Germany', 'Employee size', '500 – 10,000']) {
      await expect(search.getByText(text, { exact: true })).toBeVisible();
    }
    // Block elements are laid out with whitespace between them in the file (Prettier formats the templates); it shows nowhere.
    await expect(reference.getByRole('group', { name: 'Max people per company' })).toContainText(/Maximum\s*2/);
    await expect(reference.getByRole('group', { name: 'Min days until reuse' })).toContainText(/Minimum\s*180 days/);
    await expect(reference).toContainText('No CRM filters: leads come from the lead provider only.');

    const fintech = await icpPage(page, 'Fintech Compliance – Business Emails Only');
    const crm = fintech.getByRole('group', { name: 'CRM filters' });
    await expect(crm.getByRole('heading', { name: 'Bullhorn' })).toBeVisible();
    await expect(crm).toContainText('Compliance OR MLRO');
    await expect(crm.locator('.condition.is-excluded')).toContainText(/NOT\s*status\s*equals\s*Placed/);
    await expect(crm).toContainText(/customInt1\s*greater than\s*3/);
    const checks = fintech.getByRole('region', { name: 'Checks' });
    await expect(checks).toContainText('1 problem, 5 warnings, 1 note');
    await expect(checks.getByRole('listitem')).toHaveText([
      /^\s*Problem\s*AI filter: the prompt is empty\.\s*AI filter › Prompt\s*$/,
      /^\s*Warning\s*Competes with “US Fintech – Heads of Risk” .*\s*Search 1\s*$/,
      /^\s*Note\s*CFO is listed twice\.\s*Search 1 › Job title\s*$/,
    ]);
    await expect(checks).toContainText('4 more overlapping ICPs (not listed)');
    await expect(fintech.getByRole('region', { name: 'Changes since review' }).getByRole('listitem')).toHaveText([
      'Version 3: Leads per list 10 → 15',
      'Version 2: Job title: +Head of Compliance',
    ]);

    const intent = await icpPage(page, 'Intent: ERP Replacement (Beta)');
    const unknown = intent.getByRole('group', { name: 'Unknown filter type “intentSignal”' });
    await expect(unknown).toContainText("doesn't know this filter type yet");
    await expect(unknown).toContainText('"minScore": 70');

    const legacy = await icpPage(page, 'Zürich Münchner Fertigung');
    await expect(legacy).toContainText('Legacy query');
    await expect(legacy).toContainText('occupation:(Werksleiter OR Produktionsleiter) AND status:Active');
    await expect((await icpPage(page, 'Canadian Public Sector IT')).getByRole('region', { name: 'Other fields' })).toContainText('public-sector');

    expect(requests).toEqual([pathToFileURL(file).href]);
    await fintech.scrollIntoViewIfNeeded();
    await fintech.screenshot({ path: testInfo.outputPath('report-icp.png') });
  });

  test('prints to PDF with each ICP starting a new page', async ({ page }, testInfo) => {
    await openReport(page, file);
    await page.emulateMedia({ media: 'print' });
    const pdfPath = testInfo.outputPath('icp-review.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    // Chromium writes each page object uncompressed ("/Type /Page"); the cover takes one page or more.
    const pages = (readFileSync(pdfPath, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(icps.length + 1);
    const breaks = await page.locator('article.icp').evaluateAll((articles) => articles.map((article) => getComputedStyle(article).breakBefore));
    expect(breaks).toEqual(icps.map(() => 'page'));
  });
});
