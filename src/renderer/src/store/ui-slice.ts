import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export type ToastTone = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  detail?: string;
}

export interface UiState {
  /** The detail pane shows the exact API JSON instead of the readable view. */
  showJson: boolean;
  shortcutsOpen: boolean;
  toasts: Toast[];
  /** The last network call failed for lack of a connection (cleared by the next success). */
  offline: boolean;
  /** Ticks every 30 s so relative times and expiry badges stay current. */
  now: number;
  /**
   * Counts lists that are fully prepared (search index built, in idle time). The components that
   * hold the whole list subscribe to it: React keeps each component's previous props and state
   * until its next render, so without this one extra render the previous list (a hundred
   * megabytes at 100,000 ICPs) would stay in memory beside the new one.
   */
  listSettled: number;
}

export interface UiSlice {
  ui: UiState;
  setUi: (patch: Partial<UiState>) => void;
}

export const initialUi = (): UiState => ({
  showJson: false,
  shortcutsOpen: false,
  toasts: [],
  offline: false,
  now: Date.now(),
  listSettled: 0,
});

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  ui: initialUi(),
  setUi: (patch) => set((state) => ({ ui: { ...state.ui, ...patch } })),
});
