import { describe, expect, it } from 'vitest';
import { fixtureIcps } from '../../support/fixture-icps';
import type { Icp } from '../../../src/shared/icp-schema';
import { summarizeIcp } from '../../../src/shared/icp-summary';
import type { IcpSummary, ListView } from '../../../src/shared/ipc-contract';
import { nextExpiryChange } from '../../../src/renderer/src/list-query/expiry-clock';
import { createListPipeline } from '../../../src/renderer/src/list-query/list-pipeline';
import { DEFAULT_LIST_VIEW, filterRows, prepareRows, rowSearchesOf, sortRows, type ListSearch } from '../../../src/renderer/src/list-query/list-query';
import { searchTextsOf } from '../../../src/main/session/summaries';

const now = new Date('2026-11-23T10:00:00.000Z').getTime();
const icps = fixtureIcps(new Date(now)) as Icp[];
const items: IcpSummary[] = icps.map((icp) => ({ ...summarizeIcp(icp), offline: false, refused: null }));
const search: ListSearch = { byId: rowSearchesOf(searchTextsOf(icps)), forItems: items };
const view = (patch: Partial<ListView>): ListView => ({ ...DEFAULT_LIST_VIEW, ...patch });

describe('the list pipeline', () => {
  it('builds the search index when idle, says so once, and answers the same with it', () => {
    const jobs: ((deadline: number) => boolean)[] = [];
    const ready: number[] = [];
    const pipeline = createListPipeline(
      (work) => void jobs.push(work),
      (rows) => ready.push(rows),
    );
    const v = view({ search: 'cto ge' });
    const before = pipeline.visible(items, now, v, search).map((row) => row.summary.id);
    expect(jobs).toHaveLength(1);
    while (!jobs[0]!(Number.POSITIVE_INFINITY));
    expect(ready).toEqual([items.length]);
    const fresh = createListPipeline((work) => void work(Number.POSITIVE_INFINITY));
    fresh.prepared(items, now, search);
    expect(fresh.visible(items, now, v, search).map((row) => row.summary.id)).toEqual(before);
    // A new list starts a new index; the old job stops.
    pipeline.prepared([...items], now, search);
    expect(jobs).toHaveLength(2);
    expect(jobs[0]!(0)).toBe(true);
  });

  it('searches names until the search texts arrive, then everything, and says the index is ready only then', () => {
    const jobs: ((deadline: number) => boolean)[] = [];
    const ready: [number, boolean][] = [];
    const pipeline = createListPipeline(
      (work) => void jobs.push(work),
      (rows, complete) => ready.push([rows, complete]),
    );
    const runIdle = () => jobs.forEach((job) => job(Number.POSITIVE_INFINITY));
    // "germany" is in filters, never in a sample ICP's name.
    const v = view({ search: 'germany' });
    expect(icps.some((icp) => /germany/i.test(icp.name))).toBe(false);
    expect(pipeline.visible(items, now, v, null)).toEqual([]);
    runIdle();
    expect(ready).toEqual([[items.length, false]]);

    const sorted = pipeline.sorted(items, now, 'name', null);
    const found = pipeline.visible(items, now, v, search);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((row) => row.summary.id)).toEqual(
      filterRows(sortRows(prepareRows(items, new Date(now), search.byId), 'name'), v).map((row) => row.summary.id),
    );
    // The texts join the rows already shown: nothing is prepared or sorted again.
    expect(pipeline.sorted(items, now, 'name', search)).toBe(sorted);
    runIdle();
    expect(ready.at(-1)).toEqual([items.length, true]);

    // A refreshed list keeps the earlier texts for the ICPs they know until its own arrive.
    const refreshed = items.map((item) => ({ ...item }));
    expect(pipeline.visible(refreshed, now, v, search).map((row) => row.summary.id)).toEqual(found.map((row) => row.summary.id));
    runIdle();
    expect(ready.at(-1)).toEqual([items.length, false]);
    pipeline.visible(refreshed, now, v, { byId: search.byId, forItems: refreshed });
    runIdle();
    expect(ready.at(-1)).toEqual([items.length, true]);
  });

  it("answers what prepare, sort and filter answer, in the view's order", () => {
    const pipeline = createListPipeline();
    const v = view({ search: 'cto', sort: 'leadsPerList' });
    const expected = filterRows(sortRows(prepareRows(items, new Date(now), search.byId), 'leadsPerList'), v).map((row) => row.summary.id);
    expect(pipeline.visible(items, now, v, search).map((row) => row.summary.id)).toEqual(expected);
    expect(pipeline.visibleIds(items, now, v, search)).toEqual(expected);
  });

  it('a keystroke re-filters the same sorted rows: nothing is prepared or sorted again', () => {
    const pipeline = createListPipeline();
    const prepared = pipeline.prepared(items, now, search);
    const sorted = pipeline.sorted(items, now, 'name', search);
    pipeline.visible(items, now, view({ search: 'c' }), search);
    const narrowed = pipeline.visible(items, now, view({ search: 'ct' }), search);
    expect(pipeline.prepared(items, now, search)).toBe(prepared);
    expect(pipeline.sorted(items, now, 'name', search)).toBe(sorted);
    expect(narrowed.every((row) => sorted.includes(row))).toBe(true);
  });

  it('remembers the last answer for the same list, clock window and view', () => {
    const pipeline = createListPipeline();
    const v = view({ expiry: ['expiring'] });
    const first = pipeline.visible(items, now, v, search);
    expect(pipeline.visible(items, now + 30_000, v, search)).toBe(first);
    expect(pipeline.visibleIds(items, now, v, search)).toBe(pipeline.visibleIds(items, now, v, search));
    expect(pipeline.expiryCounts(items, now, search)).toBe(pipeline.expiryCounts(items, now + 30_000, search));
  });

  it('a new sort re-sorts the prepared rows it already has', () => {
    const pipeline = createListPipeline();
    const prepared = pipeline.prepared(items, now, search);
    const byName = pipeline.sorted(items, now, 'name', search);
    const byExpiry = pipeline.sorted(items, now, 'activeUntil', search);
    expect(byExpiry).not.toBe(byName);
    expect(pipeline.prepared(items, now, search)).toBe(prepared);
  });

  it('prepares again for a new list, and when the clock crosses an expiry boundary', () => {
    const pipeline = createListPipeline();
    const prepared = pipeline.prepared(items, now, search);
    expect(pipeline.prepared([...items], now, search)).not.toBe(prepared);
    const again = pipeline.prepared(items, now, search);
    const boundary = nextExpiryChange(again, now);
    expect(pipeline.prepared(items, boundary - 1, search)).toBe(again);
    expect(pipeline.prepared(items, boundary, search)).not.toBe(again);
  });

  it('prepares again when the clock goes backwards', () => {
    const pipeline = createListPipeline();
    const prepared = pipeline.prepared(items, now, search);
    expect(pipeline.prepared(items, now - 60_000, search)).not.toBe(prepared);
  });
});

