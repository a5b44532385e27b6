import type { IcpSummary } from '../../../shared/ipc-contract';
import { filterIcps } from '../features/search/filter-icps';
import { useAppStore, type AppState } from './app-store';

/** The rows the list shows right now (search applied), in list order. */
export const selectVisibleIcps = (state: AppState): IcpSummary[] => filterIcps(state.list.items, state.ui.query);

export const useVisibleIcps = (): IcpSummary[] => useAppStore(selectVisibleIcps);

export const visibleIds = (): string[] => selectVisibleIcps(useAppStore.getState()).map((icp) => icp.id);

/** The given ids in list order (exports write several ICPs in the order the list shows them). */
export function inListOrder(ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return useAppStore
    .getState()
    .list.items.filter((icp) => wanted.has(icp.id))
    .map((icp) => icp.id);
}

export const summaryOf = (state: AppState, id: string | null): IcpSummary | undefined =>
  id === null ? undefined : state.list.items.find((icp) => icp.id === id);
