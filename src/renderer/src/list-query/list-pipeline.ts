import type { IcpSummary, ListView, SortKey } from '../../../shared/ipc-contract';
import { nextExpiryChange } from './expiry-clock';
import { reuseSortOrder } from './sort-reuse';
import { createIncrementalFilter } from './incremental-filter';
import { attachSearch, countExpiry, prepareRows, sortRows, type ExpiryCounts, type ListSearch, type PreparedRow } from './list-query';
import { createPrefixIndexBuilder } from './prefix-index';

/*
 * The one source of truth for "the list as shown": every consumer (rows, keyboard, count,
 * export all, expiry overview) asks the same pipeline, and each stage remembers its last answer,
 * so a keystroke only re-runs filterRows, a new sort only re-sorts, and only a new list (or the
 * clock crossing an expiry boundary) prepares rows again.
 */

/*
 * `search` is the list's search texts (they arrive after the list; see ListSearch). Texts of an
 * earlier list still serve the ICPs they know until the new ones arrive, so a refresh never
 * narrows search to names for a moment.
 */
export interface ListPipeline {
  /** Rows of the whole list, with precomputed expiry; stable until the list or an expiry state changes. */
  prepared(items: readonly IcpSummary[], now: number, search: ListSearch | null): PreparedRow[];
  sorted(items: readonly IcpSummary[], now: number, sort: SortKey, search: ListSearch | null): PreparedRow[];
  /** The rows that pass the view's search and chips, in the view's sort order. */
  visible(items: readonly IcpSummary[], now: number, view: ListView, search: ListSearch | null): PreparedRow[];
  /** Ids of `visible`, for keyboard moves and exports. */
  visibleIds(items: readonly IcpSummary[], now: number, view: ListView, search: ListSearch | null): string[];
  expiryCounts(items: readonly IcpSummary[], now: number, search: ListSearch | null): ExpiryCounts;
}

/** Runs `work(deadline)` in idle time until it returns true. */
export type IdleScheduler = (work: (deadline: number) => boolean) => void;

/** requestIdleCallback where there is one (the renderer); elsewhere the search index is never built. */
const whenIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback !== 'function') return;
  const run = (idle: IdleDeadline) => {
    if (!work(performance.now() + idle.timeRemaining())) requestIdleCallback(run);
  };
  requestIdleCallback(run);
};

/** `onIndexReady(rows, complete)`: complete when the index holds the list's own search texts, not names only. */
export function createListPipeline(
  scheduleIdle: IdleScheduler = whenIdle,
  onIndexReady: (rows: number, complete: boolean) => void = () => undefined,
): ListPipeline {
  let items: readonly IcpSummary[] | null = null;
  let attached: ListSearch | null = null;
  // The search index for the current rows; built in idle time after the list is shown.
  let indexer: ReturnType<typeof createPrefixIndexBuilder> | null = null;
  let preparedAt = 0;
  let validUntil = 0;
  let prepared: PreparedRow[] = [];

  let sortedFrom: PreparedRow[] | null = null;
  let sortKey: SortKey | null = null;
  let sorted: PreparedRow[] = [];

  const filter = createIncrementalFilter();
  let visibleFrom: PreparedRow[] | null = null;
  let visibleView: ListView | null = null;
  let visible: PreparedRow[] = [];

  let idsFrom: PreparedRow[] | null = null;
  let ids: string[] = [];

  let countsFrom: PreparedRow[] | null = null;
  let counts: ExpiryCounts = { active: 0, expiring: 0, expired: 0, noExpiry: 0 };

  const buildIndex = (rows: PreparedRow[], complete: boolean) => {
    const builder = createPrefixIndexBuilder(rows);
    indexer = builder;
    scheduleIdle((deadline) => {
      if (indexer !== builder) return true;
      const done = builder.step(deadline);
      if (done) onIndexReady(rows.length, complete);
      return done;
    });
  };

  // Every remembered answer was made from rows as they were: forget them.
  const forgetAnswers = () => {
    // Nothing may keep the previous list alive: at 100,000 ICPs it is a hundred megabytes.
    visibleFrom = null;
    visible = [];
    idsFrom = null;
    ids = [];
    filter.reset();
  };

  const pipeline: ListPipeline = {
    prepared(nextItems, now, search) {
      // A clock that went backwards (time zone change, NTP) could also move a state: redo.
      if (nextItems !== items || now >= validUntil || now < preparedAt) {
        preparedAt = now;
        const fresh = prepareRows(nextItems, new Date(now), search?.byId);
        validUntil = nextExpiryChange(fresh, now);
        // Expiry moved (same items): the index is by position and positions did not change.
        if (nextItems !== items || search !== attached || indexer === null) buildIndex(fresh, search?.forItems === nextItems);
        items = nextItems;
        attached = search;
        prepared = fresh;
        countsFrom = null;
        forgetAnswers();
      } else if (search !== attached) {
        attached = search;
        if (search) attachSearch(prepared, search.byId);
        buildIndex(prepared, search?.forItems === nextItems);
        forgetAnswers();
      }
      return prepared;
    },
    sorted(nextItems, now, sort, search) {
      const rows = pipeline.prepared(nextItems, now, search);
      if (rows !== sortedFrom || sort !== sortKey) {
        // Same sort, new rows (a refresh): the old order holds if nothing it depends on changed.
        const reused = sort === sortKey && sortedFrom !== null ? reuseSortOrder(sorted, rows) : null;
        sortedFrom = rows;
        sortKey = sort;
        sorted = reused ?? sortRows(rows, sort);
      }
      return sorted;
    },
    visible(nextItems, now, view, search) {
      const rows = pipeline.sorted(nextItems, now, view.sort, search);
      if (rows !== visibleFrom || view !== visibleView) {
        visibleFrom = rows;
        visibleView = view;
        visible = filter(rows, view, indexer?.ready ?? null);
      }
      return visible;
    },
    visibleIds(nextItems, now, view, search) {
      const rows = pipeline.visible(nextItems, now, view, search);
      if (rows !== idsFrom) {
        idsFrom = rows;
        ids = rows.map((row) => row.summary.id);
      }
      return ids;
    },
    expiryCounts(nextItems, now, search) {
      const rows = pipeline.prepared(nextItems, now, search);
      if (rows !== countsFrom) {
        countsFrom = rows;
        counts = countExpiry(rows);
      }
      return counts;
    },
  };
  return pipeline;
}
