import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from '../../../src/main/window/app-menu-template';
import { ipcEvents, type MenuCommand } from '../../../src/shared/ipc-contract';

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];

describe('the app menu’s account entries', () => {
  it('File ▸ Add Account… and File ▸ Switch Account ▸ Account 1..9 (Ctrl/Cmd+n, handled by the renderer) send their commands', () => {
    const sent: unknown[] = [];
    const send = (command: MenuCommand, account?: number) => sent.push({ command, ...(account ? { account } : {}) });
    const template = appMenuTemplate(send, { showLogsFolder: () => undefined }, { platform: 'linux', isPackaged: true });
    const file = submenu(template.find((menu) => menu.label === 'File'));
    file.find((item) => item.label === 'Add Account…')?.click?.({} as never, undefined, {} as never);
    const switching = submenu(file.find((item) => item.label === 'Switch Account'));
    expect(switching.map((item) => [item.label, item.accelerator, item.registerAccelerator])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`Account ${n}`, `CmdOrCtrl+${n}`, false]),
    );
    switching[2]?.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual([{ command: 'addAccount' }, { command: 'switchAccount', account: 3 }]);
    // What main sends is what the renderer's contract accepts.
    for (const payload of sent) expect(ipcEvents['menu:command'].safeParse(payload).success).toBe(true);
    expect(ipcEvents['menu:command'].safeParse({ command: 'switchAccount', account: 10 }).success).toBe(false);
  });
});
