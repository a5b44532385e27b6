import { create } from 'zustand';
import { createDetailSlice, initialDetail, type DetailSlice } from './detail-slice';
import { createListSlice, initialList, type ListSlice } from './list-slice';
import { createSelectionSlice, initialSelection, type SelectionSlice } from './selection-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createSyncSlice, initialSync, type SyncSlice } from './sync-slice';
import { createUiSlice, initialUi, type UiSlice } from './ui-slice';
import { createCompareSlice, initialCompare, type CompareSlice } from './compare-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/*
 * One store, one slice per concern (session, list, detail, selection, ui, sync, view, compare).
 * Slices hold state and plain setters only; everything that talks to main lives in the
 * *-actions.ts modules next to them, so components read state with selectors and call actions.
 */

export type AppState = SessionSlice & ListSlice & DetailSlice & SelectionSlice & UiSlice & SyncSlice & ViewSlice & CompareSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createSessionSlice(...args),
  ...createListSlice(...args),
  ...createDetailSlice(...args),
  ...createSelectionSlice(...args),
  ...createUiSlice(...args),
  ...createSyncSlice(...args),
  ...createViewSlice(...args),
  ...createCompareSlice(...args),
}));

/**
 * Forgets everything of the account that was shown (sign-out, another account signed in). The
 * sequence numbers carry on, and everything already requested counts as superseded, so a reply
 * still on its way for the old account is dropped. The list view (search, sort, chips) is a
 * preference of this computer, not of the account, so it stays.
 */
export function resetAccountState(): void {
  useAppStore.setState((state) => ({
    list: { ...initialList, requested: state.list.requested, applied: state.list.requested },
    detail: { ...initialDetail, requested: state.detail.requested, applied: state.detail.requested, floor: state.detail.requested + 1 },
    selection: initialSelection,
    sync: initialSync,
    compare: { ...initialCompare, generation: state.compare.generation + 1 },
    ui: { ...initialUi(), toasts: state.ui.toasts },
  }));
}
