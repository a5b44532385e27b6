import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { generateIcps } from '../support/test-api/generate-icps';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { startApp, test, expect, type App } from './app-fixture';
import { detailPane, exported, inListOrder, listbox, openIcp, rawList, row, screenshotBothSchemes, waitForList, type RawIcp } from './ui-helpers';

/*
 * The list is the authority on what the user has (issue 14): an API whose list returns five ICPs
 * while the detail of one answers 403 and of another 404. "Make available offline" keeps all five
 * (marked, with the copy the list carried), the overview counts stay, "Export all" writes five,
 * and the toast says which ICPs failed and that trying again will not change it. Only a list
 * that no longer has an ICP takes it away.
 */

const alice = CANARY_TOKENS.alice;
const five = generateIcps(5, { seed: 14, now: new Date(), userIds: ['user_abc123'] }) as RawIcp[];

test.describe('details refused while the list still has the ICP', () => {
  test.describe.configure({ mode: 'serial' });
  let server: TestApiServer;
  let app: App;
  let icps: RawIcp[];
  let refused: RawIcp;
  let missing: RawIcp;

  test.beforeAll(async () => {
    server = await startCanaryApi({ icps: five });
    icps = inListOrder(await rawList(server, alice));
    expect(icps).toHaveLength(5);
    [, refused, , missing] = icps as [RawIcp, RawIcp, RawIcp, RawIcp, RawIcp];
    server.setFaults([
      { on: 'get', id: refused.id, kind: 'status', status: 403 },
      { on: 'get', id: missing.id, kind: 'status', status: 404 },
    ]);
    app = await startApp();
    expect((await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: alice })).ok).toBe(true);
  });
  test.afterAll(async () => {
    await app.close();
    await server.close();
    rmSync(app.dataDir, { recursive: true, force: true });
  });

  const overview = (page: Parameters<typeof waitForList>[0]) => page.getByRole('group', { name: /^Expiry, across all/ });

  test('"Make available offline" keeps all five, marks two, and says why trying again will not help', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    await expect(listbox(page).getByRole('option')).toHaveCount(5);
    const countsBefore = await overview(page).innerText();

    await page.getByRole('button', { name: 'Make available offline' }).click();
    const toast = page.locator('.toast').filter({ hasText: 'available offline' });
    await expect(toast.locator('.toast-message')).toHaveText('5 ICPs available offline');
    const detail = toast.locator('.toast-detail');
    await expect(detail).toContainText(`The server refused the details of “${refused.name}” (403).`);
    await expect(detail).toContainText(`The details of “${missing.name}” were not found (404).`);
    await expect(detail).toContainText('They stay in your list with the copy the list carried; trying again will not change this.');
    await expect(detail).not.toContainText('Try again');

    await expect(listbox(page).getByRole('option')).toHaveCount(5);
    await expect(row(page, refused.name)).toContainText('No access');
    await expect(row(page, missing.name)).toContainText('Not found');
    for (const other of icps.filter((icp) => icp !== refused && icp !== missing)) await expect(row(page, other.name)).not.toContainText(/No access|Not found/);
    await expect(listbox(page).getByRole('img', { name: 'Available offline' })).toHaveCount(5);
    expect(await overview(page).innerText()).toBe(countsBefore);
    await screenshotBothSchemes(page, 'refused-details-sync');
  });

  test('each marked ICP opens with the copy the list carried and says why it is not newer', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    for (const [icp, sentence] of [
      [refused, 'The server refused the details of this ICP (403)'],
      [missing, 'The details of this ICP were not found (404)'],
    ] as const) {
      await openIcp(page, icp.name);
      const notice = detailPane(page).getByRole('status').filter({ hasText: sentence });
      await expect(notice).toContainText('showing the copy from');
      await expect(notice).toContainText('It is still in your ICP list');
      await expect(detailPane(page).getByRole('heading', { level: 1, name: icp.name })).toBeVisible();
      await expect(detailPane(page).getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
    }
    await screenshotBothSchemes(page, 'refused-details-detail');
  });

  test('"Export all" writes all five, the marked ones as the list carried them', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    const path = join(app.dataDir, 'all.json');
    app.host.answerNextSaveDialog(path);
    await page.getByRole('button', { name: 'Export all 5 ICPs' }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'JSON…', exact: true }).click();
    await expect(page.getByText(`Exported 5 ICPs to ${path}`)).toBeVisible();
    expect(readFileSync(path, 'utf8')).toBe(exported(icps));
  });

  test('a list refresh that no longer has an ICP is what takes it away', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    server.setIcps(five.filter((icp) => icp.id !== missing.id));
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    await expect(row(page, missing.name)).toHaveCount(0);
    await expect(listbox(page).getByRole('option')).toHaveCount(4);
    await expect(row(page, refused.name)).toContainText('No access');
  });
});
