import { app, Menu } from 'electron';
import type { MenuCommand } from '../../shared/ipc-contract';
import { appMenuTemplate, type MenuActions } from './app-menu-template';

/** Installs the app menu (see app-menu-template.ts for what is in it). */
export function installAppMenu(send: (command: MenuCommand, account?: number) => void, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(send, actions, { platform: process.platform, isPackaged: app.isPackaged })));
}
