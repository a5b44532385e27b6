import type { DataSource } from '../../../shared/ipc-contract';

/*
 * Performance marks the benchmark reads (bench/ drives the app with Playwright and pairs them):
 * list data applied -> list painted, and search keystroke -> filtered list painted. Names are
 * a contract with the bench; keep them. Each helper is a flag flip and a mark: nothing here may
 * cost what it measures.
 *
 * "Painted" is taken after React committed (a layout effect), then the next animation frame
 * (the browser is about to paint), then a macrotask (the frame was painted).
 */

export const MARK_LIST_DATA = 'icp-desk:list-data';
export const MARK_LIST_PAINTED = 'icp-desk:list-painted';
export const MARK_SEARCH_INPUT = 'icp-desk:search-input';
export const MARK_SEARCH_PAINTED = 'icp-desk:search-painted';
/** The search index for the current list is built (in idle time after the list was shown). */
export const MARK_SEARCH_READY = 'icp-desk:search-ready';
/** The filtered list is in the DOM (before the frame that paints it). */
export const MARK_SEARCH_COMMITTED = 'icp-desk:search-committed';
/** The user chose another account (menu or Ctrl/Cmd+n); its cached list's list-painted follows. */
export const MARK_ACCOUNT_SWITCH = 'icp-desk:account-switch';

let listDataPending = false;
let searchPending = false;

function mark(name: string, detail?: unknown): void {
  try {
    performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    // A browser without User Timing L3 (detail) must not break the app over a measurement.
  }
}

/** Runs `callback` once the next frame has been painted: its animation frame, then a macrotask. */
export function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/** An icps:list reply was applied to the store. */
export function markListData(count: number, source: DataSource): void {
  listDataPending = true;
  mark(MARK_LIST_DATA, { count, source });
}

/** Called from a layout effect once the list for new data is committed; marks once per list-data. */
export function notifyListCommitted(): void {
  if (!listDataPending) return;
  listDataPending = false;
  afterPaint(() => mark(MARK_LIST_PAINTED));
}

export function markAccountSwitch(): void {
  mark(MARK_ACCOUNT_SWITCH);
}

export function markSearchReady(rows: number): void {
  mark(MARK_SEARCH_READY, { rows });
}

/** The search box's input handler: one keystroke. */
export function markSearchInput(): void {
  searchPending = true;
  mark(MARK_SEARCH_INPUT);
}

/**
 * Called from a layout effect once the list filtered by the latest search is committed. If React
 * batched several keystrokes into one commit, one painted mark answers the latest of them.
 */
export function notifySearchCommitted(): void {
  if (!searchPending) return;
  searchPending = false;
  mark(MARK_SEARCH_COMMITTED);
  afterPaint(() => mark(MARK_SEARCH_PAINTED));
}
