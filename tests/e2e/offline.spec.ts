import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { listedPage } from '../support/list-page';
import { startApp, test, expect, type App } from './app-fixture';
import { detailPane, exported, inListOrder, listbox, openIcp, rawList, row, screenshotBothSchemes, waitForList, type RawIcp } from './ui-helpers';

/*
 * Offline: "Make available offline" (progress, cancel, the offline marks), then a restart with the
 * server gone (same data folder and keychain service): the list comes from the cache under an
 * Offline banner, synced ICPs open, and exports still work. Dedicated servers, since they close.
 */

const alice = CANARY_TOKENS.alice;

test.describe('offline use', () => {
  test.describe.configure({ mode: 'serial' });
  let server: TestApiServer;
  let app: App;
  let icps: RawIcp[];

  test.beforeAll(async () => {
    server = await startCanaryApi({});
    icps = inListOrder(await rawList(server, alice));
    // Beyond the cancel test's held replies (below), so only Cancel ends them.
    app = await startApp({ timeoutMs: 120_000 });
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: alice });
    expect(signedIn.ok).toBe(true);
  });
  test.afterAll(async () => {
    await app.close();
    await server.close();
    rmSync(app.dataDir, { recursive: true, force: true });
  });

  test('"Make available offline" shows its progress with a count and can be cancelled', async ({ page }) => {
    // The test sets the pace: the first ICP's details (in the order main fetches them, the list's)
    // come at once, every other's only after a minute, so the sync is still running however slow
    // this machine is when Cancel is clicked.
    const listed = await app.host.core.dispatch('icps:list', { source: 'network' });
    const [first, ...rest] = listed.ok ? listedPage(listed.data).items.map((item) => item.id) : [];
    expect(first).toBeDefined();
    server.setFaults(rest.map((id) => ({ on: 'get' as const, id, kind: 'delay' as const, ms: 60_000 })));
    await app.open(page);
    await waitForList(page);
    await page.getByRole('button', { name: 'Make available offline' }).click();
    const bar = page.getByRole('progressbar', { name: 'Saving for offline use' });
    await expect(bar).toBeVisible();
    await expect(page.getByText(new RegExp(`^Saving \\d+ of ${icps.length} for offline use$`))).toBeVisible();
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await screenshotBothSchemes(page, 'sync-progress');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText(`Stopped – 1 of ${icps.length} ICPs saved for offline use`, { exact: true })).toBeVisible();
    await expect(bar).toHaveCount(0);
    server.clearFaults();
  });

  test('"Make available offline" saves every ICP and the list marks each one', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 200 + icps.length * 80 });
    await app.open(page);
    await waitForList(page);
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect(page.getByText(`${icps.length} ICPs available offline`)).toBeVisible();
    await expect(listbox(page).getByRole('img', { name: 'Available offline' })).toHaveCount(icps.length);
  });

  test('after a restart with the server down: the list from the cache, an Offline banner, synced ICPs open, exports work', async ({ page }) => {
    const { dataDir, keychainService } = app;
    await app.close();
    await server.close();
    app = await startApp({ dataDir, keychainService });

    await app.open(page);
    await waitForList(page);
    await expect(page.getByText(`${icps.length} ICPs`, { exact: true })).toBeVisible();
    const banner = page.getByRole('status').filter({ hasText: 'showing data from' });
    await expect(banner).toContainText(/Offline – showing data from (just now|\d+ minutes? ago)/);
    await expect(banner.getByRole('time')).toHaveAttribute('title', /\d{4}/);
    await expect(page.getByRole('banner').getByText('Offline', { exact: true })).toBeVisible();

    const icp = icps.find((item) => item.name === 'DACH SaaS – IT-Leitung Mittelstand')!;
    await openIcp(page, icp.name);
    const pane = detailPane(page);
    await expect(pane.getByRole('heading', { name: 'Custom filters' })).toBeVisible();
    await expect(pane.getByText(/^Saved copy from /)).toBeVisible();
    await screenshotBothSchemes(page, 'offline-start');

    const one = join(dataDir, 'offline-one.json');
    app.host.answerNextSaveDialog(one);
    await pane.getByRole('button', { name: 'Export this ICP' }).click();
    await page.getByRole('menuitem', { name: 'JSON…' }).click();
    await expect(page.getByText(`Exported 1 ICP to ${one}`)).toBeVisible();
    expect(readFileSync(one, 'utf8')).toBe(exported(icp));

    const all = join(dataDir, 'offline-all.json');
    app.host.answerNextSaveDialog(all);
    await page.getByRole('button', { name: /^Export all \d+ ICPs$/ }).click();
    await page.getByRole('menuitem', { name: 'JSON…' }).click();
    await expect(page.getByText(`Exported ${icps.length} ICPs to ${all}`)).toBeVisible();
    expect(readFileSync(all, 'utf8')).toBe(exported(icps));

    // The other formats are made from the same cached copies.
    const report = join(dataDir, 'offline-review.html');
    app.host.answerNextSaveDialog(report);
    await page.getByRole('button', { name: /^Export all \d+ ICPs$/ }).click();
    await page.getByRole('menuitem', { name: 'Report…' }).click();
    await expect(page.getByText(`Exported ${icps.length} ICPs to ${report}`)).toBeVisible();
    const html = readFileSync(report, 'utf8');
    for (const listed of icps) expect(html).toContain(`id="icp-${icps.indexOf(listed) + 1}"`);
  });
});

test('the server going away while signed in: the list stays with an Offline banner, and its ICPs open from the copy the list carried', async ({ page }) => {
  const server = await startCanaryApi({});
  const icps = inListOrder(await rawList(server, alice));
  const app = await startApp();
  try {
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: alice });
    expect(signedIn.ok).toBe(true);
    await app.open(page);
    await waitForList(page);
    await server.close();

    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    const banner = page.getByRole('status').filter({ hasText: 'showing data from' });
    await expect(banner).toContainText('Offline – showing data from just now');
    await expect(row(page, icps[0]!.name)).toBeVisible();

    // The list carried every ICP whole, so each opens, from that copy, without its own download.
    await row(page, icps[0]!.name).click();
    const pane = detailPane(page);
    await expect(pane.getByRole('heading', { level: 1, name: icps[0]!.name })).toBeVisible();
    await expect(pane.getByText(/^Saved copy from /)).toBeVisible();
    await expect(pane.getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
    await screenshotBothSchemes(page, 'offline-banner');
  } finally {
    await app.close();
    await server.close();
  }
});
