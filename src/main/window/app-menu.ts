import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc-contract';

/**
 * The app menu. Shortcuts the renderer already handles itself (Ctrl/Cmd+R refresh, / search, ?)
 * are shown but not registered here, so one key press never runs an action twice; and there is
 * no "Reload" item, which would throw away the renderer's state.
 */
export function installAppMenu(send: (command: MenuCommand) => void): void {
  const shown = (accelerator: string) => ({ accelerator, registerAccelerator: false });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Make All Available Offline', click: () => send('makeAvailableOffline') },
        { label: 'Export All ICPs…', click: () => send('exportAll') },
        { type: 'separator' },
        { label: 'Sign Out', click: () => send('signOut') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Refresh ICPs', ...shown('CmdOrCtrl+R'), click: () => send('refresh') },
        { label: 'Search', ...shown('/'), click: () => send('focusSearch') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', ...shown('?'), click: () => send('showShortcuts') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
