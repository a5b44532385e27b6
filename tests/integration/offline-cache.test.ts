import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createIcpCache } from '../../src/main/cache/icp-cache';
import { searchTextsOf } from '../../src/main/session/summaries';
import { summarizeIcp, toColumns } from '../../src/shared/icp-summary';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';
import { fixtureIcps } from '../support/fixture-icps';
import { createMemoryLogger } from '../../src/main/logger';
import { nodeFileSystem, type AppFileSystem } from '../../src/main/storage/file-system';
import { sealJson } from '../../src/main/storage/json-file';
import type { Icp } from '../../src/shared/icp-schema';
import { DEMO_TOKENS } from '../support/demo-http';
import { expectOk, filesUnder, testCores } from '../support/test-core';
import { listedPage } from '../support/list-page';

const now = new Date('2026-11-23T10:00:00.000Z');
const samples = fixtureIcps(now) as Icp[];
const ALICE = 'user_abc123';
const aliceIcps = samples.filter((icp) => icp.userIds.includes(ALICE));
const derivedFrom = (icps: Icp[]) => ({ summaries: toColumns(icps.map(summarizeIcp)), search: searchTextsOf(icps) });

describe('icp cache on disk', () => {
  const setup = () => {
    const root = mkdtempSync(join(tmpdir(), 'icp-desk-cache-'));
    const log = createMemoryLogger();
    const cache = createIcpCache({ fs: nodeFileSystem, folder: join(root, 'cache'), clock: () => now, log });
    return { root, log, cache };
  };

  it('round-trips the list and details with the time each was fetched', async () => {
    const { cache } = setup();
    expect(await cache.readList()).toBeNull();
    expect(await cache.readSummaries()).toBeNull();
    expect(await cache.readSearchTexts()).toBeNull();
    const derived = derivedFrom(aliceIcps);
    await cache.writeList(aliceIcps, derived, now);
    expect(await cache.readList()).toEqual({ icps: aliceIcps, fetchedAt: now.toISOString() });
    expect(await cache.readSummaries()).toEqual({ columns: derived.summaries, fetchedAt: now.toISOString() });
    expect(await cache.readSearchTexts()).toEqual({ texts: derived.search, fetchedAt: now.toISOString() });
    const later = new Date(now.getTime() + 60_000);
    await cache.writeDetail(aliceIcps[0]!, later);
    expect(await cache.readDetail(aliceIcps[0]!.id)).toEqual({ icp: aliceIcps[0], fetchedAt: later.toISOString() });
    expect(await cache.offlineIds()).toEqual(new Set([aliceIcps[0]!.id.toLowerCase()]));
    // A new list without the ICP: its detail goes; the list group is the new list's business.
    expect(await cache.pruneDetails(new Set(aliceIcps.slice(1).map((icp) => icp.id.toLowerCase())))).toEqual([aliceIcps[0]!.id.toLowerCase()]);
    expect(await cache.readDetail(aliceIcps[0]!.id)).toBeNull();
    expect(await cache.offlineIds()).toEqual(new Set());
    expect((await cache.readList())!.icps).toEqual(aliceIcps);
    await cache.clear();
    expect(await cache.readList()).toBeNull();
    expect(await cache.readSummaries()).toBeNull();
    expect(await cache.readSearchTexts()).toBeNull();
  });

  it('leaves no summaries or search texts behind when they cannot be written (disk full after the list)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'icp-desk-cache-'));
    let writes = 0;
    const fs: AppFileSystem = {
      ...nodeFileSystem,
      writeAtomic: async (path, text, options) => {
        // The first writeList writes list, summaries, search texts; the second fails at its summaries.
        if (++writes === 5) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        return nodeFileSystem.writeAtomic(path, text, options);
      },
    };
    const cache = createIcpCache({ fs, folder: join(root, 'cache'), clock: () => now, log: createMemoryLogger() });
    await cache.writeList(aliceIcps, derivedFrom(aliceIcps), now);
    const later = new Date(now.getTime() + 1000);
    await expect(cache.writeList(aliceIcps.slice(1), derivedFrom(aliceIcps.slice(1)), later)).rejects.toThrow('ENOSPC');
    expect(await cache.readSummaries()).toBeNull();
    expect(await cache.readSearchTexts()).toBeNull();
    expect((await cache.readList())!.fetchedAt).toBe(later.toISOString());
  });

  it('sets aside summaries and search texts that are sealed but not of the shape it reads (a checksum proves integrity, not authorship)', async () => {
    const { root, log, cache } = setup();
    const derived = derivedFrom(aliceIcps);
    await cache.writeList(aliceIcps, derived, now);
    // The header the app wrote (version, time), resealed over another body.
    const { sha256: _old, ...header } = JSON.parse(readFileSync(join(cache.folder, 'summaries.json'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
    const { name: _dropped, ...withoutNames } = derived.summaries;
    writeFileSync(join(cache.folder, 'summaries.json'), sealJson(header, withoutNames));
    writeFileSync(join(cache.folder, 'search.json'), sealJson(header, { ...derived.search, texts: derived.search.texts.slice(1) }));
    expect(await cache.readSummaries()).toBeNull();
    expect(await cache.readSearchTexts()).toBeNull();
    expect(log.lines.filter((line) => line.includes('set aside') && line.includes('unexpected shape'))).toHaveLength(2);
    expect(
      readdirSync(cache.folder)
        .filter((name) => name.includes('.corrupt-'))
        .sort(),
    ).toEqual([expect.stringMatching(/^search\.json\.corrupt-/), expect.stringMatching(/^summaries\.json\.corrupt-/)]);
    // The list itself is intact, so the next start summarizes it again.
    expect((await cache.readList())!.icps).toEqual(aliceIcps);
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps unknown fields and key order exactly', async () => {
    const { cache } = setup();
    const odd = { zFirst: 1, ...aliceIcps[0]!, extra: { nested: [1, 'two'] } } as Icp;
    await cache.writeDetail(odd, now);
    expect(JSON.stringify((await cache.readDetail(odd.id))!.icp)).toBe(JSON.stringify(odd));
  });

  const brokenFiles: [string, (valid: string) => string][] = [
    ['corrupt', () => 'this is not json {{{'],
    ['truncated', (valid) => valid.slice(0, Math.floor(valid.length / 2))],
    ['old-version', (valid) => JSON.stringify({ ...JSON.parse(valid), version: 0 })],
    ['empty', () => ''],
    ['wrong shape', () => JSON.stringify({ version: 1, items: 'nope' })],
  ];

  it.each(brokenFiles)('sets a %s list file aside with a warning and rebuilds it', async (_kind, breakIt) => {
    const { cache, log } = setup();
    await cache.writeList(aliceIcps, null, now);
    const listPath = join(cache.folder, 'list.json');
    writeFileSync(listPath, breakIt(readFileSync(listPath, 'utf8')));
    expect(await cache.readList()).toBeNull();
    expect(log.lines.some((line) => line.startsWith('warn Cache file set aside and will be rebuilt: list.json'))).toBe(true);
    const names = readdirSync(cache.folder);
    expect(names.filter((n) => n.startsWith('list.json.corrupt-'))).toHaveLength(1);
    expect(names).not.toContain('list.json');
    await cache.writeList(aliceIcps, null, now);
    expect((await cache.readList())!.icps).toHaveLength(aliceIcps.length);
  });

  it.each(brokenFiles)('sets a %s detail file aside and reports it as not cached', async (_kind, breakIt) => {
    const { cache, log } = setup();
    const icp = aliceIcps[0]!;
    await cache.writeDetail(icp, now);
    const path = join(cache.folder, 'icps', `${icp.id}.json`);
    writeFileSync(path, breakIt(readFileSync(path, 'utf8')));
    expect(await cache.readDetail(icp.id)).toBeNull();
    expect(log.lines.some((line) => line.includes('set aside'))).toBe(true);
  });

  it('drops a cached ICP that no longer validates instead of showing it', async () => {
    const { cache } = setup();
    await cache.writeList([aliceIcps[0]!, { ...aliceIcps[1]!, activeUntil: 'soon' } as Icp], null, now);
    expect((await cache.readList())!.icps).toEqual([aliceIcps[0]]);
  });
});

describe('offline behaviour through the handlers', () => {
  let server: TestApiServer;
  const cores = testCores();
  const newCore = cores.create;

  beforeAll(async () => {
    server = await startTestApiServer({ now });
  });
  afterEach(() => {
    server.clearFaults();
    server.setIcps(samples);
  });
  afterAll(async () => {
    await cores.disposeAll();
    await server.close();
  });

  it('never shows one account the cache of another token', async () => {
    const core = newCore();
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    const alicePage = listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })));
    expect(alicePage.items.length).toBe(aliceIcps.length);

    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.bob }));
    const bobPage = listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })));
    const bobIds = new Set(samples.filter((icp) => icp.userIds.includes('user_xyz789')).map((icp) => icp.id));
    expect(bobPage.items.map((item) => item.id).every((id) => bobIds.has(id))).toBe(true);
    expect(bobPage.items.some((item) => !bobIds.has(item.id))).toBe(false);
    expect(readdirSync(join(core.dataDir, 'accounts'))).toHaveLength(2);
  });

  it('starts from the cache with the server down, and detail views of synced ICPs still open', async () => {
    const local = await startTestApiServer({ now });
    const core = newCore();
    expectOk(await core.dispatch('session:signIn', { baseUrl: local.url, token: DEMO_TOKENS.alice }));
    const outcome = expectOk(await core.dispatch('offline:sync', {}));
    expect(outcome).toEqual({ done: aliceIcps.length, total: aliceIcps.length, failed: 0, cancelled: false, failures: [] });
    const progress = core.events.filter((e) => e.event === 'offline:progress').map((e) => e.payload);
    expect(progress.at(-1)).toEqual({ done: aliceIcps.length, total: aliceIcps.length, failed: 0 });
    await local.close();

    const restarted = newCore({ dataDir: core.dataDir, service: core.service });
    const cached = listedPage(expectOk(await restarted.dispatch('icps:list', { source: 'cache' })));
    expect(cached.source).toBe('cache');
    expect(cached.items.every((item) => item.offline)).toBe(true);
    const offline = await restarted.dispatch('icps:list', { source: 'network' });
    expect(!offline.ok && offline.error.kind).toBe('network');
    for (const icp of aliceIcps) {
      expect(expectOk(await restarted.dispatch('icps:get', { id: icp.id, source: 'cache' }))).toMatchObject({ icp, source: 'cache' });
    }
  });

  it('sends search texts apart from the list, from their own file, rebuilt when that file is missing or damaged', async () => {
    const core = newCore();
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    const expected = searchTextsOf(aliceIcps);
    expect(expectOk(await core.dispatch('icps:searchTexts', {}))).toEqual(expected);
    const searchFile = filesUnder(core.dataDir).find((file) => file.path.endsWith('search.json'))!.path;
    const restart = () => newCore({ dataDir: core.dataDir, service: core.service });

    // A start reads the list's summaries first and the search texts only when asked.
    const first = restart();
    expectOk(await first.dispatch('icps:list', { source: 'cache' }));
    expect(expectOk(await first.dispatch('icps:searchTexts', {}))).toEqual(expected);

    rmSync(searchFile);
    const missing = restart();
    expectOk(await missing.dispatch('icps:list', { source: 'cache' }));
    expect(expectOk(await missing.dispatch('icps:searchTexts', {}))).toEqual(expected);
    await expect.poll(() => existsSync(searchFile)).toBe(true); // written again for the next start

    writeFileSync(searchFile, readFileSync(searchFile, 'utf8').slice(0, 500));
    const damaged = restart();
    expect(expectOk(await damaged.dispatch('icps:searchTexts', {}))).toEqual(expected);
    expect(damaged.log.lines.some((line) => line.includes('set aside') && line.includes('search.json'))).toBe(true);
    await expect.poll(() => existsSync(searchFile)).toBe(true);

    // With the list itself unreadable too, search says it covers names only.
    rmSync(searchFile, { force: true });
    rmSync(join(searchFile, '..', 'list.json'));
    const broken = restart();
    expect(listedPage(expectOk(await broken.dispatch('icps:list', { source: 'cache' }))).items).toHaveLength(aliceIcps.length);
    const texts = await broken.dispatch('icps:searchTexts', {});
    expect(!texts.ok && texts.error).toMatchObject({ kind: 'storage', message: expect.stringContaining('search covers ICP names only') });
  });

  it('cancels an offline sync part-way and keeps what was saved', async () => {
    const core = newCore();
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    server.setFaults([{ on: 'get', kind: 'delay', ms: 200 }]);
    const sync = core.dispatch('offline:sync', {});
    // Cancelled once the first details have landed (the delay keeps the rest waiting).
    await expect.poll(() => core.events.some((e) => e.event === 'offline:progress' && (e.payload as { done: number }).done > 0)).toBe(true);
    expect(await core.dispatch('offline:cancel', {})).toEqual({ ok: true, data: { cancelled: true } });
    const outcome = expectOk(await sync) as { done: number; total: number; cancelled: boolean };
    expect(outcome.cancelled).toBe(true);
    expect(outcome.done).toBeGreaterThan(0);
    expect(outcome.done).toBeLessThan(outcome.total);
    const page = listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })));
    // Each ICP opens offline (the list's copy); the ones fetched before the cancel have their own.
    expect(page.offlineIds).toHaveLength(outcome.done);
    expect(page.items.every((item) => item.offline)).toBe(true);
  });

  it('stops a sync at the first 401 and says so', async () => {
    const local = await startTestApiServer({ now });
    const core = newCore();
    expectOk(await core.dispatch('session:signIn', { baseUrl: local.url, token: DEMO_TOKENS.alice }));
    local.revokeToken(DEMO_TOKENS.alice);
    local.requests.length = 0;
    const result = await core.dispatch('offline:sync', {});
    expect(!result.ok && result.error.kind).toBe('unauthorized');
    // Four workers each see one 401, then stop: not one request per ICP.
    expect(local.requests.length).toBeLessThanOrEqual(4);
    await local.close();
  });

  it('stops a sync when the connection is lost instead of timing out on every ICP', async () => {
    const local = await startTestApiServer({ now });
    const core = newCore({ timeoutMs: 300 });
    expectOk(await core.dispatch('session:signIn', { baseUrl: local.url, token: DEMO_TOKENS.alice }));
    local.setFaults([{ on: 'get', kind: 'delay', ms: 5_000 }]);
    const started = Date.now();
    const result = await core.dispatch('offline:sync', {});
    expect(!result.ok && result.error.kind).toBe('network');
    expect(Date.now() - started).toBeLessThan(2_000);
    await local.close();
  });

  it('keeps working when the disk is full: the data shows, with a warning, and the old cache stays', async () => {
    const core = newCore();
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    const before = filesUnder(join(core.dataDir, 'accounts')).map((f) => f.text);

    const full: AppFileSystem = {
      ...(await import('../../src/main/storage/file-system')).nodeFileSystem,
      writeAtomic: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const restarted = newCore({ dataDir: core.dataDir, service: core.service, fs: full });
    const page = listedPage(expectOk(await restarted.dispatch('icps:list', { source: 'network' })));
    expect(page.items.length).toBe(aliceIcps.length);
    expect(page.warnings.map((w) => w.message)).toEqual([
      'Could not save the ICP list for offline use (ENOSPC). What you see is current but will not be available offline.',
    ]);
    const detail = expectOk(await restarted.dispatch('icps:get', { id: aliceIcps[0]!.id, source: 'network' }));
    expect(detail).toMatchObject({ source: 'network' });
    expect(filesUnder(join(core.dataDir, 'accounts')).map((f) => f.text)).toEqual(before);
  });

  it('never lets an older list reply overwrite a newer one', async () => {
    // The first list call gets its (old) answer, then waits until the second has been applied.
    let calls = 0;
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const racingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith('/icps') && ++calls === 2) {
        const body = await response.text();
        await firstHeld;
        return new Response(body, { status: response.status, headers: response.headers });
      }
      return response;
    };
    const core = newCore({ fetch: racingFetch });
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice })); // call 1
    const older = core.dispatch('icps:list', { source: 'network' }); // call 2: old data, held back
    await new Promise((resolve) => setTimeout(resolve, 50));
    const renamed = samples.map((icp) => ({ ...icp, name: `${icp.name} (v2)` }));
    server.setIcps(renamed);
    const newer = listedPage(expectOk(await core.dispatch('icps:list', { source: 'network' }))); // call 3
    releaseFirst();
    const olderPage = listedPage(expectOk(await older));
    expect(newer.items[0]!.name).toMatch(/\(v2\)$/);
    expect(olderPage.items[0]!.name).toMatch(/\(v2\)$/);
    const cached = listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })));
    expect(cached.items.every((item) => item.name.endsWith('(v2)'))).toBe(true);
    const restarted = newCore({ dataDir: core.dataDir, service: core.service });
    const fromDisk = listedPage(expectOk(await restarted.dispatch('icps:list', { source: 'cache' })));
    expect(fromDisk.items.every((item) => item.name.endsWith('(v2)'))).toBe(true);
  });
});