describe('when expiry states next change', () => {
  const rowsUntil = (...dates: (string | null)[]) =>
    prepareRows(
      dates.map((activeUntil, i) => ({ ...items[0]!, id: String(i), activeUntil })),
      new Date(now),
    );

  it('is the next local midnight when no ICP ends before it', () => {
    const midnight = new Date(now);
    const next = new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() + 1).getTime();
    expect(nextExpiryChange(rowsUntil(null, '2030-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z'), now)).toBe(next);
  });

  it('is the instant an ICP ends, when that comes first', () => {
    const soon = now + 60 * 60 * 1000;
    expect(nextExpiryChange(rowsUntil(new Date(soon).toISOString(), null), now)).toBe(soon);
  });

  it('ignores ICPs that already ended', () => {
    const past = now - 1000;
    expect(nextExpiryChange(rowsUntil(new Date(past).toISOString()), now)).toBeGreaterThan(now);
  });
});

describe('keeping the sort order across a refresh', () => {
  const refreshed = () => items.map((item) => ({ ...item }));
  const ids = (rows: { summary: IcpSummary }[]) => rows.map((row) => row.summary.id);

  it('reuses the order when the same ICPs come back unchanged, with the new rows', () => {
    const pipeline = createListPipeline();
    const before = pipeline.sorted(items, now, 'name', search);
    const again = refreshed();
    const after = pipeline.sorted(again, now, 'name', search);
    expect(ids(after)).toEqual(ids(before));
    expect(after.every((row) => again.includes(row.summary))).toBe(true);
    expect(ids(after)).toEqual(ids(sortRows(prepareRows(again, new Date(now)), 'name')));
  });

  it('sorts afresh when a name, a date, a count or the set of ICPs changed', () => {
    const changes: ((list: IcpSummary[]) => IcpSummary[])[] = [
      (list) => list.map((item, i) => (i === 0 ? { ...item, name: 'Zzz renamed' } : item)),
      (list) => list.map((item, i) => (i === 1 ? { ...item, updatedAt: '2030-01-01T00:00:00.000Z' } : item)),
      (list) => list.map((item, i) => (i === 2 ? { ...item, activeUntil: '2020-01-01T00:00:00.000Z' } : item)),
      (list) => list.map((item, i) => (i === 3 ? { ...item, leadsPerList: 9999 } : item)),
      (list) => list.slice(1),
    ];
    for (const sort of ['name', 'updatedAt', 'activeUntil', 'leadsPerList'] as const) {
      for (const change of changes) {
        const pipeline = createListPipeline();
        pipeline.sorted(items, now, sort, search);
        const changed = change(refreshed());
        expect(ids(pipeline.sorted(changed, now, sort, search)), sort).toEqual(ids(sortRows(prepareRows(changed, new Date(now)), sort)));
      }
    }
  });
});
