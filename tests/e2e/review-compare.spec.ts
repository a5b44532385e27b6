import type { Locator, Page } from '@playwright/test';
import { startSignedInApp, test, expect, type App } from './app-fixture';
import { listbox, rawList, resetView, row, screenshotBothSchemes, searchBox, waitForList, type RawIcp } from './ui-helpers';

/*
 * Compare: pick ICPs in the list (Ctrl/Cmd+click, or Space on the keyboard), press Compare (or
 * C), read them side by side. Checked on the List page's two reference ICPs, whose job titles and
 * employee sizes differ, plus three-way compares, "only differences", and a failing ICP.
 */

const BUYERS = 'Enterprise Tech Buyers';
const SMB = 'SMB Marketing Leaders';
const MAKERS = 'Enterprise Tech Decision Makers';

const compareView = (page: Page) => page.getByRole('region', { name: 'Compare ICPs' });
const table = (page: Page) => compareView(page).getByRole('table', { name: 'Compared ICPs' });
/** The table row whose header starts with `label` ("Job title", "Company › Employee size"). */
const compareRow = (page: Page, label: string): Locator =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }) });
const cell = (page: Page, label: string, column: number) => compareRow(page, label).getByRole('cell').nth(column);

/** Ctrl/Cmd+clicks each ICP (found by searching for it); `total`: how many are then selected. */
async function pick(page: Page, names: string[], total = names.length): Promise<void> {
  for (const name of names) {
    await searchBox(page).fill(name);
    await row(page, name).click({ modifiers: ['ControlOrMeta'] });
  }
  await searchBox(page).fill('');
  await expect(page.getByRole('toolbar', { name: 'Selected ICPs' })).toContainText(`${total} selected`);
  // Keys go to the list from here (C, not a "c" in the search box).
  await listbox(page).focus();
}

/** The ICP columns' headers (the sections' group headers are column headers too). */
const icpHeaders = (page: Page) => table(page).locator('thead').getByRole('columnheader');

