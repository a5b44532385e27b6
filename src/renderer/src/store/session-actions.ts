import { call } from '../bridge';
import { patchState, useAppStore } from './app-store';
import { reloadOpenIcp } from './detail-actions';
import { takeEarlyStart } from './early-start';
import { loadList } from './list-actions';
import { warmUpFormatters } from '../perf/warm-up';
import { showToast } from './toast-actions';
import { restoreView, saveViewNow } from './view-actions';
import { applyStatus, loadAccounts, showAccount } from './show-account';

/*
 * Signing in and out. The token passes straight through to main (which verifies it with a list
 * call and keeps it in the OS keychain); nothing here stores it. Each sign-in adds an account in
 * main, and signing out removes the open one (its token and its folder).
 */

const sameBaseUrl = (typed: string, open: string | null) => typed.trim().replace(/\/+$/, '') === open;

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
  void loadAccounts();
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
  // A new token for the open account keeps it (and its folder); another URL is another account.
  const renewing = session.phase === 'signedIn' && session.reauth !== null && session.accountId !== null && sameBaseUrl(baseUrl, session.baseUrl);
  patchState('session', { busy: 'signIn', signInError: null });
  await saveViewNow();
  const result =
    renewing && session.accountId ? await call('accounts:reauth', { id: session.accountId, token }) : await call('session:signIn', { baseUrl, token });
  if (!result.ok) {
    patchState('session', { busy: null, signInError: result.error });
    return false;
  }
  if (!renewing) return showAccount(result.data).then(() => true);
  applyStatus(result.data);
  await loadList();
  await reloadOpenIcp();
  return true;
}

export async function signInDemo(): Promise<void> {
  patchState('session', { busy: 'demo', signInError: null });
  const result = await call('session:signInDemo', {});
  if (!result.ok) {
    patchState('session', { busy: null, signInError: result.error });
    return;
  }
  await showAccount(result.data);
}

export async function signOut(): Promise<void> {
  patchState('session', { busy: 'signOut', signInError: null });
  const result = await call('session:signOut', {});
  if (result.ok) {
    // With other accounts in the list, the next one opens.
    await showAccount(result.data);
    return;
  }
  // Main removes the token first: when the keychain refuses, nothing was removed and the account stays open.
  patchState('session', { busy: null });
  showToast('error', 'Could not sign out', result.error.message);
}
