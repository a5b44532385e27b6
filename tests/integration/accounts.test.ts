import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import keytar from 'keytar';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';
import { fixtureIcps } from '../support/fixture-icps';
import { createKeychainTokenStore } from '../../src/main/secrets/token-store';
import { MAX_ACCOUNTS, type AccountList } from '../../src/shared/accounts/account-schema';
import type { Icp } from '../../src/shared/icp-schema';
import type { ListView } from '../../src/shared/ipc-contract';
import { DEMO_TOKENS } from '../support/demo-http';
import { keychainEntries, openedAccount } from '../support/account-checks';
import { demoServerPerFile } from '../support/demo-server-per-file';
import { listedPage } from '../support/list-page';
import { expectOk, filesUnder, type TestCore } from '../support/test-core';

/*
 * Several accounts side by side, over the real keychain (a private gnome-keyring, see
 * scripts/run-tests.mjs) and the real disk: each test looks at the folders under accounts/ and
 * at the keychain entries of its core's service.
 */

const now = new Date();
const samples = fixtureIcps(now) as Icp[];
const idsOf = (userId: string) =>
  samples
    .filter((icp) => icp.userIds.includes(userId))
    .map((icp) => icp.id)
    .sort();
const ALICE_IDS = idsOf('user_abc123');
const BOB_IDS = idsOf('user_xyz789');
const file = demoServerPerFile(now, samples);
const { cores } = file;
let server: TestApiServer;
beforeAll(() => {
  server = file.server;
});

const add = async (core: TestCore, token: string, label?: string) =>
  openedAccount(await core.dispatch('accounts:add', { baseUrl: server.url, token, ...(label ? { label } : {}) }));
const listOf = async (core: TestCore) => expectOk(await core.dispatch('accounts:list', {})) as AccountList;
const cachedIds = async (core: TestCore) =>
  listedPage(expectOk(await core.dispatch('icps:list', { source: 'cache' })))
    .items.map((item) => item.id)
    .sort();
const folders = (core: TestCore) => (existsSync(join(core.dataDir, 'accounts')) ? readdirSync(join(core.dataDir, 'accounts')).sort() : []);
const entriesOf = (core: TestCore) => keychainEntries(core.service);

describe('adding accounts', () => {
  it('keeps two accounts on one API with different tokens apart: own id, keychain entry and folder', async () => {
    const core = cores.create();
    const alice = await add(core, DEMO_TOKENS.alice);
    const bob = await add(core, DEMO_TOKENS.bob, 'Bob (admin review)');
    expect(alice).toMatchObject({ kind: 'account', label: new URL(server.url).host, baseUrl: server.url });
    expect(bob.label).toBe('Bob (admin review)');
    expect(alice.id).toMatch(/^[0-9a-f]{32}$/);
    expect(bob.id).not.toBe(alice.id);
    expect(await listOf(core)).toEqual({ accounts: [alice, bob].map((a) => ({ ...a, lastSyncAt: expect.any(String) })), activeId: bob.id });

    expect(await entriesOf(core)).toEqual({ [alice.id]: DEMO_TOKENS.alice, [bob.id]: DEMO_TOKENS.bob });
    expect(folders(core)).toEqual([alice.id, bob.id].sort());
    expect(await cachedIds(core)).toEqual(BOB_IDS);
    for (const file of filesUnder(core.dataDir)) {
      expect(file.text, file.path).not.toContain(DEMO_TOKENS.alice);
      expect(file.text, file.path).not.toContain(DEMO_TOKENS.bob);
    }
  });

  it('opens the existing account when the same token is added again', async () => {
    const core = cores.create();
    const alice = await add(core, DEMO_TOKENS.alice);
    await add(core, DEMO_TOKENS.bob);
    expect((await add(core, DEMO_TOKENS.alice)).id).toBe(alice.id);
    expect((await listOf(core)).accounts).toHaveLength(2);
  });

  it('refuses a token with a line break or a space before anything is sent', async () => {
    const core = cores.create();
    const alice = await add(core, DEMO_TOKENS.alice);
    server.requests.length = 0;
    const calls: [string, unknown][] = [
      ['accounts:add', { baseUrl: server.url, token: 'demo-token\n-bob' }],
      ['session:signIn', { baseUrl: server.url, token: 'demo token bob' }],
      ['accounts:reauth', { id: alice.id, token: 'tökén' }],
    ];
    for (const [channel, request] of calls) {
      const result = await core.dispatch(channel, request);
      expect(!result.ok && result.error, channel).toEqual({
        kind: 'badRequest',
        field: 'token',
        message: 'ICP Desk refused an invalid request: The token can only hold printable ASCII characters, without spaces or line breaks (token)',
      });
    }
    // Pasted with a trailing line break, a token is still accepted: the break is trimmed.
    expect((await add(core, `${DEMO_TOKENS.bob}\n`)).baseUrl).toBe(server.url);
    expect(server.requests.map((request) => request.path)).toEqual(['/api/v1/entities/icps']);
  });

  it(`refuses account ${MAX_ACCOUNTS + 1} with a clear message, without a request, and keeps the others`, async () => {
    const users = Array.from({ length: MAX_ACCOUNTS + 1 }, (_, i) => ({ id: `user_many_${i}`, token: `many-token-${i}`, admin: false }));
    const many = await startTestApiServer({ now, users });
    const core = cores.create();
    try {
      for (const user of users.slice(0, MAX_ACCOUNTS)) expectOk(await core.dispatch('accounts:add', { baseUrl: many.url, token: user.token }));
      many.requests.length = 0;
      const refused = await core.dispatch('accounts:add', { baseUrl: many.url, token: users[MAX_ACCOUNTS]!.token });
      expect(!refused.ok && refused.error).toEqual({
        kind: 'limit',
        message: `ICP Desk keeps at most ${MAX_ACCOUNTS} accounts. Remove one you no longer use, then add this one.`,
      });
      const demo = await core.dispatch('accounts:addDemo', {});
      expect(!demo.ok && demo.error.kind).toBe('limit');
      expect(many.requests).toEqual([]);
      expect(folders(core)).toHaveLength(MAX_ACCOUNTS);
      expect(Object.keys(await entriesOf(core))).toHaveLength(MAX_ACCOUNTS);
      expectOk(await core.dispatch('icps:list', { source: 'network' }));
    } finally {
      await many.close();
    }
  });
});

