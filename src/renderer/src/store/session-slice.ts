import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/api-error';
import type { AppState } from './app-store';

export type SessionPhase = 'booting' | 'signedOut' | 'signedIn';
export type SessionBusy = 'signIn' | 'demo' | 'signOut' | null;

/** Who the user is signed in as. Never holds the token: it goes straight to main. */
export interface SessionState {
  phase: SessionPhase;
  /** The signed-in base URL, or the last one used (to prefill sign-in). */
  baseUrl: string | null;
  /** The open account (see accounts:* in the IPC contract); null when signed out. */
  accountId: string | null;
  demo: boolean;
  busy: SessionBusy;
  /** Why the last sign-in (or resuming the last session) failed. */
  signInError: AppError | null;
  /** A 401 arrived while signed in: the sign-in prompt shows over the workspace. */
  reauth: AppError | null;
}

export interface SessionSlice {
  session: SessionState;
  setSession: (patch: Partial<SessionState>) => void;
}

export const initialSession: SessionState = {
  phase: 'booting',
  baseUrl: null,
  accountId: null,
  demo: false,
  busy: null,
  signInError: null,
  reauth: null,
};

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  session: initialSession,
  setSession: (patch) => set((state) => ({ session: { ...state.session, ...patch } })),
});