test.describe('review: compare', () => {
  let app: App;
  let icps: RawIcp[];

  test.beforeAll(async ({ api }) => {
    app = await startSignedInApp(api);
    icps = await rawList(api, api.users[0]!.token);
  });
  test.afterAll(async () => {
    await app.close();
  });
  test.beforeEach(async ({ page }) => {
    await resetView(app);
    await app.open(page);
    await waitForList(page);
  });

  test('the two reference ICPs side by side: job titles and employee sizes differ, each title marked', async ({ page }) => {
    await pick(page, [BUYERS, SMB]);
    await page.getByRole('toolbar', { name: 'Selected ICPs' }).getByRole('button', { name: 'Compare' }).click();
    await expect(compareView(page).getByRole('heading', { level: 1 })).toHaveText('Comparing 2 ICPs');
    // Columns follow the list's order (by name): Buyers is A, SMB is B.
    await expect(icpHeaders(page)).toHaveCount(3);
    await expect(icpHeaders(page).nth(1)).toHaveAccessibleName(/^A: Enterprise Tech Buyers/);
    await expect(icpHeaders(page).nth(2)).toHaveAccessibleName(/^B: SMB Marketing Leaders/);

    const titles = compareRow(page, 'Job title');
    await expect(titles.getByRole('rowheader')).toContainText('Differs');
    const [buyers, smb] = [cell(page, 'Job title', 0), cell(page, 'Job title', 1)];
    // Each chip says, in words for screen readers too, where it is.
    await expect(buyers.getByRole('listitem').filter({ hasText: /^CTO,/ })).toHaveText('CTO, only in A');
    await expect(smb.getByRole('listitem').filter({ hasText: /^CMO,/ })).toHaveText('CMO, only in B');
    await expect(buyers).not.toContainText('CMO');
    await expect(smb).not.toContainText('CTO');

    await expect(cell(page, 'Company › Employee size', 0)).toHaveText('500 – 10,000');
    await expect(cell(page, 'Company › Employee size', 1)).toHaveText('50 – 200');
    await expect(compareRow(page, 'Company › Employee size').getByRole('rowheader')).toContainText('Differs');

    // What only one of them has.
    await expect(compareRow(page, 'Location › Country').getByRole('rowheader')).toContainText('Only in A');
    await expect(cell(page, 'Location › Country', 1)).toHaveText('Not set');
    await expect(cell(page, 'CRM provider', 1)).toHaveText('Bullhorn');
    await expect(cell(page, 'Text search', 1)).toHaveText('Marketing*');

    // Shared items are plain, others marked, in every row of sets.
    await expect(cell(page, 'Users', 1).getByRole('listitem')).toHaveText('user_abc123, in all');
    for (const section of ['Overview', 'Lead provider criteria', 'Custom filters', 'CRM filters']) {
      await expect(table(page).getByRole('columnheader', { name: new RegExp(`^${section}`) })).toBeVisible();
    }
    await screenshotBothSchemes(page, 'review-compare-2');

    await page.keyboard.press('Escape');
    await expect(compareView(page)).toHaveCount(0);
    await expect(listbox(page)).toBeFocused();
    await expect(page.getByRole('toolbar', { name: 'Selected ICPs' })).toContainText('2 selected');
  });

  test('keyboard: Space picks rows, C compares, D shows only differences, Esc goes back', async ({ page }) => {
    const list = listbox(page);
    await list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(page.getByRole('toolbar', { name: 'Selected ICPs' })).toContainText('2 selected');
    // Nothing is open: the detail pane offers the compare.
    const details = page.getByRole('region', { name: 'ICP details' });
    await expect(details.getByRole('heading', { name: '2 ICPs selected' })).toBeVisible();
    await expect(details.getByRole('button', { name: 'Compare side by side' })).toBeVisible();
    await page.keyboard.press('c');
    await expect(table(page)).toBeVisible();
    await expect(compareView(page).getByRole('heading', { level: 1 })).toBeFocused();
    // The reading keys scroll the table wherever focus is in the view.
    const scroller = compareView(page).locator('.compare-scroll');
    await page.keyboard.press('PageDown');
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('Home');
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);

    const onlyDifferences = compareView(page).getByRole('button', { name: 'Show only differences' });
    await expect(onlyDifferences).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('d');
    await expect(onlyDifferences).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('d');
    await expect(onlyDifferences).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Escape');
    await expect(list).toBeFocused();
  });

  test('"Show only differences" hides what the ICPs share', async ({ page }) => {
    await pick(page, [BUYERS, MAKERS]);
    await page.keyboard.press('c');
    // Same activeUntil, leads per list and reuse days; different max people per company.
    await expect(compareRow(page, 'Leads per list')).toBeVisible();
    await expect(compareRow(page, 'Leads per list').getByRole('rowheader')).not.toContainText('Differs');
    await compareView(page).getByRole('button', { name: 'Show only differences' }).click();
    await expect(compareRow(page, 'Leads per list')).toHaveCount(0);
    await expect(compareRow(page, 'Active until')).toHaveCount(0);
    await expect(compareRow(page, 'Min days until reuse')).toHaveCount(0);
    await expect(compareRow(page, 'Max people per company')).toBeVisible();
    await expect(cell(page, 'Value', 0)).toHaveText('2');
    await expect(cell(page, 'Value', 1)).toHaveText('3');
    const rowHeaders = table(page).getByRole('rowheader');
    for (const text of await rowHeaders.allTextContents()) expect(text).toMatch(/Differs|Only in/);
  });

  test('three ICPs: every list item says which ICPs have it; a fourth is the most', async ({ page }) => {
    await pick(page, [BUYERS, SMB, MAKERS]);
    await page.keyboard.press('c');
    await expect(icpHeaders(page)).toHaveCount(4);
    await expect(cell(page, 'Users', 0).getByRole('listitem').filter({ hasText: 'user_abc123' })).toHaveText('user_abc123, in all');
    await expect(cell(page, 'Users', 0).getByRole('listitem').filter({ hasText: 'user_xyz789' })).toHaveText(/^user_xyz789A?, only in A$/);
    // Columns in list order: Buyers (A), Decision Makers (B), SMB (C).
    await expect(compareRow(page, 'Company size').getByRole('rowheader')).toContainText('Only in B');
    await screenshotBothSchemes(page, 'review-compare-3');
    await page.keyboard.press('Escape');

    const others = icps.map((icp) => icp.name).filter((name) => ![BUYERS, SMB, MAKERS].includes(name));
    await pick(page, [others[0]!, others[1]!], 5);
    const compare = page.getByRole('toolbar', { name: 'Selected ICPs' }).getByRole('button', { name: 'Compare' });
    await expect(page.getByRole('toolbar', { name: 'Selected ICPs' })).toContainText('5 selected');
    await expect(compare).toBeDisabled();
    await expect(compare).toHaveAttribute('title', 'Compare up to 4 ICPs at a time');
  });

  test('an ICP whose refresh fails is compared from the copy the list carried, with its reason; Try again refreshes it', async ({ page, api }) => {
    const broken = icps.find((icp) => icp.name === 'Canadian Public Sector IT')!;
    api.setFaults([{ on: 'get', id: broken.id, kind: 'status', status: 500 }]);
    try {
      await pick(page, [BUYERS, SMB, broken.name]);
      await page.keyboard.press('c');
      // In list order (by name) it comes first: column A.
      await expect(icpHeaders(page)).toHaveCount(4);
      await expect(icpHeaders(page).nth(1)).toHaveAccessibleName(/^A: Canadian Public Sector IT/);
      const failed = compareView(page).locator('.compare-source-error');
      await expect(failed).toContainText('Refresh failed:');
      api.clearFaults();
      await failed.getByRole('button', { name: 'Try again' }).click();
      await expect(failed).toHaveCount(0);
      await expect(icpHeaders(page)).toHaveCount(4);
    } finally {
      api.clearFaults();
    }
  });

  test('opening one of the compared ICPs leaves compare for its detail', async ({ page }) => {
    await pick(page, [BUYERS, SMB]);
    await page.keyboard.press('c');
    await compareView(page)
      .getByRole('button', { name: `Open ${SMB}` })
      .click();
    await expect(compareView(page)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'ICP details' }).getByRole('heading', { level: 1 })).toHaveText(SMB);
    // The selection stays: C compares the same ICPs again.
    await expect(page.getByRole('toolbar', { name: 'Selected ICPs' })).toContainText('2 selected');
    await page.keyboard.press('c');
    await expect(compareView(page).getByRole('heading', { level: 1 })).toHaveText('Comparing 2 ICPs');
  });
});
