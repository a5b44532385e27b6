import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateIcps } from '../support/test-api/generate-icps';
import { fixtureIcps } from '../support/fixture-icps';
import { nodeFileSystem, type AppFileSystem } from '../../src/main/storage/file-system';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { startApp, test, expect, type App } from '../e2e/app-fixture';
import { detailPane, listbox, openIcp, waitForList, type RawIcp } from '../e2e/ui-helpers';
import { faultRow, recordFaultRow } from './fault-rows';
import { listedPage } from '../support/list-page';
import { onlyAccountCache } from '../support/test-core';

/*
 * The fault matrix, data rows: huge and partly invalid replies, broken cache files, a full disk.
 */

const original = fixtureIcps(new Date()) as RawIcp[];
const mine = original.filter((icp) => icp.userIds.includes('user_abc123'));
const ICP_COUNT = (page: import('@playwright/test').Page, n: number) => page.getByText(new RegExp(`^${n.toLocaleString('en-US')} ICPs$`));

test.afterEach(async ({}, testInfo) => recordFaultRow(testInfo));

async function cachedPage(app: App): Promise<ReturnType<typeof listedPage>> {
  const page = await app.host.core.dispatch('icps:list', { source: 'cache' });
  if (!page.ok) throw new Error(page.error.message);
  return listedPage(page.data);
}

test('a 20 MB reply', async ({ page }, testInfo) => {
  // Generating, serving, checking and saving 23,000 ICPs: about 20 s on a quiet machine, several
  // times that on a busy one. The app's request timeout is sized to it too (else its refresh
  // gives up and the list is shown from the cache, which is not what this row is about).
  test.setTimeout(300_000);
  const { seen } = faultRow(testInfo, '20 MB list reply', 'every ICP listed, the list scrolls to the last row; all cached');
  const count = 23_000;
  const server = await startCanaryApi({ generate: count, seed: 20 });
  const app = await startApp({ timeoutMs: 180_000 });
  try {
    const bytes = (await (await fetch(`${server.url}/api/v1/entities/icps`, { headers: { authorization: `Bearer ${CANARY_TOKENS.alice}` } })).arrayBuffer())
      .byteLength;
    expect(bytes).toBeGreaterThan(20_000_000);
    seen(`${(bytes / 1e6).toFixed(1)} MB, ${count.toLocaleString('en-US')} ICPs`);
    expect((await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice })).ok).toBe(true);
    await app.open(page);
    await expect(ICP_COUNT(page, count)).toBeVisible({ timeout: 120_000 });
    await listbox(page).focus();
    await page.keyboard.press('End');
    await expect(listbox(page).getByRole('option').last()).toBeVisible();
    seen(`"${count.toLocaleString('en-US')} ICPs" listed, End reaches the last row`);
    expect((await cachedPage(app)).items.length).toBe(count);
    seen('all cached');
  } finally {
    await app.close();
    await server.close();
  }
});

test('one schema-violating ICP among 1,000', async ({ page }, testInfo) => {
  const { seen } = faultRow(testInfo, '1 schema-violating ICP among 1,000', '999 listed; "1 ICP could not be read and was skipped" naming its id and field');
  const icps = generateIcps(1_000, { seed: 3 }) as RawIcp[];
  const broken = icps[417]!;
  const server = await startCanaryApi({ icps: icps.map((icp, i) => (i === 417 ? { ...icp, activeUntil: 'next quarter' } : icp)) });
  const app = await startApp();
  try {
    expect((await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice })).ok).toBe(true);
    await app.open(page);
    await expect(ICP_COUNT(page, 999)).toBeVisible();
    await page.getByText('1 ICP could not be read and was skipped').click();
    await expect(page.getByText(new RegExp(`ICP ${broken.id}: .*\\(activeUntil\\)`))).toBeVisible();
    seen(`999 listed; warning names ${broken.id.slice(0, 8)}… (activeUntil)`);
    expect((await cachedPage(app)).items.length).toBe(999);
    seen('999 cached');
  } finally {
    await app.close();
    await server.close();
  }
});

