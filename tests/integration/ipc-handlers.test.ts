import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';
import { fixtureIcps } from '../support/fixture-icps';
import { CHANNELS } from '../../src/shared/ipc-channels';
import type { Icp } from '../../src/shared/icp-schema';
import { normalizeForSearch } from '../../src/shared/search/normalize-text';
import { compareNames, nameSortKey } from '../../src/shared/sort-keys';
import type { SearchTexts, SessionStatus } from '../../src/shared/ipc-contract';
import { expectOk, filesUnder, testCores, type TestCore } from '../support/test-core';
import { listedPage } from '../support/list-page';

/*
 * The IPC handlers exactly as Electron wires them (dispatch = validate + handler + catch), over
 * the real keychain and the demo API on 127.0.0.1.
 */

const now = new Date();
const samples = fixtureIcps(now) as Icp[];
const ALICE = 'user_abc123';
const aliceIcps = samples.filter((icp) => icp.userIds.includes(ALICE));
const notAlices = samples.find((icp) => !icp.userIds.includes(ALICE))!;
let server: TestApiServer;
let token: string;
const cores = testCores();
const newCore = cores.create;

beforeAll(async () => {
  server = await startTestApiServer({ now });
  token = server.users[0]!.token;
});
afterEach(() => {
  server.clearFaults();
  server.setIcps(samples);
});
afterAll(async () => {
  await cores.disposeAll();
  await server.close();
});

describe('session', () => {
  it('starts signed out with no URL to prefill', async () => {
    const core = newCore();
    expect(await core.dispatch('session:status', {})).toEqual({ ok: true, data: { state: 'signedOut', lastBaseUrl: null } });
  });

  it('refuses a wrong token with a clear message and saves nothing', async () => {
    const core = newCore();
    const result = await core.dispatch('session:signIn', { baseUrl: server.url, token: 'wrong-token' });
    expect(!result.ok && result.error).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(!result.ok && result.error.message).toBe(
      `This token was not accepted by ${server.url} (UNAUTHORIZED: User not authenticated). Check it and try again.`,
    );
    expect(expectOk(await core.dispatch('accounts:list', {}))).toEqual({ accounts: [], activeId: null });
    expect(existsSync(join(core.dataDir, 'accounts'))).toBe(false);
  });

  it('explains an unreachable server at sign-in', async () => {
    const core = newCore();
    const stopped = await startTestApiServer({});
    await stopped.close();
    const result = await core.dispatch('session:signIn', { baseUrl: stopped.url, token: 't' });
    expect(!result.ok && result.error).toEqual({
      kind: 'network',
      message: `Could not connect to ${stopped.url}: the connection was refused. Is the server running?`,
    });
  });

  it('signs in after verifying with a list call, keeps the token only in the keychain, and resumes on the next start', async () => {
    const core = newCore();
    server.requests.length = 0;
    const status = expectOk(await core.dispatch('session:signIn', { baseUrl: `${server.url}/`, token })) as SessionStatus;
    expect(status).toMatchObject({
      state: 'signedIn',
      baseUrl: server.url,
      demo: false,
      account: { kind: 'account', label: new URL(server.url).host, baseUrl: server.url },
    });
    const { id } = status.state === 'signedIn' ? status.account : { id: '' };
    expect(server.requests.map((r) => r.path)).toEqual(['/api/v1/entities/icps']);
    expect(await core.tokenStore.read(id)).toBe(token);

    const settings = JSON.parse(readFileSync(join(core.dataDir, 'settings.json'), 'utf8'));
    expect(settings).toEqual({ version: 1, baseUrl: server.url });
    for (const file of filesUnder(core.dataDir)) expect(file.text, file.path).not.toContain(token);

    // A new start (a new core over the same data folder and keychain) is signed in from the keychain.
    const restarted = newCore({ dataDir: core.dataDir, service: core.service });
    expect(expectOk(await restarted.dispatch('session:status', {}))).toEqual(status);
    const cached = listedPage(expectOk(await restarted.dispatch('icps:list', { source: 'cache' })));
    expect(cached.source).toBe('cache');
    expect(cached.items.map((item) => item.id).sort()).toEqual(aliceIcps.map((icp) => icp.id).sort());
  });

  it('signs out: the token leaves the keychain, the account folder is deleted, the URL is kept', async () => {
    const core = newCore();
    const signedIn = expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token })) as SessionStatus;
    const id = signedIn.state === 'signedIn' ? signedIn.account.id : '';
    expect(filesUnder(join(core.dataDir, 'accounts', id)).length).toBeGreaterThan(0);
    const status = expectOk(await core.dispatch('session:signOut', {}));
    expect(status).toEqual({ state: 'signedOut', lastBaseUrl: server.url });
    expect(await core.tokenStore.read(id)).toBeNull();
    expect(filesUnder(join(core.dataDir, 'accounts'))).toEqual([]);
    expect(await core.dispatch('icps:list', { source: 'network' })).toMatchObject({ ok: false, error: { kind: 'notSignedIn' } });
  });

  it('starts the demo workspace in-process and signs in to it', async () => {
    const core = newCore();
    const status = expectOk(await core.dispatch('session:signInDemo', {})) as SessionStatus;
    expect(status).toMatchObject({ state: 'signedIn', demo: true });
    expect(status.state === 'signedIn' && status.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = listedPage(expectOk(await core.dispatch('icps:list', { source: 'network' })));
    expect(page.items.length).toBeGreaterThan(20);
    expect(page.source).toBe('network');
  });
});

