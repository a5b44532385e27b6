import type { TestApiServer } from '../support/test-api/test-api-server';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { fixtureIcps } from '../support/fixture-icps';
import { startApp, test, expect, type App } from './app-fixture';
import { afterPaint, detailPane, inListOrder, listbox, openIcp, row, screenshotBothSchemes, waitForList, type RawIcp } from './ui-helpers';

/*
 * Each failure the API can cause gets its own view with a way forward: 500 (retry), unreadable
 * replies (what was wrong, the rest still shown), 403 and 404 (the refreshed list decides: an ICP
 * it no longer has leaves) and 401 (sign in again over the list, which stays visible). A dedicated
 * demo server, because these tests change its data, tokens and faults.
 */

test.describe('error states', () => {
  const original = fixtureIcps(new Date()) as RawIcp[];
  const alice = CANARY_TOKENS.alice;
  const named = (name: string) => original.find((icp) => icp.name === name)!;
  let server: TestApiServer;
  let app: App;

  test.beforeAll(async () => {
    server = await startCanaryApi({ icps: original });
    app = await startApp();
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: alice });
    expect(signedIn.ok).toBe(true);
  });
  test.afterEach(() => {
    server.clearFaults();
    server.setIcps(original);
  });
  test.afterAll(async () => {
    await app.close();
    await server.close();
  });

  const search = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: 'Search ICPs' });

  test('a 500 on an ICP shows the copy the list carried and offers a retry, which then succeeds', async ({ page }) => {
    const icp = named('Polish Software Houses – CTOs');
    server.setFaults([{ on: 'get', id: icp.id, kind: 'status', status: 500, times: 1 }]);
    await app.open(page);
    await openIcp(page, icp.name);
    const pane = detailPane(page);
    // The list carried a whole copy of it, which shows, with why it is not newer.
    const notice = pane.getByRole('status').filter({ hasText: 'The server had a problem – showing the copy from' });
    await expect(notice).toHaveAttribute('data-error-kind', 'server');
    await expect(pane.getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
    await screenshotBothSchemes(page, 'error-500');
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toHaveCount(0);
    await expect(pane.getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
  });

  test('a failed list refresh keeps the list and offers to try again', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    server.setFaults([{ on: 'list', kind: 'status', status: 503, times: 1 }]);
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    const banner = page.getByRole('status').filter({ hasText: "Couldn't refresh" });
    await expect(banner).toContainText('the server had a problem');
    await expect(banner).toContainText('showing data from');
    await expect(listbox(page).getByRole('option').first()).toBeVisible();
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole('banner').getByText('Synced just now')).toBeVisible();
  });

  test('an ICP the list could not read is skipped with details, the rest still shown', async ({ page }) => {
    const visible = original.filter((icp) => icp.userIds.includes('user_abc123'));
    await app.open(page);
    await waitForList(page);
    server.setFaults([{ on: 'list', kind: 'schemaViolation', index: 0, times: 1 }]);
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    await page.getByText('1 ICP could not be read and was skipped').click();
    await expect(page.getByText(new RegExp(`ICP ${visible[0]!.id}: .*\\(activeUntil\\)`))).toBeVisible();
    await expect(page.getByText(`${visible.length - 1} ICPs`, { exact: true })).toBeVisible();
    await expect(row(page, inListOrder(visible.slice(1))[0]!.name)).toBeVisible();
    await screenshotBothSchemes(page, 'error-list-warning');
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    await expect(page.getByText(`${visible.length} ICPs`, { exact: true })).toBeVisible();
    await expect(page.getByText('1 ICP could not be read and was skipped')).toHaveCount(0);
  });

  test('an ICP the server sends broken says what was wrong above the copy the list carried', async ({ page }) => {
    const icp = named('LatAm Retail Expansion');
    server.setFaults([{ on: 'get', id: icp.id, kind: 'schemaViolation', times: 1 }]);
    await app.open(page);
    await openIcp(page, icp.name);
    const pane = detailPane(page);
    const notice = pane.getByRole('status').filter({ hasText: "The server's answer couldn't be read – showing the copy from" });
    await expect(notice).toContainText('activeUntil');
    await expect(pane.getByText(icp.description!)).toBeVisible();
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toHaveCount(0);
    await expect(pane.getByRole('heading', { name: 'Custom filters' })).toBeVisible();
  });

  test('403: "You don\'t have access to this ICP", and it leaves the list', async ({ page }) => {
    const icp = named('Texas Oil & Gas – Field Operations');
    await app.open(page);
    await waitForList(page);
    // Alice is taken off the ICP on the server after her list was loaded.
    server.setIcps(original.map((item) => (item.id === icp.id ? { ...item, userIds: ['user_xyz789'] } : item)));
    await search(page).fill(icp.name);
    await row(page, icp.name).click();
    await expect(detailPane(page).getByRole('heading', { name: "You don't have access to this ICP" })).toBeVisible();
    await expect(row(page, icp.name)).toHaveCount(0);
    await search(page).fill('');
    await screenshotBothSchemes(page, 'error-403');
    await detailPane(page).getByRole('button', { name: 'Back to the list' }).click();
    await expect(page.getByRole('heading', { name: 'Select an ICP to review it' })).toBeVisible();
  });

  test('404: "This ICP no longer exists", and the list is refreshed without it', async ({ page }) => {
    const icp = named('Indian IT Services – Delivery Heads');
    const visible = original.filter((item) => item.userIds.includes('user_abc123'));
    await app.open(page);
    await waitForList(page);
    await expect(page.getByText(`${visible.length} ICPs`, { exact: true })).toBeVisible();
    server.setIcps(original.filter((item) => item.id !== icp.id));
    server.requests.length = 0;
    await search(page).fill(icp.name);
    await row(page, icp.name).click();
    await expect(detailPane(page).getByRole('heading', { name: 'This ICP no longer exists' })).toBeVisible();
    await search(page).fill('');
    await expect(page.getByText(`${visible.length - 1} ICPs`, { exact: true })).toBeVisible();
    await expect.poll(() => server.requests.some((request) => request.path === '/api/v1/entities/icps')).toBe(true);
    await expect(row(page, icp.name)).toHaveCount(0);
    await screenshotBothSchemes(page, 'error-404');
  });

  test('a slow reply for an ICP no longer open never replaces the one now shown', async ({ page }) => {
    const slow = named('US Fintech – Heads of Risk');
    const fast = named('US Healthcare Payers – Claims Operations');
    server.setFaults([{ on: 'get', id: slow.id, kind: 'delay', ms: 4000 }]);
    server.requests.length = 0;
    await app.open(page);
    const search = page.getByRole('searchbox', { name: 'Search ICPs' });
    await search.fill(slow.name);
    const slowRequest = page.waitForRequest(
      (request) =>
        new URL(request.url()).pathname === `/__host/ipc/${encodeURIComponent('icps:get')}` &&
        /"network"/.test(request.postData() ?? '') &&
        (request.postData() ?? '').includes(slow.id),
    );
    await row(page, slow.name).click();
    const slowNetworkRequest = await slowRequest;
    // Its reply is on the way (held back by the server) when the next ICP is opened.
    await expect.poll(() => server.requests.some((request) => request.path.endsWith(slow.id))).toBe(true);
    await search.fill(fast.name);
    await row(page, fast.name).click();
    const heading = detailPane(page).getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(fast.name);
    await expect(detailPane(page).getByRole('heading', { name: 'Custom filters' })).toBeVisible();
    // The slow reply reaches the page after this and must be dropped.
    expect(await (await slowNetworkRequest.response())?.text()).toContain(slow.id);
    await afterPaint(page);
    await expect(heading).toHaveText(fast.name);
    await expect(detailPane(page)).toContainText(fast.description!);
  });

  test('401 after the token is revoked: sign in again over the list, which stays visible', async ({ page }) => {
    const icp = named('Canadian Public Sector IT');
    await app.open(page);
    await openIcp(page, icp.name);
    server.revokeToken(alice);
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();

    const dialog = page.getByRole('dialog', { name: 'Session expired or token revoked' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('API base URL')).toHaveValue(server.url);
    await expect(dialog.getByLabel('API token')).toHaveValue('');
    await expect(dialog.getByLabel('API token')).toBeFocused();
    // The cached view stays behind the prompt: the list and the open ICP.
    await expect(row(page, icp.name)).toBeVisible();
    await expect(detailPane(page).getByRole('heading', { level: 1, name: icp.name })).toBeVisible();
    await screenshotBothSchemes(page, 'error-401');

    await dialog.getByRole('button', { name: 'Keep browsing offline' }).click();
    const banner = page.getByRole('status').filter({ hasText: 'Session expired – showing data from' });
    await expect(banner).toContainText('showing data from');
    await banner.getByRole('button', { name: 'Sign in again' }).click();

    server.addUser({ id: 'user_abc123', token: CANARY_TOKENS.aliceRenewed, admin: false });
    await dialog.getByLabel('API token').fill(CANARY_TOKENS.aliceRenewed);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole('banner').getByText('Synced just now')).toBeVisible();
    await expect(detailPane(page).getByRole('heading', { level: 1, name: icp.name })).toBeVisible();
  });
});
