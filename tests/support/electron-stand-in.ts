import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';

/*
 * A recording stand-in of the `electron` module, for running the BUILT shell (out/main/index.js
 * and out/preload/index.js) under Node where the Electron binary cannot run. It does what the
 * shell asks of Electron in memory and writes down every call, so a test can read what the
 * shell did: which window it opened with which preferences, what it registered, what it refused.
 * The preload runs as Electron runs a sandboxed one: in its own context, with only the modules a
 * sandboxed preload may require.
 */

const root = join(__dirname, '../..');
export const BUILT_MAIN = join(root, 'out/main/index.js');
export const BUILT_PRELOAD = join(root, 'out/preload/index.js');

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StandInOptions {
  userData: string;
  /** What requestSingleInstanceLock answers: false makes this the second instance. */
  gotLock?: boolean;
  /** Work areas of the connected displays; the first is the primary one. */
  displays?: Rect[];
}

type Call = [name: string, ...args: unknown[]];
type IpcHandler = (event: IpcEvent, ...args: unknown[]) => unknown;
interface IpcEvent {
  sender: FakeWebContents;
  senderFrame: { url: string };
}

/** What a guarded handler decided: whether the default action was prevented. */
export interface GuardEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export const guardEvent = (): GuardEvent => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  readonly sent: Array<[string, unknown]> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
}

