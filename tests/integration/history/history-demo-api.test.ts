import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../../src/main/api/api-client';
import { changeSummaryLine } from '../../../src/shared/history/change-summary';
import type { Icp } from '../../../src/shared/icp-schema';
import { DEMO_TOKENS } from '../../support/demo-http';
import { fixtureIcps } from '../../support/fixture-icps';
import { startTestApiServer, type TestApiServer } from '../../support/test-api/test-api-server';
import { historyFixture, START, unwrap } from './history-fixture';

/*
 * The history fed by the real API client from the test API (the demo endpoints) over HTTP, as main will feed it: the
 * server's ICPs change between refreshes and the history says what changed.
 */

let server: TestApiServer;
let client: ApiClient;
beforeAll(async () => {
  server = await startTestApiServer({ now: START });
  client = unwrap(createApiClient({ baseUrl: server.url, token: DEMO_TOKENS.alice }));
});
afterAll(() => server.close());

const list = async () => unwrap(await client.listIcps());

describe('history against the demo API endpoints', () => {
  it('says which ICPs changed, were touched or left the list between two refreshes', async () => {
    const raw = fixtureIcps(START) as Icp[];
    server.setIcps(raw);
    const h = historyFixture();
    const first = await list();
    expect(first.invalid).toEqual([]);
    await h.store.recordReceived(first.icps, { source: 'list' });

    // A colleague edits two ICPs in the platform, saves a third unchanged and deletes a fourth.
    const mine = first.icps.map((icp) => icp.id);
    const [editedId, narrowedId, savedId, deletedId] = mine;
    const later = '2026-11-24T08:30:00.000Z';
    server.setIcps(
      raw
        .filter((icp) => icp.id !== deletedId)
        .map((icp) => {
          if (icp.id === editedId) return { ...icp, leadsPerList: 50, updatedAt: later };
          if (icp.id === narrowedId) return { ...icp, userIds: [...icp.userIds, 'user_new_colleague'], updatedAt: later };
          if (icp.id === savedId) return { ...icp, updatedAt: later };
          return icp;
        }),
    );
    h.advanceDays(1);
    const second = await list();
    const changes = unwrap(
      await h.store.recordReceived(second.icps, { source: 'list', unreadableIds: second.invalid.flatMap((item) => (item.id ? [item.id] : [])) }),
    );
    expect(changes).toEqual({ newIds: [], changedIds: [editedId, narrowedId], touchedIds: [savedId], removedIds: [deletedId], returnedIds: [], warnings: [] });

    const overview = unwrap(await h.store.overview());
    expect(overview).toEqual({ newIds: [], changedIds: [editedId, narrowedId], removed: [{ id: deletedId, removedAt: h.clock().toISOString() }] });
    const [newest, previous] = unwrap(await h.store.versions(editedId!));
    expect(changeSummaryLine(previous!.icp, newest!.icp)).toMatch(/^Leads per list \d+ \u2192 50$/);
    const [widened, before] = unwrap(await h.store.versions(narrowedId!));
    expect(changeSummaryLine(before!.icp, widened!.icp)).toBe('Users: +user_new_colleague');

    // The detail of the edited ICP, fetched afterwards, is the same version: nothing new.
    const detail = unwrap(await client.getIcp(editedId!));
    h.takeWrites();
    expect(unwrap(await h.store.recordReceived([detail], { source: 'detail' }))).toMatchObject({ changedIds: [], touchedIds: [] });
    expect(h.takeWrites()).toEqual([]);
  });

  it('shows the next list after the first run with every ICP reviewed and nothing written', async () => {
    server.setIcps(fixtureIcps(START));
    const h = historyFixture();
    await h.store.recordReceived((await list()).icps, { source: 'list' });
    h.takeWrites();
    const again = unwrap(await h.store.recordReceived((await list()).icps, { source: 'list' }));
    expect(again).toEqual({ newIds: [], changedIds: [], touchedIds: [], removedIds: [], returnedIds: [], warnings: [] });
    expect(h.takeWrites()).toEqual([]);
    expect(unwrap(await h.store.overview())).toEqual({ newIds: [], changedIds: [], removed: [] });
  });
});
