import type { Page } from '@playwright/test';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { fixtureIcps } from '../support/fixture-icps';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { startApp, test, expect, type App } from '../e2e/app-fixture';
import { afterPaint, detailPane, listbox, nextIpcRequest, openIcp, row, waitForList, type RawIcp } from '../e2e/ui-helpers';
import { faultRow, recordFaultRow } from './fault-rows';
import { listedPage } from '../support/list-page';

/*
 * The fault matrix, API and network rows: one signed-in app (every ICP made available offline
 * first) against one demo server, a fault at a time. Each row checks what the user sees and that
 * nothing cached was lost.
 */

const TIMEOUT_MS = 2_000;
const original = fixtureIcps(new Date()) as RawIcp[];
const mine = original.filter((icp) => icp.userIds.includes('user_abc123'));
let server: TestApiServer;
let app: App;
// Holds the next list reply (already received) until released: two refreshes can then race.
let holdNextList: { release: () => void; held: Promise<void> } | null = null;

const racingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const hold = holdNextList;
  if (hold && String(input).endsWith('/api/v1/entities/icps')) {
    holdNextList = null;
    const body = await response.text();
    await hold.held;
    return new Response(body, { status: response.status, headers: response.headers });
  }
  return response;
};

async function cacheState(): Promise<{ ids: string[]; offline: number }> {
  const page = await app.host.core.dispatch('icps:list', { source: 'cache' });
  if (!page.ok) throw new Error(page.error.message);
  // `offline`: ICPs whose own detail is saved (each listed ICP also opens with the list's copy).
  const listed = listedPage(page.data);
  return { ids: listed.items.map((item) => item.id).sort(), offline: listed.offlineIds.length };
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Search ICPs' });
const refresh = (page: Page) => page.getByRole('button', { name: 'Refresh ICPs' }).click();
const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'showing data from' });
const text = async (locator: ReturnType<Page['locator']>) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