describe('switching', () => {
  it('shows the other account from its cache without a request, keeps a view per account, and restarts into the last one', async () => {
    const core = cores.create();
    const alice = await add(core, DEMO_TOKENS.alice);
    const aliceView: ListView = {
      search: 'germany',
      sort: 'activeUntil',
      expiry: ['active'],
      searchTypes: [],
      customFilterTypes: [],
      hasCrmFilters: false,
      offlineOnly: false,
    };
    expectOk(await core.dispatch('view:save', { view: aliceView }));
    const bob = await add(core, DEMO_TOKENS.bob);
    expect(expectOk(await core.dispatch('view:get', {}))).toBeNull();

    server.requests.length = 0;
    expect(openedAccount(await core.dispatch('accounts:switch', { id: alice.id })).id).toBe(alice.id);
    expect(await cachedIds(core)).toEqual(ALICE_IDS);
    expect(expectOk(await core.dispatch('view:get', {}))).toEqual(aliceView);
    expect(server.requests).toEqual([]);
    expect(readFileSync(join(core.dataDir, 'accounts', alice.id, 'view.json'), 'utf8')).toContain('germany');
    expect(existsSync(join(core.dataDir, 'accounts', bob.id, 'view.json'))).toBe(false);

    const restarted = cores.create({ dataDir: core.dataDir, service: core.service });
    expect(openedAccount(await restarted.dispatch('session:status', {})).id).toBe(alice.id);
    expect(await cachedIds(restarted)).toEqual(ALICE_IDS);
    expect(expectOk(await restarted.dispatch('view:get', {}))).toEqual(aliceView);
  });

  it('notes the last sync of each account when its list comes from the API', async () => {
    let clock = new Date('2026-11-20T08:00:00.000Z');
    const core = cores.create({ clock: () => clock });
    const alice = await add(core, DEMO_TOKENS.alice);
    expect(alice.lastSyncAt).toBe('2026-11-20T08:00:00.000Z');
    await add(core, DEMO_TOKENS.bob);
    clock = new Date('2026-11-21T08:00:00.000Z');
    expectOk(await core.dispatch('accounts:switch', { id: alice.id }));
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    const listed = await listOf(core);
    expect(listed.accounts.map((a) => a.lastSyncAt)).toEqual(['2026-11-21T08:00:00.000Z', '2026-11-20T08:00:00.000Z']);
  });

  it('refuses an unknown account id', async () => {
    const core = cores.create();
    const result = await core.dispatch('accounts:switch', { id: '0'.repeat(32) });
    expect(!result.ok && result.error).toEqual({ kind: 'notFound', message: 'That account is no longer in the list.' });
  });
});

