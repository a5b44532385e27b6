import type { SessionStatus } from '../../../shared/ipc-contract';
import { call } from '../bridge';
import { patchState, useAppStore } from './app-store';
import { resetAccountState } from './account-reset';
import { reloadOpenIcp } from './detail-actions';
import { takeEarlyStart } from './early-start';
import { loadList } from './list-actions';
import { warmUpFormatters } from '../perf/warm-up';
import { showToast } from './toast-actions';
import { restoreView } from './view-actions';

/*
 * Signing in and out. The token passes straight through to main (which verifies it with a list
 * call and keeps it in the OS keychain); nothing here stores it.
 */

function applyStatus(status: SessionStatus): void {
  if (status.state === 'signedIn') {
    patchState('session', { phase: 'signedIn', baseUrl: status.baseUrl, demo: status.demo, busy: null, signInError: null, reauth: null });
  } else {
    patchState('session', { phase: 'signedOut', baseUrl: status.lastBaseUrl, demo: false, busy: null, reauth: null });
  }
}

/** On start: resumes the last session (keychain, demo) or shows sign-in. */
export async function bootSession(): Promise<void> {
  // Asked together (by main.tsx, before the app loaded): each is a round trip to main.
  const early = takeEarlyStart();
  const view = restoreView(early?.view);
  const result = await (early?.status ?? call('session:status', {}));
  if (!result.ok) {
    patchState('session', { phase: 'signedOut', signInError: result.error });
    return;
  }
  // The saved view before the list, so the list appears already searched, sorted and filtered.
  await view;
  applyStatus(result.data);
  if (result.data.state === 'signedIn') {
    warmUpFormatters(); // while main reads the cached list
    await loadList(early?.list);
  }
}

/**
 * Signs in with a base URL and token. From the 401 prompt, the workspace stays as it is and
 * refreshes once the new token is accepted; from the sign-in screen, it starts fresh.
 * Resolves to whether it worked.
 */
export async function signIn(baseUrl: string, token: string): Promise<boolean> {
  const { session } = useAppStore.getState();
  const fromPrompt = session.phase === 'signedIn' && session.reauth !== null;
  patchState('session', { busy: 'signIn', signInError: null });
  const result = await call('session:signIn', { baseUrl, token });
  if (!result.ok) {
    patchState('session', { busy: null, signInError: result.error });
    return false;
  }
  if (!fromPrompt) resetAccountState();
  await restoreView();
  applyStatus(result.data);
  await loadList();
  if (fromPrompt) await reloadOpenIcp();
  return true;
}

export async function signInDemo(): Promise<void> {
  patchState('session', { busy: 'demo', signInError: null });
  const result = await call('session:signInDemo', {});
  if (!result.ok) {
    patchState('session', { busy: null, signInError: result.error });
    return;
  }
  resetAccountState();
  await restoreView();
  applyStatus(result.data);
  await loadList();
}

export async function signOut(): Promise<void> {
  patchState('session', { busy: 'signOut', signInError: null });
  const result = await call('session:signOut', {});
  resetAccountState();
  if (result.ok) {
    applyStatus(result.data);
    return;
  }
  // Main ends the session before it removes the token; a keychain failure is still worth saying.
  patchState('session', { phase: 'signedOut', busy: null, reauth: null, demo: false });
  showToast('error', 'Signed out, with a problem', result.error.message);
}