test.describe('broken cache files', () => {
  let server: Awaited<ReturnType<typeof startCanaryApi>>;
  let first: App;
  let cacheFolder: string;

  test.beforeAll(async () => {
    server = await startCanaryApi({ icps: original });
    first = await startApp();
    expect((await first.host.core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice })).ok).toBe(true);
    expect((await first.host.core.dispatch('offline:sync', {})).ok).toBe(true);
    await first.close();
    cacheFolder = onlyAccountCache(first.dataDir);
  });
  test.afterAll(async () => server.close());

  const restart = () => startApp({ dataDir: first.dataDir, keychainService: first.keychainService });

  test('corrupt list files', async ({ page }, testInfo) => {
    const { seen } = faultRow(
      testInfo,
      'corrupt cache files (list + summaries)',
      'set aside with warnings, rebuilt from the API; the list shows; saved details kept',
    );
    // What a start reads first (the summaries) is garbage, and the list it falls back to is cut short.
    writeFileSync(join(cacheFolder, 'summaries.json'), '{"version":1,"fetchedAt":"2026-11-2\u0000garbage');
    const listPath = join(cacheFolder, 'list.json');
    writeFileSync(listPath, readFileSync(listPath, 'utf8').slice(0, 5_000));
    const app = await restart();
    try {
      await app.open(page);
      await waitForList(page);
      await expect(ICP_COUNT(page, mine.length)).toBeVisible();
      seen(`${mine.length} ICPs listed`);
      const warned = (file: string) =>
        app.log.lines.some((line) => line.startsWith(`warn Cache file set aside and will be rebuilt: ${file} is not valid JSON`));
      expect(warned('summaries.json') && warned('list.json')).toBe(true);
      const names = readdirSync(cacheFolder);
      expect(names.filter((name) => /^(summaries|list)\.json\.corrupt-/.test(name))).toHaveLength(2);
      seen('both set aside with warnings');
      await expect.poll(() => existsSync(listPath) && JSON.parse(readFileSync(listPath, 'utf8')).items.length).toBe(mine.length);
      // A sealed file: a header line with the body's checksum, then the body (see json-file.ts).
      const [, body] = readFileSync(join(cacheFolder, 'summaries.json'), 'utf8').split('\n');
      expect(JSON.parse(body!).id).toHaveLength(mine.length); // summaries are stored as columns
      expect((await cachedPage(app)).items.filter((item) => item.offline).length).toBe(mine.length);
      seen(`both rebuilt; ${mine.length} details still offline`);
    } finally {
      await app.close();
    }
  });

  test('a truncated detail file, with the server down', async ({ page }, testInfo) => {
    const { seen } = faultRow(
      testInfo,
      'truncated cache file (detail), offline',
      'that ICP opens from the copy the list carried; the others open; nothing else lost',
    );
    const [damaged, intact] = [mine[3]!, mine[4]!];
    const path = join(cacheFolder, 'icps', `${damaged.id}.json`);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    const downServer = server.url;
    await server.close();
    const app = await restart();
    try {
      await app.open(page);
      await expect(page.getByRole('status').filter({ hasText: 'Offline – showing data from' })).toBeVisible();
      await openIcp(page, intact.name);
      await expect(detailPane(page).getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
      seen('Offline banner; an intact ICP opens');
      const search = page.getByRole('searchbox', { name: 'Search ICPs' });
      await search.fill(damaged.name);
      await listbox(page).getByRole('option').first().click();
      await expect(detailPane(page).getByRole('heading', { level: 1, name: damaged.name })).toBeVisible();
      await expect(detailPane(page).getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
      seen('the damaged one opens from the copy the list carried');
      const cached = await cachedPage(app);
      expect(cached.items.length).toBe(mine.length);
      expect(cached.items.every((item) => item.offline)).toBe(true);
      expect(cached.offlineIds).toHaveLength(mine.length - 1);
      seen(`cache: ${mine.length} ICPs, all open offline, ${mine.length - 1} with their own detail (${downServer} down)`);
    } finally {
      await app.close();
      server = await startCanaryApi({ icps: original });
    }
  });
});

test('disk full on cache write', async ({ page }, testInfo) => {
  const { seen } = faultRow(
    testInfo,
    'disk full on cache write',
    'fresh data shown with "Could not save … for offline use (ENOSPC)"; the saved cache is untouched',
  );
  const server = await startCanaryApi({ icps: original });
  let full = false;
  const fs: AppFileSystem = {
    ...nodeFileSystem,
    writeAtomic: async (path, text, options) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return nodeFileSystem.writeAtomic(path, text, options);
    },
  };
  const app = await startApp({ fs });
  try {
    expect((await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice })).ok).toBe(true);
    const before = await cachedPage(app);
    await app.open(page);
    await waitForList(page);
    full = true;
    server.setIcps(original.map((icp) => ({ ...icp, name: `${icp.name} v2` })));
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    await expect(page.getByText('Could not save the ICP list for offline use (ENOSPC)', { exact: false })).toBeVisible();
    await expect(page.getByText(`${mine[0]!.name} v2`, { exact: true })).toBeVisible();
    seen('new data shown with the ENOSPC warning');
    const onDisk = JSON.parse(readFileSync(join(onlyAccountCache(app.dataDir), 'list.json'), 'utf8')) as { items: RawIcp[] };
    // The list file keeps the API's order; the list page comes in name order.
    expect(onDisk.items.map((icp) => icp.name).sort()).toEqual(before.items.map((item) => item.name).sort());
    seen(`cache on disk untouched (${onDisk.items.length} ICPs, old names)`);
  } finally {
    await app.close();
    await server.close();
  }
});
