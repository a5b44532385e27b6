import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryMarks } from '../../../src/shared/history/history-schema';
import type { Icp } from '../../../src/shared/icp-schema';
import type { Channel, RequestOf, ResponseOf } from '../../../src/shared/ipc-contract';
import { fixtureIcps } from '../../support/fixture-icps';
import { startTestApiServer, type TestApiServer } from '../../support/test-api/test-api-server';
import { expectOk, filesUnder, testCores, type TestCore } from '../../support/test-core';

/*
 * The history as main wires it: every ICP the core receives (list, detail, "make available
 * offline") is recorded in the open account's folder, and the history:* channels answer the
 * renderer. Real main core, real keychain, the test API on 127.0.0.1 changing ICPs between
 * refreshes.
 */

const now = new Date();
const original = fixtureIcps(now) as Icp[];
const ALICE = 'user_abc123';
const mine = original.filter((icp) => icp.userIds.includes(ALICE));
const [edited, detailEdited, syncEdited, deleted] = mine;
let server: TestApiServer;
let token: string;
let exports: string;
const cores = testCores();

beforeAll(async () => {
  server = await startTestApiServer({ now });
  token = server.users[0]!.token;
  exports = mkdtempSync(join(tmpdir(), 'icp-desk-history-exports-'));
});
afterEach(() => {
  server.clearFaults();
  server.setIcps(original);
});
afterAll(async () => {
  await cores.disposeAll();
  await server.close();
  rmSync(exports, { recursive: true, force: true });
});

/** The server's ICPs with one changed (a copy), dated a minute later. */
const withChange = (icps: readonly Icp[], id: string, change: Partial<Icp>): Icp[] =>
  icps.map((icp) => (icp.id === id ? { ...icp, ...change, updatedAt: new Date(now.getTime() + 60_000).toISOString() } : icp));

async function signedIn(): Promise<TestCore> {
  const core = cores.create();
  expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token }));
  return core;
}

