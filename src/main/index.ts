import { join } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, session, shell, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_PREFIX } from '../shared/ipc-channels';
import { registerIpc } from './ipc/ipc-bridge';
import { consoleLogger } from './logger';
import { createMainCore } from './main-core';
import { createKeychainTokenStore } from './secrets/token-store';
import { createDemoLauncher } from './demo/demo-launcher';
import { installAppMenu } from './window/app-menu';
import { registerAppScheme, serveRenderer } from './window/app-protocol';
import { isSafeExternalUrl } from './window/external-links';
import { APP_ORIGIN, isAppUrl, permissionAllowed, secureWebPreferences } from './window/security-policy';

/*
 * Electron only: the window, the app:// protocol, ipcMain wiring and the security guards.
 * Everything the app does lives in main-core.ts and runs (and is tested) under plain Node.
 */

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const log = consoleLogger;
let mainWindow: BrowserWindow | null = null;

// Tests (the Electron smoke test) run the app against a throwaway data folder.
if (process.env.ICP_DESK_USER_DATA) app.setPath('userData', process.env.ICP_DESK_USER_DATA);
app.enableSandbox();
registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

const demo = createDemoLauncher();
const core = createMainCore({
  dataDir: app.getPath('userData'),
  tokenStore: createKeychainTokenStore(),
  launchDemo: demo.launch,
  log,
  emit: (event, payload) => mainWindow?.webContents.send(IPC_EVENT_PREFIX + event, payload),
  clipboard: { writeText: (text) => clipboard.writeText(text) },
  async openExternal(url) {
    if (isSafeExternalUrl(url)) await shell.openExternal(url);
  },
  async saveDialog(defaultFileName) {
    const options = { defaultPath: join(app.getPath('downloads'), defaultFileName), filters: [{ name: 'JSON', extensions: ['json'] }] };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
});

const isTrustedSender = (event: IpcMainInvokeEvent): boolean =>
  event.sender === mainWindow?.webContents && isAppUrl(event.senderFrame?.url ?? '', devServerUrl);

// Applies to every web contents ever created, including ones we did not expect.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

async function createWindow(): Promise<void> {
  const settings = await core.settings.get();
  const bounds = settings.window;
  const window = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'ICP Desk',
    backgroundColor: '#f7f7f8',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  mainWindow = window;
  if (bounds?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    void core.settings.update({ window: { ...window.getNormalBounds(), maximized: window.isMaximized() } });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  serveRenderer(join(__dirname, '../renderer'));
  registerIpc(core.dispatch, isTrustedSender);
  installAppMenu((command) => mainWindow?.webContents.send(`${IPC_EVENT_PREFIX}menu:command`, { command }));
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => {
  void demo.close();
});
