import type { StateCreator } from 'zustand';
import type { ListView } from '../../../shared/ipc-contract';
import { DEFAULT_LIST_VIEW } from '../list-query/list-query';
import type { AppState } from './app-store';

/**
 * How the list is sliced: search, sort and filter chips. Saved in main's settings (never with the
 * token) and restored on start; `restored` is false until main answered, so the default view is
 * never saved over the user's.
 */
export interface ViewState {
  current: ListView;
  restored: boolean;
}

export interface ViewSlice {
  view: ViewState;
  setListView: (patch: Partial<ListView>) => void;
  setViewState: (patch: Partial<ViewState>) => void;
}

export const initialView: ViewState = { current: DEFAULT_LIST_VIEW, restored: false };

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: initialView,
  setListView: (patch) => set((state) => ({ view: { ...state.view, current: { ...state.view.current, ...patch } } })),
  setViewState: (patch) => set((state) => ({ view: { ...state.view, ...patch } })),
});