describe('renaming', () => {
  it('changes only the label, keeps it across a restart, falls back to the host when emptied, and refuses control characters', async () => {
    const core = cores.create();
    const alice = await add(core, DEMO_TOKENS.alice);
    const bob = await add(core, DEMO_TOKENS.bob);
    const renamed = expectOk(await core.dispatch('accounts:rename', { id: alice.id, label: '  Acme production ' })) as AccountList;
    expect(renamed.activeId).toBe(bob.id);
    expect(renamed.accounts[0]).toEqual({ ...alice, label: 'Acme production', lastSyncAt: expect.any(String) });
    expect((await listOf(cores.create({ dataDir: core.dataDir, service: core.service }))).accounts[0]!.label).toBe('Acme production');

    const emptied = expectOk(await core.dispatch('accounts:rename', { id: alice.id, label: '' })) as AccountList;
    expect(emptied.accounts[0]!.label).toBe(new URL(server.url).host);
    const refused = await core.dispatch('accounts:rename', { id: alice.id, label: 'Acme\u202eorp' });
    expect(!refused.ok && refused.error.kind).toBe('badRequest');
    const unknown = await core.dispatch('accounts:rename', { id: '0'.repeat(32), label: 'x' });
    expect(!unknown.ok && unknown.error.kind).toBe('notFound');
  });
});

describe('removing', () => {
  it('deletes the keychain entry and the whole folder; the next account opens, the last one leaves the sign-in screen', async () => {
    const core = cores.create();
    const alice = await add(core, DEMO_TOKENS.alice);
    const bob = await add(core, DEMO_TOKENS.bob);
    const demo = openedAccount(await core.dispatch('accounts:addDemo', {}));
    expect(demo).toMatchObject({ kind: 'demo', label: 'Demo workspace', baseUrl: null });
    expect(openedAccount(await core.dispatch('session:signInDemo', {})).id).toBe(demo.id);
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    expectOk(await core.dispatch('accounts:switch', { id: alice.id }));
    expectOk(await core.dispatch('offline:sync', {}));
    expect(filesUnder(join(core.dataDir, 'accounts', alice.id)).length).toBeGreaterThan(ALICE_IDS.length);

    // Not the open one: the open account stays.
    expect(openedAccount(await core.dispatch('accounts:remove', { id: bob.id })).id).toBe(alice.id);
    expect(await entriesOf(core)).toEqual({ [alice.id]: DEMO_TOKENS.alice });
    expect(folders(core)).toEqual([alice.id, demo.id].sort());

    // The open one: the next in the list opens.
    expect(openedAccount(await core.dispatch('accounts:remove', { id: alice.id })).id).toBe(demo.id);
    expect(await entriesOf(core)).toEqual({});
    expect(folders(core)).toEqual([demo.id]);

    expect(expectOk(await core.dispatch('accounts:remove', { id: demo.id }))).toEqual({ state: 'signedOut', lastBaseUrl: server.url });
    expect(folders(core)).toEqual([]);
    expect(await listOf(core)).toEqual({ accounts: [], activeId: null });
    const restarted = cores.create({ dataDir: core.dataDir, service: core.service });
    expect(expectOk(await restarted.dispatch('session:status', {}))).toEqual({ state: 'signedOut', lastBaseUrl: server.url });
  });
});