/** core.dispatch typed by the contract (it answers any channel, so its own type is loose). */
const ask = <C extends Channel>(core: TestCore, channel: C, request: RequestOf<C>) => core.dispatch(channel, request) as Promise<ResponseOf<C>>;
const marks = async (core: TestCore): Promise<HistoryMarks> => expectOk(await ask(core, 'history:marks', {}));
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('the history wired into main', () => {
  it('starts every ICP of the first list as reviewed, then marks what later refreshes changed, added and removed', async () => {
    const core = await signedIn();
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    expect(await marks(core)).toEqual({ newIds: [], changedIds: [], removed: [] });

    const added = { ...original[0]!, id: '0f6d8a1e-3b7c-4e2a-9c5d-7a8b9c0d1e2f', name: 'Added on the server', userIds: [ALICE] };
    server.setIcps([...withChange(original, edited!.id, { leadsPerList: 77 }).filter((icp) => icp.id !== deleted!.id), added]);
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    const after = await marks(core);
    expect(after.changedIds).toEqual([edited!.id]);
    expect(after.newIds).toEqual([added.id]);
    expect(ids(after.removed)).toEqual([deleted!.id]);
    // The removed ICP's last copy is the one the server last sent, exactly.
    expect(after.removed[0]!.last!.icp).toEqual(deleted);

    const versions = expectOk(await ask(core, 'history:versions', { id: edited!.id }));
    expect(versions.status).toMatchObject({ review: 'changed', newestSeq: 2, reviewedSeq: 1, versions: 2 });
    expect(versions.versions.map((version) => [version.seq, version.source, version.icp.leadsPerList])).toEqual([
      [2, 'list', 77],
      [1, 'list', edited!.leadsPerList],
    ]);
  });

  it('records what a detail and "make available offline" receive, and a 404 as removed', async () => {
    const core = await signedIn();
    server.setIcps(withChange(original, detailEdited!.id, { description: 'Edited on the server after the list' }));
    expectOk(await core.dispatch('icps:get', { id: detailEdited!.id, source: 'network' }));
    const detail = expectOk(await ask(core, 'history:versions', { id: detailEdited!.id }));
    expect(detail.versions[0]).toMatchObject({ seq: 2, source: 'detail' });
    expect(detail.versions[0]!.icp.description).toBe('Edited on the server after the list');

    server.setIcps(withChange(original, syncEdited!.id, { leadsPerList: 3 }));
    expectOk(await core.dispatch('offline:sync', {}));
    const synced = expectOk(await ask(core, 'history:versions', { id: syncEdited!.id }));
    expect(synced.versions[0]).toMatchObject({ seq: 2, source: 'sync' });
    // The detail ICP went back to its first content: that is a version too, as received.
    expect((await marks(core)).changedIds.sort()).toEqual([detailEdited!.id, syncEdited!.id].sort());

    server.setIcps(original.filter((icp) => icp.id !== deleted!.id));
    const gone = await core.dispatch('icps:get', { id: deleted!.id, source: 'network' });
    expect(gone.ok).toBe(false);
    expect(ids((await marks(core)).removed)).toEqual([deleted!.id]);
  });

  it('marks reviewed (one or many), dismisses removed ICPs, and keeps all of it across a restart', async () => {
    const core = await signedIn();
    server.setIcps(
      withChange(withChange(original, edited!.id, { leadsPerList: 11 }), detailEdited!.id, { leadsPerList: 12 }).filter((icp) => icp.id !== deleted!.id),
    );
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    expect((await marks(core)).changedIds).toHaveLength(2);

    const unknownId = '11111111-2222-4333-8444-555555555555';
    expect(expectOk(await ask(core, 'history:markReviewed', { ids: [edited!.id, unknownId] }))).toEqual({ marked: [edited!.id], unknown: [unknownId] });
    expect((await marks(core)).changedIds).toEqual([detailEdited!.id]);
    expectOk(await ask(core, 'history:markReviewed', { ids: [detailEdited!.id] }));
    expect(expectOk(await ask(core, 'history:dismissRemoved', { ids: [deleted!.id, edited!.id] }))).toEqual({ dismissed: [deleted!.id] });
    expect(await marks(core)).toEqual({ newIds: [], changedIds: [], removed: [] });

    // Changed again, then the app restarts on the same data folder and keychain.
    server.setIcps(withChange(original, edited!.id, { leadsPerList: 13 }));
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    await core.dispose();
    const restarted = cores.create({ dataDir: core.dataDir, service: core.service });
    expect(expectOk(await ask(restarted, 'session:status', {})).state).toBe('signedIn');
    const kept = await marks(restarted);
    // detailEdited went back to its first content after it was reviewed: a change like any other.
    expect([...kept.changedIds].sort()).toEqual([edited!.id, detailEdited!.id].sort());
    // The deleted ICP is listed again: seen before and dismissed, so it is New, not reviewed.
    expect(kept.newIds).toEqual([deleted!.id]);
    expect(expectOk(await ask(restarted, 'history:versions', { id: edited!.id })).versions.map((version) => version.icp.leadsPerList)).toEqual([
      13,
      11,
      edited!.leadsPerList,
    ]);
  });

  it('exports one version exactly as received, through the save dialog, and refuses bad arguments', async () => {
    const core = await signedIn();
    server.setIcps(withChange(original, edited!.id, { leadsPerList: 99 }));
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    const path = join(exports, 'version-1.json');
    core.saveAnswers.push(path);
    expect(expectOk(await ask(core, 'history:exportVersion', { id: edited!.id, seq: 1 }))).toEqual({ saved: true, path, count: 1 });
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(edited, null, 2));
    expect(core.savePrompts.at(-1)).toMatch(/^icp-.+-v1-\d{4}-\d{2}-\d{2}\.json$/);

    core.saveAnswers.push(null);
    expect(expectOk(await ask(core, 'history:exportVersion', { id: edited!.id, seq: 2 }))).toEqual({ saved: false });
    const missing = await ask(core, 'history:exportVersion', { id: edited!.id, seq: 9 });
    expect(missing.ok || missing.error.kind).toBe('notFound');

    for (const [channel, request] of [
      ['history:versions', { id: 'not-a-guid' }],
      ['history:exportVersion', { id: edited!.id, seq: 0 }],
      ['history:markReviewed', { ids: [] }],
      ['history:dismissRemoved', { ids: [edited!.id], extra: true }],
    ] as const) {
      const refused = await core.dispatch(channel, request as never);
      expect(refused.ok || refused.error.kind).toBe('badRequest');
    }
  });

  it('keeps the history in the account folder beside cache/, never with the token, and removes it with the account', async () => {
    const core = await signedIn();
    server.setIcps(withChange(original, edited!.id, { leadsPerList: 42 }));
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    await marks(core);
    const accounts = join(core.dataDir, 'accounts');
    const [folder] = readdirSync(accounts);
    expect(readdirSync(join(accounts, folder!)).sort()).toEqual(expect.arrayContaining(['cache', 'history']));
    const historyFiles = filesUnder(join(accounts, folder!, 'history'));
    expect(historyFiles.length).toBeGreaterThan(1);
    for (const file of filesUnder(core.dataDir)) expect(file.text.includes(token), file.path).toBe(false);

    const { accounts: listed } = expectOk(await ask(core, 'accounts:list', {}));
    expectOk(await core.dispatch('accounts:remove', { id: listed[0]!.id }));
    expect(readdirSync(accounts)).toEqual([]);
    const after = await ask(core, 'history:marks', {});
    expect(after.ok || after.error.kind).toBe('notSignedIn');
  });
});
