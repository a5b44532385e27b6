import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWriteGate, AccountClosedError } from '../../src/main/accounts/write-gate';
import { legacyCacheFolderName } from '../../src/main/accounts/legacy-layout';
import { createIcpCache } from '../../src/main/cache/icp-cache';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { fixtureIcps } from '../support/fixture-icps';
import { createMemoryLogger } from '../../src/main/logger';
import { createKeychainTokenStore } from '../../src/main/secrets/token-store';
import { searchTextsOf, summarize } from '../../src/main/session/summaries';
import { nodeFileSystem } from '../../src/main/storage/file-system';
import type { Icp } from '../../src/shared/icp-schema';
import { toColumns } from '../../src/shared/icp-summary';
import type { ListView, SessionStatus } from '../../src/shared/ipc-contract';
import { DEMO_TOKENS } from '../support/demo-http';
import { keychainEntries, openedAccount } from '../support/account-checks';
import { demoServerPerFile } from '../support/demo-server-per-file';
import { listedPage } from '../support/list-page';
import { expectOk, type TestCore } from '../support/test-core';

/*
 * What an account leaves on disk, over the real keychain and disk: replies that arrive after
 * their account was removed or switched away from write nothing, and a data folder from before
 * accounts (one session in settings.json, the token under the API origin, the cache named by a
 * hash of the token) becomes the first account with nothing of the old layout left.
 */

const now = new Date();
const samples = fixtureIcps(now) as Icp[];
const aliceIcps = samples.filter((icp) => icp.userIds.includes('user_abc123'));
const ALICE_IDS = aliceIcps.map((icp) => icp.id).sort();
const file = demoServerPerFile(now, samples);
const { cores } = file;
let server: TestApiServer;
beforeAll(() => {
  server = file.server;
});

/**
 * A fetch whose ICP replies, once `hold()` was called, wait for `release()` and come back whatever
 * the abort signal says: a reply that arrives just as its account is closed.
 */
