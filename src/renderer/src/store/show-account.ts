import type { SessionStatus } from '../../../shared/ipc-contract';
import { call } from '../bridge';
import { patchState, useAppStore } from './app-store';
import { resetAccountState } from './account-reset';
import { loadList } from './list-actions';
import { reloadView } from './view-actions';

/*
 * What every way of opening an account ends with (sign-in, the demo, the account menu, removing
 * the open one): main's answer applied, and the account menu's list brought up to date.
 */

/** Main's session status, in the session part and the account menu's "open" mark. */
export function applyStatus(status: SessionStatus): void {
  const { accounts } = useAppStore.getState();
  if (status.state === 'signedIn') {
    patchState('session', {
      phase: 'signedIn',
      baseUrl: status.baseUrl,
      accountId: status.account.id,
      demo: status.demo,
      busy: null,
      signInError: null,
      reauth: null,
    });
    const listed = accounts.list.accounts.some((account) => account.id === status.account.id);
    const others = listed
      ? accounts.list.accounts.map((account) => (account.id === status.account.id ? status.account : account))
      : [...accounts.list.accounts, status.account];
    patchState('accounts', { list: { accounts: others, activeId: status.account.id } });
  } else {
    patchState('session', { phase: 'signedOut', baseUrl: status.lastBaseUrl, accountId: null, demo: false, busy: null, reauth: null });
    patchState('accounts', { list: { ...accounts.list, activeId: null } });
  }
}

/** Re-reads the account list (labels, last syncs, which are left after a removal). */
export async function loadAccounts(): Promise<void> {
  const result = await call('accounts:list', {});
  if (result.ok) patchState('accounts', { list: result.data });
}

/**
 * Another account is open now: nothing of the one shown before stays (selection, detail,
 * compare), its own view comes back, and its cached list shows before the network refresh.
 */
export async function showAccount(status: SessionStatus): Promise<void> {
  resetAccountState();
  // Asked together: the cached list is on its way while the view (a round trip of its own) is read.
  const cached = status.state === 'signedIn' ? call('icps:list', { source: 'cache' }) : null;
  await reloadView();
  applyStatus(status);
  void loadAccounts();
  if (cached) await loadList(cached);
}