describe('a new token for an account (after a 401)', () => {
  it('replaces the keychain entry and keeps the folder and its cache; a refused token changes nothing', async () => {
    const local = await startTestApiServer({ now });
    const core = cores.create();
    try {
      const alice = openedAccount(await core.dispatch('accounts:add', { baseUrl: local.url, token: DEMO_TOKENS.alice }));
      expectOk(await core.dispatch('icps:get', { id: ALICE_IDS[0]!, source: 'network' }));
      const before = filesUnder(join(core.dataDir, 'accounts'))
        .map((file) => file.path)
        .sort();
      local.revokeToken(DEMO_TOKENS.alice);
      const expired = await core.dispatch('icps:list', { source: 'network' });
      expect(!expired.ok && expired.error.kind).toBe('unauthorized');

      const wrong = await core.dispatch('accounts:reauth', { id: alice.id, token: 'not-the-token' });
      expect(!wrong.ok && wrong.error.message).toMatch(/^This token was not accepted by http:\/\/127\.0\.0\.1:\d+ \(UNAUTHORIZED/);
      expect(await entriesOf(core)).toEqual({ [alice.id]: DEMO_TOKENS.alice });

      const renewed = 'demo-token-alice-renewed';
      local.addUser({ id: 'user_abc123', token: renewed, admin: false });
      expect(openedAccount(await core.dispatch('accounts:reauth', { id: alice.id, token: renewed })).id).toBe(alice.id);
      expect(await entriesOf(core)).toEqual({ [alice.id]: renewed });
      expect(folders(core)).toEqual([alice.id]);
      expect(
        filesUnder(join(core.dataDir, 'accounts'))
          .map((file) => file.path)
          .sort(),
      ).toEqual(before);
      expect(expectOk(await core.dispatch('icps:get', { id: ALICE_IDS[0]!, source: 'cache' }))).toMatchObject({ source: 'cache' });
      expect(
        listedPage(expectOk(await core.dispatch('icps:list', { source: 'network' })))
          .items.map((item) => item.id)
          .sort(),
      ).toEqual(ALICE_IDS);
      const demo = openedAccount(await core.dispatch('accounts:addDemo', {}));
      const noToken = await core.dispatch('accounts:reauth', { id: demo.id, token: 'anything' });
      expect(!noToken.ok && noToken.error).toEqual({ kind: 'badRequest', message: 'The demo workspace needs no token.' });
    } finally {
      await local.close();
    }
  });

  it('an entry removed outside the app: the cache still shows, and the API calls ask for the token', async () => {
    const core = cores.create();
    const alice = await add(core, DEMO_TOKENS.alice);
    await add(core, DEMO_TOKENS.bob);
    await keytar.deletePassword(core.service, alice.id);
    expectOk(await core.dispatch('accounts:switch', { id: alice.id }));
    expect(await cachedIds(core)).toEqual(ALICE_IDS);
    const refresh = await core.dispatch('icps:list', { source: 'network' });
    expect(!refresh.ok && refresh.error).toEqual({
      kind: 'unauthorized',
      message: `The keychain has no token for ${alice.label} (it was removed outside ICP Desk). Enter the token to sign in again.`,
    });
    expectOk(await core.dispatch('accounts:reauth', { id: alice.id, token: DEMO_TOKENS.alice }));
    expect((await entriesOf(core))[alice.id]).toBe(DEMO_TOKENS.alice);
  });
});

describe('a keychain that refuses one account', () => {
  it("fails that account with the keychain's message and leaves the others working", async () => {
    const refusedNames = new Set<string>();
    const refusal = () => new Error('Cannot create an item in a locked collection');
    const picky: Pick<typeof keytar, 'getPassword' | 'setPassword' | 'deletePassword'> = {
      getPassword: async (service, account) => (refusedNames.has(account) ? Promise.reject(refusal()) : keytar.getPassword(service, account)),
      setPassword: async (service, account, password) =>
        password === DEMO_TOKENS.admin ? Promise.reject(refusal()) : keytar.setPassword(service, account, password),
      deletePassword: async (service, account) => (refusedNames.has(account) ? Promise.reject(refusal()) : keytar.deletePassword(service, account)),
    };
    const service = `ICP Desk test picky ${process.pid}-${Date.now()}`;
    const core = cores.create({ service, tokenStore: createKeychainTokenStore(service, picky) });
    const alice = await add(core, DEMO_TOKENS.alice);
    const bob = await add(core, DEMO_TOKENS.bob);

    // Adding: the keychain refuses the token, so the account is not added and leaves nothing.
    const admin = await core.dispatch('accounts:add', { baseUrl: server.url, token: DEMO_TOKENS.admin });
    expect(!admin.ok && admin.error.kind).toBe('keychain');
    expect(!admin.ok && admin.error.message).toMatch(/^ICP Desk could not save the token in the OS keychain: .*Cannot create an item in a locked collection/);
    expect((await listOf(core)).accounts.map((a) => a.id)).toEqual([alice.id, bob.id]);
    expect(folders(core)).toEqual([alice.id, bob.id].sort());

    // Switching to an account whose entry cannot be read fails; the open one stays open and working.
    refusedNames.add(alice.id);
    const switched = await core.dispatch('accounts:switch', { id: alice.id });
    expect(!switched.ok && switched.error.kind).toBe('keychain');
    expect(!switched.ok && switched.error.message).toContain('could not read the token from the OS keychain');
    expect((await listOf(core)).activeId).toBe(bob.id);
    expect(
      listedPage(expectOk(await core.dispatch('icps:list', { source: 'network' })))
        .items.map((item) => item.id)
        .sort(),
    ).toEqual(BOB_IDS);

    // Removing it fails too, and removes nothing: it can be removed once the keychain works.
    const removed = await core.dispatch('accounts:remove', { id: alice.id });
    expect(!removed.ok && removed.error.message).toMatch(/^127\.0\.0\.1:\d+ was not removed: ICP Desk could not remove the token from the OS keychain/);
    expect(folders(core)).toEqual([alice.id, bob.id].sort());
    refusedNames.clear();
    expectOk(await core.dispatch('accounts:remove', { id: alice.id }));
    expect(folders(core)).toEqual([bob.id]);
  });
});