function heldReplies() {
  let holding = false;
  let release: () => void = () => undefined;
  let arrived: () => void = () => undefined;
  const waiting = new Promise<void>((resolve) => (arrived = resolve));
  const heldFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, { ...init, signal: null });
    if (!holding || !/\/icps\/[0-9a-f-]{36}$/.test(String(input))) return response;
    const body = await response.text();
    await new Promise<void>((resolve) => {
      release = resolve;
      arrived();
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return { fetch: heldFetch, hold: () => void (holding = true), waiting, release: () => release() };
}

describe('replies that arrive after their account closed', () => {
  it('an icps:get in flight when its account is removed never recreates the folder', async () => {
    const replies = heldReplies();
    const core = cores.create({ fetch: replies.fetch });
    const alice = openedAccount(await core.dispatch('accounts:add', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    const folder = join(core.dataDir, 'accounts', alice.id);
    expect(existsSync(folder)).toBe(true);
    replies.hold();
    const pending = core.dispatch('icps:get', { id: ALICE_IDS[0]!, source: 'network' });
    await replies.waiting;
    expect(expectOk(await core.dispatch('accounts:remove', { id: alice.id }))).toMatchObject({ state: 'signedOut' });
    expect(existsSync(folder)).toBe(false);
    replies.release();
    const late = await pending;
    expect(!late.ok && late.error.kind).toBe('cancelled');
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(join(core.dataDir, 'accounts'))).toEqual([]);
    expect(core.log.lines.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it("an icps:get in flight when its account is switched away from saves nothing into that account's folder", async () => {
    const replies = heldReplies();
    const core = cores.create({ fetch: replies.fetch });
    const alice = openedAccount(await core.dispatch('accounts:add', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    const bob = openedAccount(await core.dispatch('accounts:add', { baseUrl: server.url, token: DEMO_TOKENS.bob }));
    expectOk(await core.dispatch('accounts:switch', { id: alice.id }));
    replies.hold();
    const pending = core.dispatch('icps:get', { id: ALICE_IDS[0]!, source: 'network' });
    await replies.waiting;
    expectOk(await core.dispatch('accounts:switch', { id: bob.id }));
    replies.release();
    const late = await pending;
    expect(!late.ok && late.error).toEqual({
      kind: 'cancelled',
      message: 'That account was closed (another one was opened, or it was removed) before this finished.',
    });
    const aliceCache = join(core.dataDir, 'accounts', alice.id, 'cache');
    expect(existsSync(join(aliceCache, 'list.json'))).toBe(true);
    expect(existsSync(join(aliceCache, 'icps'))).toBe(false);
    // Back in Alice's account, no detail of its own was saved: the ICP opens from the copy its list carried.
    expectOk(await core.dispatch('accounts:switch', { id: alice.id }));
    expect(listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' }))).offlineIds).toEqual([]);
    const listCopy = listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' }))).fetchedAt;
    expect(expectOk(await core.dispatch('icps:get', { id: ALICE_IDS[0]!, source: 'cache' }))).toMatchObject({ source: 'cache', fetchedAt: listCopy });
  });

  it('the write gate lets a write under way finish before close resolves, then refuses every write', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'icp-desk-gate-'));
    let finishWrite: () => void = () => undefined;
    const slow = {
      ...nodeFileSystem,
      writeAtomic: async (path: string, text: string) => {
        await new Promise<void>((resolve) => (finishWrite = resolve));
        await nodeFileSystem.writeAtomic(path, text);
      },
    };
    const gate = createWriteGate(slow, folder);
    const underWay = gate.fs.writeAtomic(join(folder, 'cache', 'list.json'), '[]');
    let closed = false;
    const closing = gate.close().then(() => (closed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    finishWrite();
    await underWay;
    await closing;
    expect(readFileSync(join(folder, 'cache', 'list.json'), 'utf8')).toBe('[]');
    await expect(gate.fs.writeAtomic(join(folder, 'cache', 'list.json'), '[1]')).rejects.toBeInstanceOf(AccountClosedError);
    await expect(gate.fs.makeDir(join(folder, 'icps'))).rejects.toBeInstanceOf(AccountClosedError);
    expect(existsSync(join(folder, 'icps'))).toBe(false);

    const open = createWriteGate(nodeFileSystem, folder);
    await expect(open.fs.writeAtomic(join(folder, '..', 'elsewhere.json'), '{}')).rejects.toThrow("refused to write outside the account's folder");
    await expect(open.fs.remove(folder)).rejects.toThrow("refused to write outside the account's folder");
  });
});

describe('the data folder of a version before accounts', () => {
  const view: ListView = { search: 'cto', sort: 'name', expiry: [], searchTypes: ['person'], customFilterTypes: [], hasCrmFilters: false, offlineOnly: false };
  const window = { x: 10, y: 20, width: 1200, height: 800, maximized: false };

  /** settings.json, the origin-named keychain entry and the hash-named cache folder, as they were. */
  async function legacyDataFolder(session: 'account' | 'demo' | 'none') {
    const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-legacy-'));
    const service = `ICP Desk test legacy ${process.pid}-${Math.random().toString(36).slice(2)}`;
    const origin = new URL(server.url).origin;
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ version: 1, session, baseUrl: server.url, window, listView: view }));
    if (session === 'account') await createKeychainTokenStore(service).save(origin, DEMO_TOKENS.alice);
    const fetchedAt = new Date('2026-11-22T09:30:00.000Z');
    const oldCache = join(dataDir, 'cache', legacyCacheFolderName(origin, DEMO_TOKENS.alice));
    const cache = createIcpCache({ fs: nodeFileSystem, folder: oldCache, clock: () => now, log: createMemoryLogger() });
    await cache.writeList(aliceIcps, { summaries: toColumns(summarize(aliceIcps)), search: searchTextsOf(aliceIcps) }, fetchedAt);
    await cache.writeDetail(aliceIcps[0]!, fetchedAt);
    // Left by an earlier sign-in with another token (the old layout never removed it).
    mkdirSync(join(dataDir, 'cache', '127.0.0.1_4000-0123456789abcdef01234567'), { recursive: true });
    writeFileSync(join(dataDir, 'cache', '127.0.0.1_4000-0123456789abcdef01234567', 'list.json'), '{}');
    return { dataDir, service, origin, fetchedAt };
  }

  it('turns the signed-in session into the first account: cache moved, token moved, nothing old left', async () => {
    const { dataDir, service, origin, fetchedAt } = await legacyDataFolder('account');
    const core = cores.create({ dataDir, service });
    server.requests.length = 0;
    const account = openedAccount(await core.dispatch('session:status', {}));
    expect(account).toMatchObject({ kind: 'account', label: new URL(server.url).host, baseUrl: server.url, lastSyncAt: fetchedAt.toISOString() });
    expect(
      listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })))
        .items.map((item) => item.id)
        .sort(),
    ).toEqual(ALICE_IDS);
    expect(expectOk(await core.dispatch('icps:get', { id: aliceIcps[0]!.id, source: 'cache' }))).toMatchObject({ source: 'cache' });
    expect(expectOk(await core.dispatch('view:get', {}))).toEqual(view);
    expect(server.requests).toEqual([]);

    // logs/ is main's own log (logging/log-file.ts), not the old session's data.
    expect(readdirSync(dataDir).sort()).toEqual(['accounts', 'accounts.json', 'logs', 'settings.json']);
    expect(readdirSync(join(dataDir, 'accounts'))).toEqual([account.id]);
    expect(readdirSync(join(dataDir, 'accounts', account.id)).sort()).toEqual(['cache', 'view.json']);
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({ version: 1, baseUrl: server.url, window });
    expect(await keychainEntries(service)).toEqual({ [account.id]: DEMO_TOKENS.alice });
    expect(await keychainEntries(service)).not.toHaveProperty(origin);

    // Once only: the next start opens the same account.
    const restarted = cores.create({ dataDir, service });
    expect(openedAccount(await restarted.dispatch('session:status', {})).id).toBe(account.id);
    expect(expectOk(await restarted.dispatch('accounts:list', {}))).toMatchObject({ accounts: [{ id: account.id }] });
  });

  it('waits for the keychain: a start that cannot read the token moves nothing, even if settings are rewritten meanwhile', async () => {
    const { dataDir, service } = await legacyDataFolder('account');
    const refuse = () => Promise.reject(new Error('Cannot create an item in a locked collection'));
    const locked = createKeychainTokenStore(service, { getPassword: refuse, setPassword: refuse, deletePassword: refuse });
    const first = cores.create({ dataDir, service, tokenStore: locked });
    const status = await first.dispatch('session:status', {});
    expect(!status.ok && status.error.kind).toBe('keychain');
    await first.settings.update({ window: { ...window, x: 99 } }); // the window closed
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ session: 'account', listView: view });
    expect(readdirSync(join(dataDir, 'cache'))).toHaveLength(2);

    const second = cores.create({ dataDir, service });
    expect(openedAccount(await second.dispatch('session:status', {}))).toMatchObject({ kind: 'account', baseUrl: server.url });
    expect(existsSync(join(dataDir, 'cache'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({ version: 1, baseUrl: server.url, window: { ...window, x: 99 } });
  });

  it('turns a demo session into the demo account and a signed-out one into none, removing the old caches', async () => {
    const demo = await legacyDataFolder('demo');
    const demoCore = cores.create({ dataDir: demo.dataDir, service: demo.service });
    const status = expectOk(await demoCore.dispatch('session:status', {})) as SessionStatus;
    expect(status).toMatchObject({ state: 'signedIn', demo: true, account: { kind: 'demo', label: 'Demo workspace', baseUrl: null } });
    expect(existsSync(join(demo.dataDir, 'cache'))).toBe(false);
    expect(expectOk(await demoCore.dispatch('view:get', {}))).toEqual(view);

    const signedOut = await legacyDataFolder('none');
    const outCore = cores.create({ dataDir: signedOut.dataDir, service: signedOut.service });
    expect(expectOk(await outCore.dispatch('session:status', {}))).toEqual({ state: 'signedOut', lastBaseUrl: server.url });
    expect(readdirSync(signedOut.dataDir).sort()).toEqual(['settings.json']);
    expect(JSON.parse(readFileSync(join(signedOut.dataDir, 'settings.json'), 'utf8'))).toEqual({ version: 1, baseUrl: server.url, window });
  });

  it('removes account folders that are not in the list when it starts', async () => {
    const core: TestCore = cores.create();
    const alice = openedAccount(await core.dispatch('accounts:add', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    const stray = join(core.dataDir, 'accounts', 'f'.repeat(32));
    mkdirSync(join(stray, 'cache'), { recursive: true });
    writeFileSync(join(stray, 'cache', 'list.json'), '{}');
    const restarted = cores.create({ dataDir: core.dataDir, service: core.service });
    expectOk(await restarted.dispatch('session:status', {}));
    expect(readdirSync(join(core.dataDir, 'accounts'))).toEqual([alice.id]);
  });
});
