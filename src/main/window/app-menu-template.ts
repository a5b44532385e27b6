import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc-contract';

/** What menu items do in main itself, rather than by asking the renderer. */
export interface MenuActions {
  /** Opens the folder main's log files are in (Help ▸ Show Logs Folder). */
  showLogsFolder: () => void;
}

/**
 * The app menu, as data (app-menu.ts hands it to Electron). Shortcuts the renderer already
 * handles itself (Ctrl/Cmd+R refresh, Ctrl/Cmd+1..9 accounts, / search, ?) are shown but not registered here, so one key
 * press never runs an action twice; and there is no "Reload" item, which would throw away the
 * renderer's state.
 */
export function appMenuTemplate(
  send: (command: MenuCommand, account?: number) => void,
  actions: MenuActions,
  env: { platform: NodeJS.Platform; isPackaged: boolean },
): MenuItemConstructorOptions[] {
  const shown = (accelerator: string) => ({ accelerator, registerAccelerator: false });
  const mac = env.platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Make All Available Offline', click: () => send('makeAvailableOffline') },
        { label: 'Export All ICPs…', click: () => send('exportAll') },
        { type: 'separator' },
        { label: 'Add Account…', click: () => send('addAccount') },
        {
          label: 'Switch Account',
          // The n-th account in the order added; the renderer knows the list and ignores a number past its end.
          submenu: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ label: `Account ${n}`, ...shown(`CmdOrCtrl+${n}`), click: () => send('switchAccount', n) })),
        },
        { label: 'Sign Out', click: () => send('signOut') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Refresh ICPs', ...shown('CmdOrCtrl+R'), click: () => send('refresh') },
        { label: 'Search', ...shown('/'), click: () => send('focusSearch') },
        { label: 'Review Workspace', ...shown('R'), click: () => send('openReview') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(env.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', ...shown('?'), click: () => send('showShortcuts') },
        { type: 'separator' },
        { label: 'Show Logs Folder', click: () => actions.showLogsFolder() },
      ],
    },
  ];
}
