import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/**
 * The keyboard cursor (the row arrows move), the rows checked for bulk actions (Ctrl/Cmd+click,
 * Shift+click, Space) and the anchor Shift ranges start from. The row open in the detail pane
 * lives in the detail slice.
 */
export interface SelectionState {
  cursorId: string | null;
  checked: ReadonlySet<string>;
  anchorId: string | null;
}

export interface SelectionSlice {
  selection: SelectionState;
  setSelection: (patch: Partial<SelectionState>) => void;
}

export const initialSelection: SelectionState = { cursorId: null, checked: new Set(), anchorId: null };

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: initialSelection,
  setSelection: (patch) => set((state) => ({ selection: { ...state.selection, ...patch } })),
});
