import { accountAtShortcut } from '../../../shared/accounts/account-entry';
import { isolateText } from '../../../shared/unicode/hidden-characters';
import type { ResponseOf, SessionStatus } from '../../../shared/ipc-contract';
import { call } from '../bridge';
import { markAccountSwitch } from '../perf/marks';
import { patchState, useAppStore, type AccountDialog } from './app-store';
import { loadAccounts, showAccount } from './show-account';
import { showToast } from './toast-actions';
import { saveViewNow } from './view-actions';

/*
 * The header's account menu: switch, add, rename, remove. Main does the work (keychain, folders,
 * the write gate); this keeps the menu's state and shows the account main opened. The view of the
 * account being left is saved first: view:save applies to whichever account is open when it
 * arrives.
 */

const accounts = () => useAppStore.getState().accounts;
const labelOf = (id: string) => isolateText(accounts().list.accounts.find((account) => account.id === id)?.label ?? 'the account');

export const openAccountMenu = (open: boolean) => patchState('accounts', { menuOpen: open });

export const openAccountDialog = (dialog: AccountDialog) => patchState('accounts', { menuOpen: false, dialog, error: null });

export const closeAccountDialog = () => patchState('accounts', { dialog: null, error: null, busy: null });

/** Opens another account: its cached list shows at once, the network refresh follows. */
export async function switchAccount(id: string): Promise<void> {
  const { list, busy } = accounts();
  patchState('accounts', { menuOpen: false });
  if (id === list.activeId || busy !== null) return;
  markAccountSwitch();
  patchState('accounts', { busy: 'switch' });
  await saveViewNow();
  const result = await call('accounts:switch', { id });
  patchState('accounts', { busy: null });
  if (!result.ok) {
    // The keychain refusing one account's entry (say) leaves the open account as it was.
    showToast('error', `Could not open ${labelOf(id)}`, result.error.message);
    void loadAccounts();
    return;
  }
  await showAccount(result.data);
}

/** Ctrl/Cmd+1..9: the n-th account in the order added. */
export function switchToAccountAt(n: number): void {
  const account = accountAtShortcut(accounts().list, n);
  if (account) void switchAccount(account.id);
}

/** Applies an add (account or demo): the dialog closes and the new account shows; a failure stays in the dialog. */
async function opened(result: ResponseOf<'accounts:add'>): Promise<boolean> {
  if (!result.ok) {
    patchState('accounts', { busy: null, error: result.error });
    return false;
  }
  patchState('accounts', { busy: null, dialog: null, error: null });
  await showAccount(result.data);
  return true;
}

/** Adds an account beside the others (the token goes straight to main, which verifies it). */
export async function addAccount(baseUrl: string, token: string, label: string): Promise<boolean> {
  if (accounts().busy !== null) return false;
  patchState('accounts', { busy: 'add', error: null });
  await saveViewNow();
  return opened(await call('accounts:add', { baseUrl, token, ...(label.trim() ? { label } : {}) }));
}

/** Opens the demo workspace, adding it as an account if it is not one yet. */
export async function addDemoAccount(): Promise<void> {
  if (accounts().busy !== null) return;
  patchState('accounts', { menuOpen: false, busy: 'demo', error: null });
  await saveViewNow();
  const result = await call('accounts:addDemo', {});
  if (result.ok) await opened(result);
  else {
    patchState('accounts', { busy: null });
    showToast('error', 'Could not open the demo workspace', result.error.message);
  }
}

export async function renameAccount(id: string, label: string): Promise<void> {
  patchState('accounts', { busy: 'rename', error: null });
  const result = await call('accounts:rename', { id, label });
  if (!result.ok) {
    patchState('accounts', { busy: null, error: result.error });
    return;
  }
  patchState('accounts', { busy: null, dialog: null, list: result.data });
}

/** Deletes the account's token and its data on this computer; if it was open, main opens the next. */
export async function removeAccount(id: string): Promise<void> {
  const label = labelOf(id);
  const wasOpen = accounts().list.activeId === id;
  patchState('accounts', { busy: 'remove', error: null });
  if (wasOpen) await saveViewNow();
  const result = await call('accounts:remove', { id });
  if (!result.ok) {
    // Main removes the keychain entry first: when the keychain refuses, nothing was removed.
    patchState('accounts', { busy: null, error: result.error });
    return;
  }
  patchState('accounts', { busy: null, dialog: null });
  showToast('success', `Removed ${label}`, 'Its token and the data kept on this computer were deleted.');
  if (wasOpen) await showAccount(result.data as SessionStatus);
  else await loadAccounts();
}
