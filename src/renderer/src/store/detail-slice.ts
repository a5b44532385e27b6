import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/api-error';
import type { IcpDetail } from '../../../shared/ipc-contract';
import type { AppState } from './app-store';

/** The ICP open in the detail pane, with the same sequence-number guard as the list. */
export interface DetailState {
  openId: string | null;
  /** The copy shown (cached first, then the network's); null until one arrives. */
  detail: IcpDetail | null;
  /** A network fetch is in flight. */
  loading: boolean;
  error: AppError | null;
  requested: number;
  applied: number;
  /** Replies to requests numbered below this are for an ICP no longer open. */
  floor: number;
}

export interface DetailSlice {
  detail: DetailState;
  setDetail: (patch: Partial<DetailState>) => void;
}

export const initialDetail: DetailState = {
  openId: null,
  detail: null,
  loading: false,
  error: null,
  requested: 0,
  applied: 0,
  floor: 0,
};

export const createDetailSlice: StateCreator<AppState, [], [], DetailSlice> = (set) => ({
  detail: initialDetail,
  setDetail: (patch) => set((state) => ({ detail: { ...state.detail, ...patch } })),
});
