import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/api-error';
import type { DataSource, IcpSummary, ListWarning } from '../../../shared/ipc-contract';
import type { ListSearch } from '../list-query/list-query';
import type { AppState } from './app-store';

/**
 * The ICP list as last answered by main. `requested`/`applied` are per-request sequence numbers:
 * a reply is applied only if no reply to a later request was applied first, so a slow answer
 * can never overwrite a newer one (see list-actions.ts).
 */
export interface ListState {
  items: IcpSummary[];
  /** The search texts (they follow the list; see list-actions.ts); null until the first arrive. */
  search: ListSearch | null;
  warnings: ListWarning[];
  source: DataSource | null;
  /** When the shown copy came from the API; null when nothing has been fetched yet. */
  fetchedAt: string | null;
  /** A reply (cache or network) has been applied: skeletons give way to rows or an empty state. */
  loaded: boolean;
  /** A network refresh is in flight. */
  refreshing: boolean;
  /** Why the last network refresh failed; cleared by the next success. */
  error: AppError | null;
  requested: number;
  applied: number;
}

export interface ListSlice {
  list: ListState;
  setList: (patch: Partial<ListState>) => void;
}

export const initialList: ListState = {
  items: [],
  search: null,
  warnings: [],
  source: null,
  fetchedAt: null,
  loaded: false,
  refreshing: false,
  error: null,
  requested: 0,
  applied: 0,
};

export const createListSlice: StateCreator<AppState, [], [], ListSlice> = (set) => ({
  list: initialList,
  setList: (patch) => set((state) => ({ list: { ...state.list, ...patch } })),
});
