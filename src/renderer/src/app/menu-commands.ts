import type { EventPayload } from '../../../shared/ipc-contract';
import { onEvent } from '../bridge';
import { patchState, useAppStore } from '../store/app-store';
import { openAccountDialog, switchToAccountAt } from '../store/account-actions';
import { signOut } from '../store/session-actions';
import { startSync } from '../store/sync-actions';
import { exportAllVisible, refreshAll } from '../store/workspace-actions';
import { focusSearch } from './focus-targets';
import { openReview } from '../store/checks-actions';

function runMenuCommand({ command, account }: EventPayload<'menu:command'>): void {
  const { session } = useAppStore.getState();
  if (session.phase !== 'signedIn') return;
  switch (command) {
    case 'refresh':
      void refreshAll();
      return;
    case 'signOut':
      void signOut();
      return;
    case 'makeAvailableOffline':
      void startSync();
      return;
    case 'exportAll':
      void exportAllVisible();
      return;
    case 'showShortcuts':
      patchState('ui', { shortcutsOpen: true });
      return;
    case 'focusSearch':
      focusSearch();
      return;
    case 'openReview':
      openReview();
      return;
    case 'addAccount':
      openAccountDialog({ kind: 'add' });
      return;
    case 'switchAccount':
      if (account !== undefined) switchToAccountAt(account);
      return;
  }
}

/** The app menu's commands (Electron) arrive as events. */
export function followMenuCommands(): () => void {
  return onEvent('menu:command', runMenuCommand);
}
