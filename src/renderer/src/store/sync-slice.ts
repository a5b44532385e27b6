import type { StateCreator } from 'zustand';
import type { SyncProgress } from '../../../shared/ipc-contract';
import type { AppState } from './app-store';

/** "Make available offline": whether it runs and how far it got. */
export interface SyncState {
  running: boolean;
  cancelling: boolean;
  progress: SyncProgress | null;
}

export interface SyncSlice {
  sync: SyncState;
  setSync: (patch: Partial<SyncState>) => void;
}

export const initialSync: SyncState = { running: false, cancelling: false, progress: null };

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set) => ({
  sync: initialSync,
  setSync: (patch) => set((state) => ({ sync: { ...state.sync, ...patch } })),
});
