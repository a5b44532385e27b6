import type { IcpSummary } from '../../../shared/ipc-contract';
import { markSearchReady } from '../perf/marks';
import { createListPipeline } from '../list-query/list-pipeline';
import type { ExpiryCounts, PreparedRow } from '../list-query/list-query';
import { patchState, useAppStore, type AppState } from './app-store';

/*
 * "The list as shown" for everyone: the rows, the keyboard, the count, "export all", the
 * selection's order and the expiry overview all read this one memoized pipeline, so they can
 * never disagree, and a keystroke costs one filterRows pass.
 */

const pipeline = createListPipeline(undefined, (rows, complete) => {
  if (complete) markSearchReady(rows);
  const { ui } = useAppStore.getState();
  patchState('ui', { listSettled: ui.listSettled + 1 });
});

/** The rows the list shows right now (search, chips and sort applied), in order. */
export const selectVisibleRows = (state: AppState): PreparedRow[] => pipeline.visible(state.list.items, state.ui.now, state.view.current, state.list.search);

export const useVisibleRows = (): PreparedRow[] => useAppStore(selectVisibleRows);

export const visibleIds = (): string[] => {
  const state = useAppStore.getState();
  return pipeline.visibleIds(state.list.items, state.ui.now, state.view.current, state.list.search);
};

/** Every ICP of the list, prepared (for counts and the chip menus: the whole list, not the shown part). */
export const selectAllRows = (state: AppState): PreparedRow[] => pipeline.prepared(state.list.items, state.ui.now, state.list.search);

export const selectExpiryCounts = (state: AppState): ExpiryCounts => pipeline.expiryCounts(state.list.items, state.ui.now, state.list.search);

/**
 * The given ids in the order the list shows them (exports and compare follow the list). Ids the
 * search or chips hide right now keep their place in the sorted list.
 */
export function inListOrder(ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  const state = useAppStore.getState();
  return pipeline
    .sorted(state.list.items, state.ui.now, state.view.current.sort, state.list.search)
    .filter((row) => wanted.has(row.summary.id))
    .map((row) => row.summary.id);
}

export const summaryOf = (state: AppState, id: string | null): IcpSummary | undefined =>
  id === null ? undefined : state.list.items.find((icp) => icp.id === id);
