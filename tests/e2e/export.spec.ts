import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { fixtureIcps } from '../support/fixture-icps';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { startApp, startSignedInApp, test, expect, type App } from './app-fixture';
import { checkBothSchemes } from './axe';
import {
  detailPane,
  exported,
  inListOrder,
  listbox,
  openIcp,
  rawIcp,
  rawList,
  row,
  SCREENSHOTS,
  screenshotBothSchemes,
  waitForList,
  type RawIcp,
} from './ui-helpers';

/*
 * Export through the UI's one Export menu: one ICP (detail header), the selected ICPs (Ctrl/Cmd+
 * click, Shift+click, Space, selection bar) and all ICPs in the list. JSON files and clipboard
 * must hold exactly what the server sent, re-serialized with JSON.stringify(x, null, 2): an
 * object for one ICP, an array in list order for several. CSV is parsed back, the report is
 * opened in Chromium, Markdown and links are read from the clipboard.
 */

/** Opens an Export menu and picks one of its choices. */
async function exportVia(page: Page, menuButton: Locator, choice: string): Promise<void> {
  await menuButton.click();
  await page.getByRole('menu').getByRole('menuitem', { name: choice, exact: true }).click();
}

test.describe('export', () => {
  let app: App;
  let folder: string;

  test.beforeAll(async ({ api }) => {
    app = await startSignedInApp(api);
    folder = mkdtempSync(join(tmpdir(), 'icp-desk-exports-'));
  });
  test.afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('one ICP from its header: the exact object, to the path chosen in the save dialog', async ({ page, api }) => {
    const icp = (await rawList(api, api.users[0]!.token)).find((item) => item.name === 'Canadian Public Sector IT')!;
    const expected = exported(await rawIcp(api, api.users[0]!.token, icp.id));
    const path = join(folder, 'one.json');
    await app.open(page);
    await openIcp(page, icp.name);
    app.host.answerNextSaveDialog(path);
    await exportVia(page, detailPane(page).getByRole('button', { name: 'Export this ICP' }), 'JSON…');
    await expect(page.getByText(`Exported 1 ICP to ${path}`)).toBeVisible();
    expect(readFileSync(path, 'utf8')).toBe(expected);

    await exportVia(page, detailPane(page).getByRole('button', { name: 'Export this ICP' }), 'Copy as JSON');
    await expect(page.getByText('Copied 1 ICP as JSON')).toBeVisible();
    expect(app.host.clipboard.at(-1)).toBe(expected);
  });

  test('selected ICPs (Ctrl/Cmd+click): an array in list order, exported and copied', async ({ page, api }) => {
    const icps = inListOrder(await rawList(api, api.users[0]!.token));
    const [first, second, , fourth] = icps;
    const path = join(folder, 'selected.json');
    await app.open(page);
    await waitForList(page);
    // Picked out of order; the export follows the list.
    await row(page, fourth!.name).click({ modifiers: ['ControlOrMeta'] });
    await row(page, first!.name).click({ modifiers: ['ControlOrMeta'] });
    await row(page, second!.name).click({ modifiers: ['ControlOrMeta'] });
    const bar = page.getByRole('toolbar', { name: 'Selected ICPs' });
    await expect(bar).toContainText('3 selected');
    for (const icp of [first, second, fourth]) await expect(row(page, icp!.name)).toHaveAttribute('aria-selected', 'true');
    await screenshotBothSchemes(page, 'list-multi-select');

    app.host.answerNextSaveDialog(path);
    await exportVia(page, bar.getByRole('button', { name: 'Export' }), 'JSON…');
    await expect(page.getByText(`Exported 3 ICPs to ${path}`)).toBeVisible();
    const expected = exported([first, second, fourth]);
    expect(readFileSync(path, 'utf8')).toBe(expected);

    await exportVia(page, bar.getByRole('button', { name: 'Export' }), 'Copy as JSON');
    await expect(page.getByText('Copied 3 ICPs as JSON')).toBeVisible();
    expect(app.host.clipboard.at(-1)).toBe(expected);

    await bar.getByRole('button', { name: 'Clear' }).click();
    await expect(bar).toHaveCount(0);
  });

  test('Shift+click selects a range, Space toggles the row under the cursor, Esc clears', async ({ page, api }) => {
    const icps = inListOrder(await rawList(api, api.users[0]!.token));
    await app.open(page);
    await waitForList(page);
    await row(page, icps[0]!.name).click();
    await row(page, icps[3]!.name).click({ modifiers: ['Shift'] });
    const bar = page.getByRole('toolbar', { name: 'Selected ICPs' });
    await expect(bar).toContainText('4 selected');
    await page.keyboard.press('Space');
    await expect(bar).toContainText('3 selected');
    await expect(row(page, icps[3]!.name)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(bar).toContainText('4 selected');
    await expect(row(page, icps[4]!.name)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(bar).toHaveCount(0);
  });

  test('all ICPs in the list: every one, in list order', async ({ page, api }) => {
    const expected = exported(inListOrder(await rawList(api, api.users[0]!.token)));
    const path = join(folder, 'all.json');
    await app.open(page);
    await waitForList(page);
    app.host.answerNextSaveDialog(path);
    await exportVia(page, page.getByRole('button', { name: /^Export all \d+ ICPs$/ }), 'JSON…');
    await expect(page.getByText(/^Exported \d+ ICPs to /)).toBeVisible();
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  test('cancelling the save dialog writes nothing and says nothing', async ({ page, api }) => {
    const icps = inListOrder(await rawList(api, api.users[0]!.token));
    await app.open(page);
    await waitForList(page);
    await row(page, icps[0]!.name).click();
    app.host.answerNextSaveDialog(null);
    const answered = page.waitForResponse((response) => decodeURIComponent(response.url()).includes('/__host/ipc/export:save'));
    await exportVia(page, detailPane(page).getByRole('button', { name: 'Export this ICP' }), 'CSV…');
    expect(await (await answered).json()).toEqual({ ok: true, data: { saved: false } });
    await expect(listbox(page)).toBeVisible();
    await expect(page.getByText(/^Exported /)).toHaveCount(0);
    expect(existsSync(join(app.dataDir, 'exports'))).toBe(false);
  });
  test('the Export menu: its choices, keyboard access, and how it looks', async ({ page, api }) => {
    // axe runs four times (two menus, light and dark): seconds each on a loaded machine.
    test.setTimeout(90_000);
    const icp = inListOrder(await rawList(api, api.users[0]!.token))[0]!;
    await app.open(page);
    await openIcp(page, icp.name);
    const button = detailPane(page).getByRole('button', { name: 'Export this ICP' });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Export this ICP' });
    await expect(menu.getByRole('menuitem')).toHaveText([/^JSON…/, /^CSV…/, /^Report…/, /^Copy as JSON/, /^Copy as Markdown/, /^Copy link/]);
    await expect(menu.getByRole('menuitem', { name: 'JSON…' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'Copy link' })).toBeFocused();
    await screenshotBothSchemes(page, 'export-menu-detail');
    await checkBothSchemes(page);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();

    await row(page, icp.name).click({ modifiers: ['ControlOrMeta'] });
    const bar = page.getByRole('toolbar', { name: 'Selected ICPs' });
    await bar.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('menu').getByRole('menuitem', { name: 'Copy link' })).toBeVisible();
    await screenshotBothSchemes(page, 'export-menu-selection');
    await checkBothSchemes(page);
    await page.keyboard.press('Escape');
    await bar.getByRole('button', { name: 'Clear' }).click();
  });

  test('CSV of the selected ICPs: parsed back, one row each in list order, byte-order mark first', async ({ page, api }) => {
    const icps = inListOrder(await rawList(api, api.users[0]!.token));
    const chosen = [icps[0]!, icps[2]!, icps[5]!];
    const path = join(folder, 'selected.csv');
    await app.open(page);
    await waitForList(page);
    for (const icp of chosen) await row(page, icp.name).click({ modifiers: ['ControlOrMeta'] });
    const bar = page.getByRole('toolbar', { name: 'Selected ICPs' });
    await expect(bar).toContainText('3 selected');
    app.host.answerNextSaveDialog(path);
    await exportVia(page, bar.getByRole('button', { name: 'Export' }), 'CSV…');
    await expect(page.getByText(`Exported 3 ICPs to ${path}`)).toBeVisible();

    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header!.slice(0, 4)).toEqual(['ID', 'Name', 'Description', 'Status']);
    expect(header).toEqual(expect.arrayContaining(['Leads per list', 'Job titles', 'Countries', 'Custom filters', 'CRM filters']));
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((cells) => cells[column('ID')])).toEqual(chosen.map((icp) => icp.id));
    expect(rows.map((cells) => cells[column('Leads per list')])).toEqual(chosen.map((icp) => String(icp.leadsPerList)));
    await bar.getByRole('button', { name: 'Clear' }).click();
  });

  test('the review report of every listed ICP: written whole, readable in Chromium with JavaScript off', async ({ page, browser, api }) => {
    const icps = inListOrder(await rawList(api, api.users[0]!.token));
    const path = join(folder, 'review.html');
    await app.open(page);
    await waitForList(page);
    app.host.answerNextSaveDialog(path);
    await exportVia(page, page.getByRole('button', { name: /^Export all \d+ ICPs$/ }), 'Report…');
    await expect(page.getByText(`Exported ${icps.length} ICPs to ${path}`)).toBeVisible();

    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const reader = await context.newPage();
      const requests: string[] = [];
      reader.on('request', (request) => requests.push(request.url()));
      await reader.goto(pathToFileURL(path).href);
      const cover = reader.getByRole('region', { name: 'Cover' });
      await expect(cover).toContainText('ICP review');
      // The account is the API's host (no account names before accounts land).
      await expect(cover).toContainText('127.0.0.1');
      await expect(cover.getByRole('list', { name: 'Counts' }).getByRole('listitem').first()).toHaveText(new RegExp(`^\\s*${icps.length}\\s*ICPs\\s*$`));
      for (const icp of [icps[0]!, icps.at(-1)!]) await expect(reader.getByRole('article', { name: icp.name })).toBeVisible();
      expect(requests).toEqual([pathToFileURL(path).href]);
    } finally {
      await context.close();
    }
  });

  test('Copy as Markdown: one ICP as a section, the selected as a table', async ({ page, api }) => {
    const icps = inListOrder(await rawList(api, api.users[0]!.token));
    await app.open(page);
    await openIcp(page, icps[1]!.name);
    await exportVia(page, detailPane(page).getByRole('button', { name: 'Export this ICP' }), 'Copy as Markdown');
    await expect(page.getByText('Copied 1 ICP as Markdown')).toBeVisible();
    const section = app.host.clipboard.at(-1)!;
    expect(section.split('\n')[0]).toBe(`## ${icps[1]!.name}`);
    expect(section).toContain(icps[1]!.id);

    // A fresh page: the ICP open in the detail would join a Ctrl/Cmd+click selection.
    await app.open(page);
    await waitForList(page);
    await row(page, icps[0]!.name).click({ modifiers: ['ControlOrMeta'] });
    await row(page, icps[1]!.name).click({ modifiers: ['ControlOrMeta'] });
    const bar = page.getByRole('toolbar', { name: 'Selected ICPs' });
    await exportVia(page, bar.getByRole('button', { name: 'Export' }), 'Copy as Markdown');
    await expect(page.getByText('Copied 2 ICPs as Markdown')).toBeVisible();
    const lines = app.host.clipboard.at(-1)!.trim().split('\n');
    expect(lines[0]).toMatch(/^\| Name +\| Status +\| Active until +\| Leads per list +\| Searches +\|$/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain(icps[0]!.name);
    expect(lines[3]).toContain(icps[1]!.name);
    await bar.getByRole('button', { name: 'Clear' }).click();
  });

  test("Copy link: the detail's link button and the selection's menu give icpdesk:// links", async ({ page, api }) => {
    const icps = inListOrder(await rawList(api, api.users[0]!.token));
    await app.open(page);
    await openIcp(page, icps[0]!.name);
    await detailPane(page).getByRole('button', { name: 'Copy link to this ICP' }).click();
    await expect(page.getByText('Copied the link to this ICP')).toBeVisible();
    expect(app.host.clipboard.at(-1)).toBe(`icpdesk://icp/${icps[0]!.id}`);

    // A fresh page: the ICP open in the detail would join a Ctrl/Cmd+click selection.
    await app.open(page);
    await waitForList(page);
    await row(page, icps[2]!.name).click({ modifiers: ['ControlOrMeta'] });
    await row(page, icps[3]!.name).click({ modifiers: ['ControlOrMeta'] });
    const bar = page.getByRole('toolbar', { name: 'Selected ICPs' });
    await exportVia(page, bar.getByRole('button', { name: 'Export' }), 'Copy links');
    await expect(page.getByText('Copied 2 links')).toBeVisible();
    expect(app.host.clipboard.at(-1)).toBe(`icpdesk://icp/${icps[2]!.id}\nicpdesk://icp/${icps[3]!.id}`);
    await bar.getByRole('button', { name: 'Clear' }).click();
  });
});

test.describe('exports with the checks and the changes since review', () => {
  // Its own server (the review drafts, one changed after the first list): this test changes its data.
  test.describe.configure({ timeout: 120_000 });
  const DRAFT = 'Draft: Growth Leaders France (filters half done)';
  const GERMAN = 'German IT Decision Makers';
  const PROMPT_EMPTY = 'AI filter: the prompt is empty.';
  const CHANGE = 'Version 2: Leads per list 15 \u2192 40';
  const original = fixtureIcps(new Date(), 'review-icps') as RawIcp[];
  let server: TestApiServer;
  let app: App;
  let folder: string;

  test.beforeAll(async () => {
    server = await startCanaryApi({ icps: original });
    folder = mkdtempSync(join(tmpdir(), 'icp-desk-exports-extras-'));
    app = await startApp();
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice });
    expect(signedIn.ok).toBe(true);
  });
  test.afterAll(async () => {
    await app.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the CSV and the report (read in Chromium, JavaScript off) show the problems, warnings and what changed since review', async ({ page, browser }) => {
    await app.open(page);
    await waitForList(page);
    const changedChip = page.getByRole('group', { name: 'Review' }).getByRole('button', { name: /^Changed since review: \d+$/ });
    // The first list is the baseline: every ICP starts reviewed.
    await expect(changedChip).toHaveAccessibleName('Changed since review: 0');
    server.setIcps(original.map((icp) => (icp.name === GERMAN ? { ...icp, leadsPerList: 40, updatedAt: new Date(Date.now() + 60_000).toISOString() } : icp)));
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    await expect(changedChip).toHaveAccessibleName('Changed since review: 1');
    const exportAll = page.getByRole('button', { name: /^Export all \d+ ICPs$/ });

    const csvPath = join(folder, 'review.csv');
    app.host.answerNextSaveDialog(csvPath);
    await exportVia(page, exportAll, 'CSV…');
    await expect(page.getByText(/^Exported \d+ ICPs to .*review\.csv$/)).toBeVisible();
    const [header, ...rows] = parse(readFileSync(csvPath, 'utf8'), { bom: true }) as string[][];
    const cell = (name: string, column: string) => rows.find((cells) => cells[header!.indexOf('Name')] === name)![header!.indexOf(column)]!;
    expect(header).toEqual(expect.arrayContaining(['Problems', 'Warnings', 'Findings', 'Changed since review', 'Changes since review']));
    expect(Number(cell(DRAFT, 'Problems'))).toBeGreaterThanOrEqual(3);
    expect(cell(DRAFT, 'Findings')).toContain(`Problem: ${PROMPT_EMPTY}`);
    expect(cell(DRAFT, 'Changed since review')).toBe('No');
    expect(cell(GERMAN, 'Changed since review')).toBe('Yes');
    expect(cell(GERMAN, 'Changes since review')).toBe(CHANGE);

    const reportPath = join(folder, 'review.html');
    app.host.answerNextSaveDialog(reportPath);
    await exportVia(page, exportAll, 'Report…');
    await expect(page.getByText(/^Exported \d+ ICPs to .*review\.html$/)).toBeVisible();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 1100 } });
    try {
      const reader = await context.newPage();
      const requests: string[] = [];
      reader.on('request', (request) => requests.push(request.url()));
      await reader.goto(pathToFileURL(reportPath).href);
      const counts = reader.getByRole('region', { name: 'Cover' }).getByRole('list', { name: 'Counts' });
      await expect(counts.getByRole('listitem').filter({ hasText: 'Changed since review' })).toHaveText(/^\s*1\s*Changed since review\s*$/);
      await expect(counts.getByRole('listitem').filter({ hasText: 'With problems' })).toHaveText(/^\s*[1-9]\d*\s*With problems\s*$/);
      const draft = reader.getByRole('article', { name: DRAFT });
      await expect(draft.getByRole('region', { name: 'Checks' }).getByRole('listitem').filter({ hasText: PROMPT_EMPTY })).toHaveText(
        new RegExp(`^\\s*Problem\\s*${PROMPT_EMPTY.replace(/\./g, '\\.')}\\s*\\S`),
      );
      await expect(draft.getByRole('region', { name: 'Changes since review' })).toContainText('No changes since the last review.');
      const german = reader.getByRole('article', { name: GERMAN });
      await expect(german.getByRole('region', { name: 'Changes since review' }).getByRole('listitem')).toHaveText([CHANGE]);
      expect(requests).toEqual([pathToFileURL(reportPath).href]);

      // The report is light and made for print: pictures of the cover and of an ICP page as printed.
      mkdirSync(SCREENSHOTS, { recursive: true });
      await reader.emulateMedia({ media: 'print', colorScheme: 'light' });
      await reader.screenshot({ path: join(SCREENSHOTS, 'report-cover-print-light.png') });
      await draft.scrollIntoViewIfNeeded();
      await draft.screenshot({ path: join(SCREENSHOTS, 'report-icp-checks-print-light.png') });
      await german.screenshot({ path: join(SCREENSHOTS, 'report-icp-changes-print-light.png') });
    } finally {
      await context.close();
    }
  });
});