describe('ICPs', () => {
  let core: TestCore;
  beforeAll(async () => {
    core = newCore();
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token }));
  });

  it('lists summaries for the list and the full ICP on demand', async () => {
    const page = listedPage(expectOk(await core.dispatch('icps:list', { source: 'network' })));
    expect(page.items).toHaveLength(aliceIcps.length);
    // Sent in name order (the list's default sort then has nothing to do).
    const names = page.items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => compareNames(nameSortKey(a), a, '', nameSortKey(b), b, '')));
    const first = page.items.find((item) => item.id === aliceIcps[0]!.id)!;
    // The saved list carries every ICP whole, so each opens offline before its own detail is fetched.
    expect(first).toMatchObject({ name: aliceIcps[0]!.name, userCount: aliceIcps[0]!.userIds.length, offline: true, refused: null });
    expect(page).toMatchObject({ listSaved: true, offlineIds: [], refused: [] });
    expect(first).not.toHaveProperty('searchText');
    // Search texts travel apart, matched to the list by id.
    const texts = expectOk(await core.dispatch('icps:searchTexts', {})) as SearchTexts;
    expect([...texts.ids].sort()).toEqual(page.items.map((item) => item.id).sort());
    expect(texts.texts).toHaveLength(page.items.length);
    expect(texts.texts[texts.ids.indexOf(aliceIcps[0]!.id)]).toContain(normalizeForSearch(aliceIcps[0]!.name));
    expect(texts.texts.some((text) => text.includes('user_abc123'))).toBe(true);
    const detail = expectOk(await core.dispatch('icps:get', { id: aliceIcps[0]!.id, source: 'network' }));
    expect(detail).toMatchObject({ icp: aliceIcps[0], source: 'network' });
  });

  it('answers 403 for a non-member ICP and 404 for an unknown one; the ICP leaves only when the refreshed list no longer has it', async () => {
    const forbidden = await core.dispatch('icps:get', { id: notAlices.id, source: 'network' });
    expect(!forbidden.ok && forbidden.error).toMatchObject({ kind: 'forbidden', status: 403 });

    // Still listed, but its details refused: marked, and the copy the list carried opens.
    const kept = aliceIcps[2]!;
    server.setFaults([{ on: 'get', id: kept.id, kind: 'status', status: 403 }]);
    const refused = await core.dispatch('icps:get', { id: kept.id, source: 'network' });
    expect(!refused.ok && refused.error).toMatchObject({ kind: 'forbidden', status: 403 });
    server.setFaults([]);
    const marked = listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })));
    expect(marked.items.find((item) => item.id === kept.id)).toMatchObject({ refused: 403, offline: true });
    expect(expectOk(await core.dispatch('icps:get', { id: kept.id, source: 'cache' }))).toMatchObject({ icp: kept, source: 'cache' });
    // A detail fetched later clears the mark.
    expectOk(await core.dispatch('icps:get', { id: kept.id, source: 'network' }));
    const cleared = listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })));
    expect(cleared.items.find((item) => item.id === kept.id)?.refused).toBeNull();

    // Deleted on the server: the 404 refreshes the list, which no longer has it, so it leaves.
    const gone = aliceIcps[1]!;
    expectOk(await core.dispatch('icps:get', { id: gone.id, source: 'network' }));
    expect(expectOk(await core.dispatch('icps:get', { id: gone.id, source: 'cache' }))).toMatchObject({ source: 'cache' });
    server.setIcps(samples.filter((icp) => icp.id !== gone.id));
    const missing = await core.dispatch('icps:get', { id: gone.id, source: 'network' });
    expect(!missing.ok && missing.error).toMatchObject({ kind: 'notFound', apiMessage: `ICP not found: ${gone.id}` });
    expect(expectOk(await core.dispatch('icps:get', { id: gone.id, source: 'cache' }))).toBeNull();
    const cached = listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })));
    expect(cached.items.some((item) => item.id === gone.id)).toBe(false);
    server.setIcps(samples);
  });

  it('answers a 500 on one detail without touching the rest', async () => {
    const target = aliceIcps[2]!;
    server.setFaults([{ on: 'get', id: target.id, kind: 'status', status: 500 }]);
    const failed = await core.dispatch('icps:get', { id: target.id, source: 'network' });
    expect(!failed.ok && failed.error).toMatchObject({ kind: 'server', status: 500 });
    expectOk(await core.dispatch('icps:get', { id: aliceIcps[3]!.id, source: 'network' }));
  });
});

