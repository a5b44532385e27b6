import { join, resolve } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, session, shell, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_PREFIX } from '../shared/ipc-channels';
import { ICP_LINK_SCHEME } from '../shared/links/icp-link';
import { registerIpc } from './ipc/ipc-bridge';
import { consoleLogger } from './logger';
import { recordCrashes } from './logging/crash-log';
import { createMainCore } from './main-core';
import { createElectronFetch } from './net/electron-fetch';
import { LaunchRequest, launchRequest } from './launch/launch-request';
import { linkInArgs } from './links/link-inbox';
import { createKeychainTokenStore, KEYCHAIN_SERVICE } from './secrets/token-store';
import { createDemoLauncher } from './demo/demo-launcher';
import { installAppMenu } from './window/app-menu';
import { registerAppScheme, serveRenderer } from './window/app-protocol';
import { createMainWindow } from './window/main-window';
import { APP_ORIGIN, isAppUrl } from './window/security-policy';
import { denyPermissions, guardWebContents } from './window/web-contents-guards';

/*
 * Electron only: the window, the app:// protocol, ipcMain wiring and the security guards.
 * Everything the app does lives in main-core.ts and runs (and is tested) under plain Node.
 * tests/integration/desktop/electron-shell.test.ts runs this file's build under a recording
 * stand-in of the `electron` module.
 */

// Tests run the app against a throwaway data folder. Set before the single-instance lock, which
// is held per data folder.
if (process.env.ICP_DESK_USER_DATA) app.setPath('userData', process.env.ICP_DESK_USER_DATA);

// A second start hands its arguments to the running app and quits before it starts anything:
// no protocol, no keychain, no window.
if (app.requestSingleInstanceLock(launchRequest(process.argv, app.isPackaged))) startApp();
else app.quit();

function startApp(): void {
  // Only `npm run dev` builds main in development mode; `npm start` and installers never load a
  // page from a dev server, whatever the environment says.
  const devServerUrl = import.meta.env.DEV && !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const isAllowedUrl = (url: string) => isAppUrl(url, devServerUrl);
  const log = consoleLogger;
  let mainWindow: BrowserWindow | null = null;
  /** Writes that must land before the process ends (the window's bounds). */
  const beforeQuit = new Set<Promise<unknown>>();

  app.enableSandbox();
  registerAppScheme();

  const demo = createDemoLauncher();
  const core = createMainCore({
    dataDir: app.getPath('userData'),
    tokenStore: createKeychainTokenStore(KEYCHAIN_SERVICE),
    launchDemo: demo.launch,
    log,
    fetch: createElectronFetch(),
    emit: (event, payload) => mainWindow?.webContents.send(IPC_EVENT_PREFIX + event, payload),
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    async saveDialog(defaultFileName, filter) {
      const options = { defaultPath: join(app.getPath('downloads'), defaultFileName), filters: [filter] };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  });
  recordCrashes(core.log, { process, app });

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean => event.sender === mainWindow?.webContents && isAllowedUrl(event.senderFrame?.url ?? '');

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAllowedUrl));

  async function openWindow(): Promise<void> {
    const window = createMainWindow({
      saved: (await core.settings.get()).window,
      preloadPath: join(__dirname, '../preload/index.js'),
      onClose(placement) {
        const saved = core.settings.update({ window: placement }).catch((error: unknown) => log.warn(`Window bounds not saved: ${String(error)}`));
        beforeQuit.add(saved);
        void saved.finally(() => beforeQuit.delete(saved));
      },
    });
    mainWindow = window;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  }

  void app.whenReady().then(async () => {
    denyPermissions(session.defaultSession);
    serveRenderer(join(__dirname, '../renderer'));
    registerIpc(core.dispatch, isTrustedSender);
    installAppMenu((command, account) => mainWindow?.webContents.send(`${IPC_EVENT_PREFIX}menu:command`, { command, ...(account ? { account } : {}) }), {
      showLogsFolder: () => void shell.openPath(core.logFile.dir),
    });
    await openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow();
    });
  });

  // icpdesk:// links: the OS starts the app with the link as an argument (Windows, Linux; a
  // running app gets it through 'second-instance'), or sends 'open-url' (macOS, also before
  // ready). Unpackaged, the OS must start Electron with the app's path.
  if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(ICP_LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
  else app.setAsDefaultProtocolClient(ICP_LINK_SCHEME);
  const startLink = linkInArgs(launchRequest(process.argv, app.isPackaged).args);
  if (startLink !== null) core.links.receive(startLink);
  const bringToFront = () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  };
  app.on('open-url', (event, url) => {
    event.preventDefault();
    core.links.receive(url);
    bringToFront();
  });
  app.on('second-instance', (_event, _argv, _cwd, data) => {
    const request = LaunchRequest.safeParse(data);
    log.info(`Another start of ICP Desk was handed over (${request.success ? request.data.args.length : 0} arguments).`);
    const link = request.success ? linkInArgs(request.data.args) : null;
    if (link !== null) core.links.receive(link);
    bringToFront();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quitting waits for the last settings write and the demo server; then it quits for real.
  let finished = false;
  app.on('will-quit', (event) => {
    if (finished) return;
    event.preventDefault();
    void Promise.allSettled([...beforeQuit, demo.close()]).then(() => {
      finished = true;
      app.quit();
    });
  });
}
