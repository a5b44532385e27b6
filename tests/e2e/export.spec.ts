import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSignedInApp, test, expect, type App } from './app-fixture';
import { detailPane, exported, inListOrder, listbox, openIcp, rawIcp, rawList, row, screenshotBothSchemes, waitForList } from './ui-helpers';

/*
 * Export through the UI: one ICP (detail header), the selected ICPs (Ctrl/Cmd+click, Shift+click,
 * Space, selection bar) and all ICPs in the list. Files and clipboard must hold exactly what the
 * server sent, re-serialized with JSON.stringify(x, null, 2): an object for one ICP, an array in
 * list order for several.
 */

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
    await detailPane(page).getByRole('button', { name: 'Export this ICP' }).click();
    await expect(page.getByText(`Exported 1 ICP to ${path}`)).toBeVisible();
    expect(readFileSync(path, 'utf8')).toBe(expected);

    await detailPane(page).getByRole('button', { name: 'Copy JSON of this ICP' }).click();
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
    await bar.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByText(`Exported 3 ICPs to ${path}`)).toBeVisible();
    const expected = exported([first, second, fourth]);
    expect(readFileSync(path, 'utf8')).toBe(expected);

    await bar.getByRole('button', { name: 'Copy JSON' }).click();
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
    await page.getByRole('button', { name: /^Export all \d+ ICPs$/ }).click();
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
    await detailPane(page).getByRole('button', { name: 'Export this ICP' }).click();
    expect(await (await answered).json()).toEqual({ ok: true, data: { saved: false } });
    await expect(listbox(page)).toBeVisible();
    await expect(page.getByText(/^Exported /)).toHaveCount(0);
    expect(existsSync(join(app.dataDir, 'exports'))).toBe(false);
  });
});