describe('hostile arguments from the renderer', () => {
  let core: TestCore;
  beforeAll(async () => {
    core = newCore();
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token }));
  });

  const hostile: [string, unknown][] = [
    ['a non-UUID id', { id: 'not-a-uuid', source: 'network' }],
    ['a path traversal id', { id: '../admin', source: 'network' }],
    ['an encoded traversal', { id: '%2e%2e%2fadmin', source: 'network' }],
    ['a 10 MB id', { id: 'a'.repeat(10 * 1024 * 1024), source: 'network' }],
    ['a number id', { id: 42, source: 'network' }],
    ['an array id', { id: [aliceIcps[0]!.id], source: 'network' }],
    ['a missing source', { id: aliceIcps[0]!.id }],
    ['an unknown source', { id: aliceIcps[0]!.id, source: 'file' }],
    ['an extra key', { id: aliceIcps[0]!.id, source: 'network', url: 'http://evil.example' }],
    ['a __proto__ key', JSON.parse(`{"id":"${aliceIcps[0]!.id}","source":"network","__proto__":{"admin":true}}`)],
    ['a constructor key', { id: aliceIcps[0]!.id, source: 'network', constructor: { prototype: {} } }],
    ['a string', 'icps'],
    ['null', null],
    ['an array', []],
  ];

  it.each(hostile)('icps:get with %s gets a typed badRequest and never reaches the network', async (_name, request) => {
    server.requests.length = 0;
    const result = await core.dispatch('icps:get', request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('badRequest');
    expect(result.error.message.length).toBeLessThan(300);
    expect(server.requests).toEqual([]);
  });

  it('refuses a 10 MB token and a javascript: base URL at sign-in without a request', async () => {
    server.requests.length = 0;
    const huge = await core.dispatch('session:signIn', { baseUrl: server.url, token: 'x'.repeat(10 * 1024 * 1024) });
    expect(!huge.ok && huge.error).toMatchObject({ kind: 'badRequest', field: 'token' });
    expect(!huge.ok && huge.error.message).not.toContain('xxxx');
    const js = await core.dispatch('session:signIn', { baseUrl: 'javascript:alert(1)', token: 't' });
    expect(!js.ok && js.error.kind).toBe('badRequest');
    expect(server.requests).toEqual([]);
  });

  it('refuses unknown channels and wrong types on every channel', async () => {
    expect(await core.dispatch('session:steal', {})).toMatchObject({ ok: false, error: { kind: 'badRequest' } });
    expect(await core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { kind: 'badRequest' } });
    // Removed: nothing in the app opened links over IPC, so no page may ask main to.
    expect(await core.dispatch('links:open', { url: 'https://example.com' })).toMatchObject({ ok: false, error: { kind: 'badRequest' } });
    for (const channel of CHANNELS) {
      const result = await core.dispatch(channel, { unexpected: 1 });
      expect(result, channel).toMatchObject({ ok: false, error: { kind: 'badRequest' } });
    }
  });
});
