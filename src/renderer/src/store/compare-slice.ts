import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/api-error';
import type { IcpDetail } from '../../../shared/ipc-contract';
import type { AppState } from './app-store';

/** One compared ICP: the copy shown (cache first, then the network's) and how fetching it went. */
export interface CompareEntry {
  detail: IcpDetail | null;
  /** A network fetch is in flight. */
  loading: boolean;
  error: AppError | null;
}

/** The compare view: which ICPs (in list order), their copies, and the differences-only toggle. */
export interface CompareState {
  /** null: the compare view is closed. */
  ids: string[] | null;
  entries: Readonly<Record<string, CompareEntry>>;
  onlyDifferences: boolean;
  /** Bumped on every open and close: replies for an earlier compare are dropped. */
  generation: number;
}

export interface CompareSlice {
  compare: CompareState;
  setCompare: (patch: Partial<CompareState>) => void;
  setCompareEntry: (id: string, patch: Partial<CompareEntry>) => void;
}

export const initialCompare: CompareState = { ids: null, entries: {}, onlyDifferences: false, generation: 0 };

const emptyEntry: CompareEntry = { detail: null, loading: false, error: null };

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compare: initialCompare,
  setCompare: (patch) => set((state) => ({ compare: { ...state.compare, ...patch } })),
  setCompareEntry: (id, patch) =>
    set((state) => ({
      compare: {
        ...state.compare,
        entries: { ...state.compare.entries, [id]: { ...(state.compare.entries[id] ?? emptyEntry), ...patch } },
      },
    })),
});