export function createElectronStandIn(options: StandInOptions) {
  const calls: Call[] = [];
  const record = (name: string, ...args: unknown[]) => void calls.push([name, ...args]);
  const displays = options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }];
  const ipcHandlers = new Map<string, IpcHandler>();
  const windows: FakeWindow[] = [];
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  let permissionRequest: ((contents: unknown, permission: string, callback: (allowed: boolean) => void) => void) | null = null;
  let permissionCheck: ((contents: unknown, permission: string) => boolean) | null = null;
  let isReady = false;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  let exited = false;
  const onExit: Array<() => void> = [];

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: (name: string, path: string) => record('app.setPath', name, path),
    getPath: (name: string) => (name === 'userData' ? options.userData : join(options.userData, name)),
    enableSandbox: () => record('app.enableSandbox'),
    requestSingleInstanceLock: (data?: unknown) => {
      record('app.requestSingleInstanceLock', data);
      return options.gotLock ?? true;
    },
    setAsDefaultProtocolClient: (...args: unknown[]) => {
      record('app.setAsDefaultProtocolClient', ...args);
      return true;
    },
    whenReady: () => readyPromise,
    isReady: () => isReady,
    quit() {
      record('app.quit');
      const event = guardEvent();
      app.emit('will-quit', event);
      if (!event.defaultPrevented && !exited) {
        exited = true;
        record('app.exit');
        for (const listener of onExit) listener();
      }
    },
  });

  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    private maximized = false;
    private minimized = false;
    private destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      record('new BrowserWindow', options);
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    async loadURL(url: string) {
      record('window.loadURL', url);
      this.webContents.url = url;
      this.emit('ready-to-show');
    }
    show = () => record('window.show');
    focus = () => record('window.focus');
    maximize = () => void (this.maximized = true);
    isMaximized = () => this.maximized;
    minimize = () => void (this.minimized = true);
    isMinimized = () => this.minimized;
    restore = () => void ((this.minimized = false), record('window.restore'));
    getNormalBounds = (): Rect => {
      const { x, y, width, height } = this.options as unknown as Rect;
      return { x, y, width, height };
    };
    /** Moves the window, as the user would by dragging it. */
    setBounds(bounds: Rect) {
      Object.assign(this.options, bounds);
    }
    close() {
      const event = guardEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.emit('closed');
      if (FakeWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }

  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof permissionRequest) => void (permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof permissionCheck) => void (permissionCheck = handler),
    },
    fromPartition(partition: string, partitionOptions?: unknown) {
      record('session.fromPartition', partition, partitionOptions);
      return { fetch: (input: RequestInfo, init?: RequestInit) => (record('session.fetch', partition, String(input)), fetch(input, init)) };
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    session,
    ipcMain: {
      handle(channel: string, handler: IpcHandler) {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => void ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown) {
        // Electron throws when this comes after 'ready'.
        if (isReady) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
        record('protocol.registerSchemesAsPrivileged', schemes);
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        record('protocol.handle', scheme);
        protocolHandler = handler;
      },
    },
    screen: {
      getAllDisplays: () => displays.map((workArea) => ({ workArea, bounds: workArea })),
      getPrimaryDisplay: () => ({ workArea: displays[0]!, bounds: displays[0]! }),
    },
    shell: { openExternal: async (url: string) => record('shell.openExternal', url) },
    clipboard: { writeText: (text: string) => record('clipboard.writeText', text) },
    dialog: { showSaveDialog: async () => ({ canceled: true }) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => record('Menu.setApplicationMenu', menu),
    },
  };

  /** An ipcRenderer.invoke as Electron delivers it: to main's handler, with the sender attached. */
  async function invoke(from: { sender: FakeWebContents; frameUrl: string }, channel: string, ...args: unknown[]) {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`);
    // Electron structured-clones arguments and replies across the process boundary.
    const reply = await handler({ sender: from.sender, senderFrame: { url: from.frameUrl } }, ...structuredClone(args));
    return structuredClone(reply);
  }

  return {
    electron,
    calls,
    windows,
    ipcHandlers,
    invoke,
    /** Resolves app.whenReady(), then waits until main has loaded its window (if it opens one). */
    async ready() {
      isReady = true;
      markReady();
      const deadline = Date.now() + 10_000;
      while (!calls.some(([name]) => name === 'window.loadURL') && Date.now() < deadline) await new Promise((r) => setImmediate(r));
    },
    serve: (url: string) => {
      if (!protocolHandler) throw new Error('no protocol handler registered');
      return protocolHandler(new Request(url));
    },
    askPermission: (permission: string) =>
      new Promise<boolean>((resolve) => {
        if (!permissionRequest) throw new Error('no permission request handler registered');
        permissionRequest({}, permission, resolve);
      }),
    checkPermission: (permission: string) => {
      if (!permissionCheck) throw new Error('no permission check handler registered');
      return permissionCheck({}, permission);
    },
    /** Runs when the stand-in app exits (after 'will-quit' went unprevented). */
    onExit: (listener: () => void) => void onExit.push(listener),
    get exited() {
      return exited;
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;

/**
 * Runs the built main bundle with the stand-in as its `electron`: the bundle's own
 * `require('electron')` resolves to node_modules/electron, whose cache entry holds the stand-in.
 */
export function runBuiltMain(standIn: ElectronStandIn): void {
  const requireFromMain = createRequire(BUILT_MAIN);
  const electronPath = requireFromMain.resolve('electron');
  const electronModule = new Module(electronPath);
  electronModule.filename = electronPath;
  electronModule.loaded = true;
  electronModule.exports = standIn.electron;
  requireFromMain.cache[electronPath] = electronModule;
  delete requireFromMain.cache[BUILT_MAIN];
  try {
    requireFromMain(BUILT_MAIN);
  } finally {
    delete requireFromMain.cache[electronPath];
  }
}

/** The modules Electron lets a sandboxed preload require (Electron's docs, "Process Sandboxing"). */
const SANDBOXED_ELECTRON_MODULES = ['contextBridge', 'crashReporter', 'ipcRenderer', 'nativeImage', 'webFrame', 'webUtils'];
const SANDBOXED_NODE_MODULES = ['events', 'timers', 'url'];

/**
 * Runs the built preload as Electron runs a sandboxed one: in a context of its own, whose
 * `require` knows only the sandbox's modules, and hands its `contextBridge` calls to the test.
 */
export function runBuiltPreload(renderer: { ipcRenderer: unknown; contextBridge: unknown }) {
  const required: string[] = [];
  const electronForPreload = Object.fromEntries(SANDBOXED_ELECTRON_MODULES.map((name) => [name, (renderer as Record<string, unknown>)[name] ?? {}]));
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (id === 'electron') return electronForPreload;
    if (SANDBOXED_NODE_MODULES.includes(id)) return createRequire(BUILT_PRELOAD)(id);
    throw new Error(`module not found: ${id} (a sandboxed preload can require only electron, ${SANDBOXED_NODE_MODULES.join(', ')})`);
  };
  const code = readFileSync(BUILT_PRELOAD, 'utf8');
  const module = { exports: {} };
  // Globals of a sandboxed preload: the JavaScript built-ins plus these few.
  const context = { Buffer, setImmediate, clearImmediate, process: { platform: process.platform, versions: process.versions } };
  const wrapper = runInNewContext(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, context, {
    filename: BUILT_PRELOAD,
  }) as (...args: unknown[]) => void;
  wrapper(module.exports, sandboxRequire, module, BUILT_PRELOAD, dirname(BUILT_PRELOAD));
  return { required };
}