test.describe('fault matrix: API and network', () => {
  test.beforeAll(async () => {
    server = await startCanaryApi({ icps: original });
    app = await startApp({ timeoutMs: TIMEOUT_MS, fetch: racingFetch });
    expect((await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice })).ok).toBe(true);
    expect(await app.host.core.dispatch('offline:sync', {})).toMatchObject({ ok: true, data: { failed: 0, cancelled: false } });
  });
  test.afterEach(async ({}, testInfo) => {
    recordFaultRow(testInfo);
    server.clearFaults();
    server.setIcps(original);
  });
  test.afterAll(async () => {
    await app.close();
    await server.close();
  });

  test.beforeEach(async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    await search(page).fill('');
  });

  const expectCacheKept = async (before: { ids: string[]; offline: number }, seen: (what: string) => void) => {
    expect(await cacheState()).toEqual(before);
    seen(`cache kept: ${before.ids.length} ICPs, ${before.offline} offline`);
  };

  test('500 on the list', async ({ page }, testInfo) => {
    const { seen } = faultRow(testInfo, '500 on list', 'list stays; "Couldn\'t refresh: the server had a problem" with Try again; cache kept');
    const before = await cacheState();
    server.setFaults([{ on: 'list', kind: 'status', status: 500 }]);
    await refresh(page);
    await expect(banner(page)).toContainText("Couldn't refresh: the server had a problem");
    await expect(banner(page).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(listbox(page).getByRole('option')).not.toHaveCount(0);
    seen(`banner "${await text(banner(page).locator('strong'))}"`);
    await expectCacheKept(before, seen);
  });

  test('500 on one detail', async ({ page }, testInfo) => {
    const { seen } = faultRow(
      testInfo,
      '500 on one detail',
      'saved copy shown with "The server had a problem – showing the copy from…"; other ICPs open; cache kept',
    );
    const [broken, fine] = [mine[2]!, mine[3]!];
    const before = await cacheState();
    server.setFaults([{ on: 'get', id: broken.id, kind: 'status', status: 500 }]);
    await openIcp(page, broken.name);
    const notice = detailPane(page).getByRole('status').filter({ hasText: 'The server had a problem' });
    await expect(notice).toContainText('showing the copy from');
    await expect(detailPane(page).getByRole('heading', { level: 1, name: broken.name })).toBeVisible();
    seen(`notice "${await text(notice.locator('.detail-notice-title'))}"`);
    await openIcp(page, fine.name);
    await expect(detailPane(page).getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
    seen('another ICP opens');
    await expectCacheKept(before, seen);
  });

  test('401 in the middle of a session', async ({ page }, testInfo) => {
    const { seen } = faultRow(testInfo, '401 mid-session', '"Session expired or token revoked" sign-in prompt over the list, URL kept; cache kept');
    const before = await cacheState();
    server.revokeToken(CANARY_TOKENS.alice);
    await refresh(page);
    const dialog = page.getByRole('dialog', { name: 'Session expired or token revoked' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('API base URL')).toHaveValue(server.url);
    await expect(row(page, mine[0]!.name)).toBeVisible();
    seen('sign-in prompt over the list, URL kept');
    await expectCacheKept(before, seen);
    server.addUser({ id: 'user_abc123', token: CANARY_TOKENS.alice, admin: false });
    await dialog.getByLabel('API token').fill(CANARY_TOKENS.alice);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog).toHaveCount(0);
    seen('signed in again');
  });

  // The server stops showing one cached ICP to this user, by refusing it (403) or by losing it (404):
  // the refusal makes the app ask for the list again, and the list, which no longer has it, decides.
  const goneFromServer = [
    {
      fault: '403 for an ICP the list dropped',
      expected: '"You don\'t have access to this ICP"; the list is refreshed without it: it leaves the list and cache; the rest kept',
      heading: "You don't have access to this ICP",
      at: 4,
      serve: (target: RawIcp) => original.map((icp) => (icp.id === target.id ? { ...icp, userIds: ['user_xyz789'] } : icp)),
    },
    {
      fault: '404 for an ICP the list dropped',
      expected: '"This ICP no longer exists"; the list is refreshed without it: it leaves the list and cache; the rest kept',
      heading: 'This ICP no longer exists',
      at: 5,
      serve: (target: RawIcp) => original.filter((icp) => icp.id !== target.id),
    },
  ];
  for (const gone of goneFromServer) {
    test(gone.fault, async ({ page }, testInfo) => {
      const { seen } = faultRow(testInfo, gone.fault, gone.expected);
      const target = mine[gone.at]!;
      const before = await cacheState();
      server.setIcps(gone.serve(target));
      await search(page).fill(target.name);
      await row(page, target.name).click();
      await expect(detailPane(page).getByRole('heading', { name: gone.heading })).toBeVisible();
      await expect(row(page, target.name)).toHaveCount(0);
      seen(`"${gone.heading}", row gone`);
      expect(await cacheState()).toEqual({ ids: before.ids.filter((id) => id !== target.id), offline: before.offline - 1 });
      seen(`cache: only that ICP removed (${before.ids.length - 1} left)`);
      server.setIcps(original);
      await app.host.core.dispatch('icps:list', { source: 'network' });
      await app.host.core.dispatch('icps:get', { id: target.id, source: 'network' });
    });
  }

  // The list still has the ICP, but its details are refused or missing: it stays, marked, with its copy.
  const refusedButListed = [
    { status: 403, sentence: 'The server refused the details of this ICP (403)', badge: 'No access', at: 6 },
    { status: 404, sentence: 'The details of this ICP were not found (404)', badge: 'Not found', at: 7 },
  ] as const;
  for (const refused of refusedButListed) {
    test(`${refused.status} on a detail the list still has`, async ({ page }, testInfo) => {
      const { seen } = faultRow(
        testInfo,
        `${refused.status} on a listed ICP's detail`,
        `row marked "${refused.badge}"; "${refused.sentence} – showing the copy from…"; the list and cache keep it`,
      );
      const target = mine[refused.at]!;
      const before = await cacheState();
      server.setFaults([{ on: 'get', id: target.id, kind: 'status', status: refused.status }]);
      await search(page).fill(target.name);
      await row(page, target.name).click();
      const notice = detailPane(page).getByRole('status').filter({ hasText: refused.sentence });
      await expect(notice).toContainText('showing the copy from');
      await expect(detailPane(page).getByRole('heading', { level: 1, name: target.name })).toBeVisible();
      await expect(row(page, target.name)).toContainText(refused.badge);
      seen(`row "${refused.badge}", notice "${await text(notice.locator('.detail-notice-title'))}"`);
      await expectCacheKept(before, seen);
      server.clearFaults();
      await detailPane(page).getByRole('button', { name: 'Try again' }).click();
      await expect(notice).toHaveCount(0);
      await expect(row(page, target.name)).not.toContainText(refused.badge);
      seen('Try again after the server relented: mark and notice gone');
    });
  }

  test('malformed JSON', async ({ page }, testInfo) => {
    const { seen } = faultRow(testInfo, 'malformed JSON (list)', "\"Couldn't refresh: the server's answer couldn't be read\", says it is not JSON; cache kept");
    const before = await cacheState();
    server.setFaults([{ on: 'list', kind: 'malformed' }]);
    await refresh(page);
    await expect(banner(page)).toContainText("Couldn't refresh: the server's answer couldn't be read");
    await expect(banner(page)).toContainText('not JSON');
    seen(`banner "${await text(banner(page).locator('strong'))}"`);
    await expectCacheKept(before, seen);
  });

  test('a reply slower than the timeout', async ({ page }, testInfo) => {
    const { seen } = faultRow(
      testInfo,
      `reply slower than the ${TIMEOUT_MS / 1000} s timeout`,
      '"Offline – showing data from…" after the timeout; list stays; cache kept',
    );
    const before = await cacheState();
    server.setFaults([{ on: 'list', kind: 'delay', ms: TIMEOUT_MS * 3 }]);
    const started = Date.now();
    await refresh(page);
    await expect(banner(page)).toContainText('Offline – showing data from', { timeout: TIMEOUT_MS * 3 });
    const waited = Date.now() - started;
    expect(waited).toBeLessThan(TIMEOUT_MS * 2.5);
    seen(`Offline banner after ${(waited / 1000).toFixed(1)} s`);
    await expectCacheKept(before, seen);
  });

  test('the server drops the connection mid-body', async ({ page }, testInfo) => {
    const { seen } = faultRow(testInfo, 'connection dropped mid-body', '"Offline – showing data from…"; list stays; cache kept');
    const before = await cacheState();
    server.setFaults([{ on: 'list', kind: 'drop' }]);
    await refresh(page);
    await expect(banner(page)).toContainText('Offline – showing data from');
    seen('Offline banner');
    await expectCacheKept(before, seen);
  });

  test('two refreshes racing', async ({ page }, testInfo) => {
    const { seen } = faultRow(testInfo, 'two refreshes racing', 'the newer reply wins on screen and on disk; the older one is dropped');
    let release = () => undefined as void;
    holdNextList = { release: () => release(), held: new Promise<void>((resolve) => (release = resolve)) };
    const hold = holdNextList;
    // Ctrl+R rather than the button, which is busy (disabled) while a refresh is on its way.
    const olderRequest = nextIpcRequest(page, 'icps:list');
    await page.keyboard.press('Control+r'); // older: answered with the current names, then held back
    const older = await olderRequest;
    await expect.poll(() => holdNextList).toBeNull();
    server.setIcps(original.map((icp) => ({ ...icp, name: `${icp.name} (renamed)` })));
    await page.keyboard.press('Control+r'); // newer: renamed
    await expect(row(page, `${mine[0]!.name} (renamed)`)).toBeVisible();
    hold.release();
    // The older reply has reached the page, and whatever it changed is painted.
    await older.response();
    await afterPaint(page);
    await expect(row(page, `${mine[0]!.name} (renamed)`)).toBeVisible();
    await expect(row(page, mine[0]!.name)).toHaveCount(0);
    const cached = await app.host.core.dispatch('icps:list', { source: 'cache' });
    expect(cached.ok && listedPage(cached.data).items.every((item) => item.name.endsWith('(renamed)'))).toBe(true);
    seen('renamed list stays after the older reply lands; cache holds the renamed list');
    server.setIcps(original);
    await app.host.core.dispatch('icps:list', { source: 'network' });
  });
});

test.describe('fault matrix: refused', () => {
  test.afterEach(async ({}, testInfo) => recordFaultRow(testInfo));

  test('connection refused', async ({ page }, testInfo) => {
    const { seen } = faultRow(testInfo, 'connection refused', '"Offline – showing data from…"; list and saved ICPs still open; cache kept');
    const local = await startCanaryApi({ icps: original });
    const offlineApp = await startApp();
    try {
      expect((await offlineApp.host.core.dispatch('session:signIn', { baseUrl: local.url, token: CANARY_TOKENS.alice })).ok).toBe(true);
      expect((await offlineApp.host.core.dispatch('offline:sync', {})).ok).toBe(true);
      await local.close();
      await offlineApp.open(page);
      await expect(banner(page)).toContainText('Offline – showing data from');
      seen('Offline banner on start');
      await openIcp(page, mine[1]!.name);
      await expect(detailPane(page).getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
      seen('a saved ICP opens');
      const cached = await offlineApp.host.core.dispatch('icps:list', { source: 'cache' });
      expect(cached.ok && listedPage(cached.data).items.length).toBe(mine.length);
      seen(`cache kept: ${mine.length} ICPs`);
    } finally {
      await offlineApp.close();
    }
  });
});
