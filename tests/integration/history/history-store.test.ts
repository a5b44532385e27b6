import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeSummaryLine } from '../../../src/shared/history/change-summary';
import { HistoryOverview, IcpHistoryStatus, IcpVersion, RecordedChanges } from '../../../src/shared/history/history-schema';
import type { Icp } from '../../../src/shared/icp-schema';
import { edited } from '../../support/json-edit';
import { historyFixture, sample, unwrap } from './history-fixture';

/** Keys in reverse order at every level, arrays untouched: what another API version might send. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reverseKeys((value as Record<string, unknown>)[key])]),
  ) as T;
}

describe('history store: recording what main receives', () => {
  it('starts every ICP of the first list as reviewed at its current version (no wall of "New")', async () => {
    const h = historyFixture();
    const icps = sample();
    const changes = unwrap(await h.store.recordReceived(icps, { source: 'list' }));
    expect(changes.newIds).toEqual(icps.map((icp) => icp.id));
    expect(unwrap(await h.store.overview())).toEqual({ newIds: [], changedIds: [], removed: [] });
    expect(unwrap(await h.store.status(icps[0]!.id))).toMatchObject({ review: 'reviewed', newestSeq: 1, reviewedSeq: 1, versions: 1 });
    expect(h.takeWrites().sort()).toEqual(expect.arrayContaining(['history/index.json', 'history/review.json']));
  });

  it('writes no file at all for a refresh with nothing changed, key order included', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    h.takeWrites();
    h.advanceDays(1);
    const again = unwrap(await h.store.recordReceived(sample(), { source: 'list' }));
    const reordered = unwrap(await h.store.recordReceived(icps.map(reverseKeys), { source: 'list' }));
    const detail = unwrap(await h.store.recordReceived([reverseKeys(icps[3]!)], { source: 'detail' }));
    const nothing = { newIds: [], changedIds: [], touchedIds: [], removedIds: [], returnedIds: [], warnings: [] };
    expect([again, reordered, detail]).toEqual([nothing, nothing, nothing]);
    expect(h.takeWrites()).toEqual([]);
  });

  it('records an updatedAt that moved alone as "touched": no version, only the index saved', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    h.takeWrites();
    h.advanceDays(1);
    const touched = edited(icps[2]!, [['updatedAt'], '2026-11-24T10:00:00.000Z']);
    const changes = unwrap(await h.store.recordReceived([touched], { source: 'detail' }));
    expect(changes.touchedIds).toEqual([touched.id]);
    expect(changes.changedIds).toEqual([]);
    expect(h.takeWrites()).toEqual(['history/index.json']);
    expect(unwrap(await h.store.status(touched.id))).toMatchObject({ review: 'reviewed', versions: 1, touchedAt: h.clock().toISOString() });
  });

  it('keeps a changed copy as a new version, exactly as received, and marks the ICP "Changed"', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    h.advanceDays(2);
    const before = icps[0]!;
    const after = reverseKeys(
      edited(
        before,
        [['leadsPerList'], 10],
        [
          ['leadProviderCriteria', 0, 'filters', 'job_title'],
          ['CFO', 'VP Engineering', 'IT Director'],
        ],
        [['updatedAt'], '2026-11-25T08:00:00.000Z'],
      ),
    );
    const changes = unwrap(await h.store.recordReceived([after, ...icps.slice(1)], { source: 'list' }));
    expect(changes.changedIds).toEqual([before.id]);

    const versions = unwrap(await h.store.versions(before.id));
    expect(versions.map((v) => [v.seq, v.seenAt, v.source])).toEqual([
      [2, h.clock().toISOString(), 'list'],
      [1, '2026-11-23T09:00:00.000Z', 'list'],
    ]);
    // Raw objects as received, key order included: what a JSON export of a version writes.
    expect(JSON.stringify(versions[0]!.icp)).toBe(JSON.stringify(after));
    expect(JSON.stringify(versions[1]!.icp)).toBe(JSON.stringify(before));
    expect(changeSummaryLine(versions[1]!.icp, versions[0]!.icp)).toBe('Job title: +CFO \u2212CTO; Leads per list 25 \u2192 10');

    expect(unwrap(await h.store.status(before.id))).toMatchObject({ review: 'changed', newestSeq: 2, reviewedSeq: 1, versions: 2 });
    expect(unwrap(await h.store.overview()).changedIds).toEqual([before.id]);
  });

  it('marks one or many ICPs reviewed at their newest version, and answers back ids it never saw', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    const changed = icps.slice(0, 3).map((icp) => edited(icp, [['name'], `${icp.name} (v2)`]));
    await h.store.recordReceived([...changed, ...icps.slice(3)], { source: 'list' });
    expect(unwrap(await h.store.overview()).changedIds).toHaveLength(3);

    expect(unwrap(await h.store.markReviewed([changed[0]!.id]))).toEqual({ marked: [changed[0]!.id], unknown: [] });
    expect(unwrap(await h.store.overview()).changedIds).toEqual([changed[1]!.id, changed[2]!.id]);
    const stranger = '00000000-0000-4000-8000-000000000000';
    expect(unwrap(await h.store.markReviewed([changed[1]!.id, changed[2]!.id, stranger]))).toEqual({
      marked: [changed[1]!.id, changed[2]!.id],
      unknown: [stranger],
    });
    expect(unwrap(await h.store.overview()).changedIds).toEqual([]);
    expect(unwrap(await h.store.status(changed[2]!.id))).toMatchObject({ review: 'reviewed', reviewedSeq: 2 });
  });

  it('calls ICPs first seen after the first list "New" until reviewed', async () => {
    const h = historyFixture();
    const [first, ...rest] = sample();
    await h.store.recordReceived(rest, { source: 'list' });
    await h.store.recordReceived([first!, ...rest], { source: 'list' });
    expect(unwrap(await h.store.overview()).newIds).toEqual([first!.id]);
    expect(unwrap(await h.store.status(first!.id))).toMatchObject({ review: 'new', reviewedSeq: null });
    await h.store.markReviewed([first!.id]);
    expect(unwrap(await h.store.overview()).newIds).toEqual([]);
  });

  it('keeps ICPs that left a full list as "Removed" with their last copy until dismissed', async () => {
    const h = historyFixture();
    const icps = sample();
    const [gone, invalid, ...kept] = icps;
    await h.store.recordReceived(icps, { source: 'list' });
    h.advanceDays(1);
    // A detail or a sync is not the whole list: nothing is removed by them.
    await h.store.recordReceived(kept.slice(0, 2), { source: 'detail' });
    await h.store.recordReceived(kept.slice(0, 2), { source: 'sync' });
    expect(unwrap(await h.store.overview()).removed).toEqual([]);

    const changes = unwrap(await h.store.recordReceived(kept, { source: 'list', unreadableIds: [invalid!.id] }));
    const removedAt = h.clock().toISOString();
    expect(changes.removedIds).toEqual([gone!.id]);
    expect(unwrap(await h.store.overview()).removed).toEqual([{ id: gone!.id, removedAt }]);
    const [copy] = unwrap(await h.store.removedCopies());
    expect(copy).toMatchObject({ id: gone!.id, removedAt, last: { seq: 1, icp: gone } });

    // Still gone at the next refresh: removed once, not again.
    expect(unwrap(await h.store.recordReceived(kept, { source: 'list' })).removedIds).toEqual([invalid!.id]);
    expect(unwrap(await h.store.dismissRemoved([gone!.id, kept[0]!.id]))).toEqual([gone!.id]);
    expect(unwrap(await h.store.overview()).removed.map((r) => r.id)).toEqual([invalid!.id]);
    expect(unwrap(await h.store.versions(gone!.id))).toEqual([]);
    expect(unwrap(await h.store.status(kept[0]!.id))).toMatchObject({ review: 'reviewed' });
  });

  it('brings a removed ICP back when it is listed again, and records 403/404s as removed', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    await h.store.recordReceived(icps.slice(1), { source: 'list' });
    const back = unwrap(await h.store.recordReceived(icps, { source: 'list' }));
    expect(back.returnedIds).toEqual([icps[0]!.id]);
    expect(unwrap(await h.store.overview()).removed).toEqual([]);

    expect(unwrap(await h.store.recordGone([icps[4]!.id, icps[4]!.id.toUpperCase(), 'not-a-known-id']))).toEqual([icps[4]!.id]);
    expect(unwrap(await h.store.status(icps[4]!.id))?.removedAt).toBe(h.clock().toISOString());
  });

  it('survives a restart: versions, review marks and removed ICPs are read back, and an unchanged refresh still writes nothing', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    h.advanceDays(1);
    const changed = edited(icps[1]!, [['description'], 'Narrower: DACH only']);
    const later = [changed, ...icps.slice(2)];
    await h.store.recordReceived(later, { source: 'list' });
    const before = { overview: unwrap(await h.store.overview()), versions: unwrap(await h.store.versions(changed.id)) };

    const reopened = h.open();
    expect(unwrap(await reopened.overview())).toEqual(before.overview);
    expect(unwrap(await reopened.versions(changed.id))).toEqual(before.versions);
    h.takeWrites();
    expect(unwrap(await reopened.recordReceived(later, { source: 'list' })).changedIds).toEqual([]);
    expect(h.takeWrites()).toEqual([]);
    expect(h.log.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
  });

  it('answers the same within a session (the copies it holds) as a new session reading its files each time', async () => {
    const icps = sample();
    const jobTitles = ['leadProviderCriteria', 0, 'filters', 'job_title'];
    const first = icps[0]!;
    const changed = edited(first, [['leadsPerList'], 11], [['updatedAt'], '2026-11-24T08:00:00.000Z']);
    const titles = (changed.leadProviderCriteria[0]!.filters as Record<string, unknown>)['job_title'] as unknown[];
    const refreshes: Icp[][] = [
      icps.map(reverseKeys), // key order only: nothing
      [edited(first, [['updatedAt'], '2026-11-24T07:00:00.000Z']), ...icps.slice(1)], // touched
      [changed, ...icps.slice(1)], // a version
      [reverseKeys(changed), ...icps.slice(1)], // the same version, keys reordered: nothing
      [edited(changed, [jobTitles, [...titles].reverse()], [['updatedAt'], '2026-11-25T08:00:00.000Z']), ...icps.slice(1)], // a set reordered: touched
      [edited(changed, [jobTitles, ['CFO']]), ...icps.slice(1)], // a version again
    ];
    const expected = ['', 'touched', 'changed', '', 'touched', 'changed'];
    const held = historyFixture();
    const reread = historyFixture();
    for (const h of [held, reread]) unwrap(await h.store.recordReceived(icps, { source: 'list' }));
    for (const [index, icpsNow] of refreshes.entries()) {
      for (const h of [held, reread]) h.advanceDays(1);
      const inSession = unwrap(await held.store.recordReceived(structuredClone(icpsNow), { source: 'list' }));
      const fresh = unwrap(await reread.open().recordReceived(structuredClone(icpsNow), { source: 'list' }));
      expect(inSession, `refresh ${index + 1}`).toEqual(fresh);
      const outcome = inSession.changedIds.includes(first.id) ? 'changed' : inSession.touchedIds.includes(first.id) ? 'touched' : '';
      expect(outcome, `refresh ${index + 1}`).toBe(expected[index]);
    }
    expect(unwrap(await held.store.versions(first.id)).map(({ seq, icp }) => ({ seq, icp }))).toEqual(
      unwrap(await reread.open().versions(first.id)).map(({ seq, icp }) => ({ seq, icp })),
    );
    expect(unwrap(await held.store.status(first.id))).toMatchObject({ newestSeq: 3, versions: 3 });
  });

  it('answers racing calls in order: a refresh and a detail arriving together both land', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    const a = edited(icps[0]!, [['leadsPerList'], 99]);
    const b = edited(a, [['leadsPerList'], 100]);
    const [first, second] = await Promise.all([
      h.store.recordReceived([a, ...icps.slice(1)], { source: 'list' }),
      h.store.recordReceived([b], { source: 'detail' }),
    ]);
    expect(unwrap(first).changedIds).toEqual([a.id]);
    expect(unwrap(second).changedIds).toEqual([a.id]);
    expect(unwrap(await h.store.versions(a.id)).map((v) => [v.seq, (v.icp as Icp).leadsPerList])).toEqual([
      [3, 100],
      [2, 99],
      [1, icps[0]!.leadsPerList],
    ]);
  });

  it('lays the history out as an index, review marks and gzipped segments', async () => {
    const h = historyFixture();
    await h.store.recordReceived(sample(), { source: 'list' });
    expect(readdirSync(join(h.folder, 'history')).sort()).toEqual(['index.json', 'review.json', 'versions']);
    const segments = readdirSync(join(h.folder, 'history/versions'));
    expect(segments.length).toBeGreaterThan(5);
    expect(segments.every((name) => /^[0-3][0-9a-f]{2}\.json\.gz$/.test(name))).toBe(true);
    expect(existsSync(join(h.folder, 'list.json'))).toBe(false);
  });

  it('answers in the shapes of the shared history schemas (what the IPC contract will carry)', async () => {
    const h = historyFixture();
    const icps = sample();
    RecordedChanges.parse(unwrap(await h.store.recordReceived(icps, { source: 'list' })));
    h.advanceDays(1);
    const changes = unwrap(await h.store.recordReceived([edited(icps[0]!, [['name'], 'v2']), ...icps.slice(2)], { source: 'list' }));
    expect(RecordedChanges.parse(changes)).toEqual(changes);
    const overview = unwrap(await h.store.overview());
    expect(HistoryOverview.parse(overview)).toEqual(overview);
    for (const icp of icps.slice(0, 2)) {
      const status = unwrap(await h.store.status(icp.id));
      expect(IcpHistoryStatus.parse(status)).toEqual(status);
      for (const version of unwrap(await h.store.versions(icp.id))) expect(IcpVersion.parse(version)).toEqual(version);
    }
  });
});
