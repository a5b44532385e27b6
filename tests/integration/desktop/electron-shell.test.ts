import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, IPC_EVENT_PREFIX } from '../../../src/shared/ipc-channels';
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from '../../../src/main/window/security-policy';
import {
  BUILT_MAIN,
  BUILT_PRELOAD,
  createElectronStandIn,
  FakeWebContents,
  guardEvent,
  runBuiltMain,
  runBuiltPreload,
  type ElectronStandIn,
} from '../../support/electron-stand-in';

/*
 * The desktop shell as built (out/main/index.js and out/preload/index.js, from `npm run build`),
 * run under Node with a recording stand-in of the `electron` module: what the shell asks of
 * Electron is what it would ask of the real one. The real-Electron smoke test
 * (tests/e2e/electron-smoke.spec.ts) repeats the essentials wherever Electron can run.
 */

const renderer = join(__dirname, '../../../out/renderer');
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'icp-desk-shell-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const named = (standIn: ElectronStandIn, name: string) => standIn.calls.filter(([call]) => call === name).map(([, ...args]) => args);

/** Runs the built main with ELECTRON_RENDERER_URL set: only `npm run dev` may honour it. */
function startShell(standIn: ElectronStandIn) {
  const env = process.env as Record<string, string | undefined>;
  const before = env.ELECTRON_RENDERER_URL;
  env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:9/';
  try {
    runBuiltMain(standIn);
  } finally {
    if (before === undefined) delete env.ELECTRON_RENDERER_URL;
    else env.ELECTRON_RENDERER_URL = before;
  }
}

beforeAll(() => {
  for (const file of [BUILT_MAIN, BUILT_PRELOAD, join(renderer, 'index.html')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  }
});

describe('the built shell under a stand-in Electron', () => {
  let standIn: ElectronStandIn;
  let userData: string;
  let preload: { required: string[] };
  const exposed: Array<{ key: string; api: Record<string, (...args: unknown[]) => unknown> }> = [];
  let frameUrl = '';
  const rendererListeners = new Map<string, Set<(...args: unknown[]) => void>>();

  const window = () => standIn.windows[0]!;
  const api = () => exposed[0]!.api;
  // What the preload's ipcRenderer is bound to: the main window's contents, showing `frameUrl`.
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => standIn.invoke({ sender: window().webContents, frameUrl }, channel, ...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = rendererListeners.get(channel) ?? new Set();
      set.add(listener);
      rendererListeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => rendererListeners.get(channel)?.delete(listener),
  };
  const contextBridge = { exposeInMainWorld: (key: string, value: never) => exposed.push({ key, api: value }) };

  beforeAll(async () => {
    userData = tempDir();
    standIn = createElectronStandIn({ userData });
    startShell(standIn);
    await standIn.ready();
    frameUrl = window().webContents.url;
    preload = runBuiltPreload({ ipcRenderer, contextBridge });
  });

  it('forces the sandbox and registers app: as a privileged scheme before the app is ready', () => {
    const names = standIn.calls.map(([name]) => name);
    expect(names.indexOf('app.enableSandbox')).toBeGreaterThan(-1);
    expect(named(standIn, 'protocol.registerSchemesAsPrivileged')[0]![0]).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('opens one window with the secure webPreferences and a preload file that exists', () => {
    const windows = named(standIn, 'new BrowserWindow');
    expect(windows).toHaveLength(1);
    const { webPreferences } = windows[0]![0] as { webPreferences: { preload: string } };
    expect(webPreferences).toEqual(secureWebPreferences(webPreferences.preload));
    expect(webPreferences.preload).toBe(BUILT_PRELOAD);
    expect(existsSync(webPreferences.preload)).toBe(true);
  });

  it('loads app://icp-desk/, never the dev server ELECTRON_RENDERER_URL names', () => {
    expect(named(standIn, 'window.loadURL')).toEqual([['app://icp-desk/index.html']]);
  });

  it('serves the renderer on app:// with the Content-Security-Policy header', async () => {
    const page = await standIn.serve('app://icp-desk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe(readFileSync(join(renderer, 'index.html'), 'utf8'));
    const script = readdirSync(join(renderer, 'assets')).find((name) => name.endsWith('.js'))!;
    const asset = await standIn.serve(`app://icp-desk/assets/${script}`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses every path outside the renderer folder, and other hosts', async () => {
    for (const url of [
      'app://icp-desk/../main/index.js',
      'app://icp-desk/..%2fmain%2findex.js',
      'app://icp-desk/%2e%2e/%2e%2e/package.json',
      'app://icp-desk/..%5c..%5cpackage.json',
      'app://icp-desk/assets/..%2f..%2f..%2fpackage.json',
      'app://icp-desk/secret.env',
      'app://other-host/index.html',
    ]) {
      const reply = await standIn.serve(url);
      expect(reply.status, url).toBe(404);
    }
  });

  it('registers every contract channel on ipcMain and nothing else', () => {
    expect([...standIn.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('has the preload expose exactly the contract, frozen, requiring only what a sandboxed preload can load', () => {
    expect(preload.required).toEqual(['electron']);
    expect(exposed.map(({ key }) => key)).toEqual(['icpDesk']);
    expect(Object.keys(api()).sort()).toEqual([...CHANNELS, 'on'].sort());
    expect(Object.isFrozen(api())).toBe(true);
    expect(() => (api().on as (event: string, listener: () => void) => void)('not-an-event', () => undefined)).toThrow(/Unknown event/);
  });

  it("answers a call from the app's frame through the preload", async () => {
    expect(await api()['session:status']!({})).toEqual({ ok: true, data: { state: 'signedOut', lastBaseUrl: null } });
  });

  it('refuses a call from any other origin, or from a web contents that is not the window', async () => {
    const refused = { ok: false, error: expect.objectContaining({ kind: 'badRequest', message: 'Request from an untrusted page refused.' }) };
    for (const url of ['https://evil.example/', 'http://127.0.0.1:9/', 'file:///index.html', 'app://other-host/index.html']) {
      frameUrl = url;
      expect(await api()['session:status']!({}), url).toEqual(refused);
    }
    frameUrl = window().webContents.url;
    const stray = new FakeWebContents();
    expect(await standIn.invoke({ sender: stray, frameUrl }, 'session:status', {})).toEqual(refused);
  });

  it('answers hostile arguments with a typed error', async () => {
    for (const [channel, request] of [
      ['session:signIn', { baseUrl: 42, token: {} }],
      ['icps:get', { id: '../../etc/passwd' }],
      ['export:save', { ids: ['x'.repeat(100_000)] }],
      ['view:save', { __proto__: { polluted: true }, extra: 1 }],
    ] as const) {
      const reply = (await api()[channel]!(request)) as { ok: boolean; error?: { kind: string } };
      expect(reply.ok, channel).toBe(false);
      expect(reply.error?.kind, channel).toBe('badRequest');
    }
  });

  it('denies navigation, redirects, webviews and new windows on every web contents', () => {
    const stray = new FakeWebContents();
    standIn.electron.app.emit('web-contents-created', {}, stray);
    for (const contents of [window().webContents, stray]) {
      for (const guard of ['will-navigate', 'will-redirect']) {
        const away = guardEvent();
        contents.emit(guard, away, 'https://evil.example/');
        expect(away.defaultPrevented, guard).toBe(true);
        const devServer = guardEvent();
        contents.emit(guard, devServer, 'http://127.0.0.1:9/');
        expect(devServer.defaultPrevented, guard).toBe(true);
        const home = guardEvent();
        contents.emit(guard, home, 'app://icp-desk/index.html');
        expect(home.defaultPrevented, guard).toBe(false);
      }
      const webview = guardEvent();
      contents.emit('will-attach-webview', webview, {}, {});
      expect(webview.defaultPrevented).toBe(true);
      for (const url of ['https://docs.lance.so/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://icp-desk/index.html']) {
        expect(contents.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
      }
    }
    // Plain web links go to the OS browser (twice: once per web contents), nothing else does.
    expect(named(standIn, 'shell.openExternal')).toEqual([['https://docs.lance.so/'], ['https://docs.lance.so/']]);
  });

  it('denies every permission request and check', async () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen']) {
      expect(await standIn.askPermission(permission), permission).toBe(false);
      expect(standIn.checkPermission(permission), permission).toBe(false);
    }
  });

  it("calls the API through Chromium's network stack, in a session of its own", async () => {
    const signedIn = (await api()['session:signInDemo']!({})) as { ok: boolean };
    expect(signedIn.ok).toBe(true);
    const list = (await api()['icps:list']!({ source: 'network' })) as { ok: boolean };
    expect(list, JSON.stringify(list).slice(0, 300)).toMatchObject({ ok: true });
    expect(named(standIn, 'session.fromPartition')).toEqual([['icp-desk-api', { cache: false }]]);
    expect(named(standIn, 'session.fetch').map(([partition]) => partition)).toContain('icp-desk-api');
    await api()['session:signOut']!({});
  });

  it('focuses the window when a second start hands over its arguments', () => {
    window().minimize();
    standIn.electron.app.emit('second-instance', {}, ['icp-desk', '--x'], '/', { args: ['--x'] });
    const names = standIn.calls.map(([name]) => name);
    expect(names.slice(-2)).toEqual(['window.restore', 'window.focus']);
  });

  it('registers icpdesk: with the OS and takes links from open-url (macOS) and second starts (elsewhere)', async () => {
    expect(named(standIn, 'app.setAsDefaultProtocolClient')).toEqual([['icpdesk']]);
    const arrived = () => window().webContents.sent.filter(([channel]) => channel === `${IPC_EVENT_PREFIX}links:arrived`).length;
    const before = arrived();

    const openUrl = guardEvent();
    standIn.electron.app.emit('open-url', openUrl, 'icpdesk://icp/not-an-id');
    expect(openUrl.defaultPrevented).toBe(true);
    expect(arrived()).toBe(before + 1);
    window().minimize();
    standIn.electron.app.emit('second-instance', {}, ['icp-desk', 'icpdesk://icp/also-not-an-id'], '/', { args: ['--flag', 'icpdesk://icp/also-not-an-id'] });
    expect(arrived()).toBe(before + 2);
    expect(standIn.calls.map(([name]) => name).slice(-2)).toEqual(['window.restore', 'window.focus']);

    // Signed out, the link waits; once signed in, the newest one is answered (and then gone).
    expect(await api()['links:take']!({})).toEqual({ ok: true, data: null });
    expect(((await api()['session:signInDemo']!({})) as { ok: boolean }).ok).toBe(true);
    expect(await api()['links:take']!({})).toEqual({
      ok: true,
      data: { kind: 'refused', reason: 'invalid', message: '"also-not-an-id" is not an ICP id (expected 8-4-4-4-12 hexadecimal digits).' },
    });
    expect(await api()['links:take']!({})).toEqual({ ok: true, data: null });
    await api()['session:signOut']!({});
  });

  it('saves the window bounds before quitting completes', async () => {
    const settingsFile = join(userData, 'settings.json');
    let savedAtExit: unknown = null;
    standIn.onExit(() => {
      savedAtExit = JSON.parse(readFileSync(settingsFile, 'utf8')).window;
    });
    window().setBounds({ x: 140, y: 90, width: 1100, height: 700 });
    window().close();
    await expect.poll(() => standIn.exited, { timeout: 10_000 }).toBe(true);
    // The first 'will-quit' waited for the write; the second let the app go.
    expect(named(standIn, 'app.quit').length).toBe(2);
    expect(savedAtExit).toEqual({ x: 140, y: 90, width: 1100, height: 700, maximized: false });
  });
});

describe('starting the built shell', () => {
  it('as a second instance: hands its arguments to the first and quits before any other startup work', () => {
    const standIn = createElectronStandIn({ userData: tempDir(), gotLock: false });
    runBuiltMain(standIn);
    expect(standIn.calls).toEqual([['app.requestSingleInstanceLock', { args: process.argv.slice(2) }], ['app.quit'], ['app.exit']]);
    expect(standIn.ipcHandlers.size).toBe(0);
    expect(standIn.electron.app.eventNames()).toEqual([]);
  });

  it('restores saved bounds that fall on a connected display, and centres ones that do not', async () => {
    const open = async (window: object, displays: Array<{ x: number; y: number; width: number; height: number }>) => {
      const userData = tempDir();
      writeFileSync(join(userData, 'settings.json'), JSON.stringify({ version: 1, session: 'none', baseUrl: null, window }));
      const standIn = createElectronStandIn({ userData, displays });
      runBuiltMain(standIn);
      await standIn.ready();
      const [options] = named(standIn, 'new BrowserWindow')[0] as [Record<string, number>];
      return { x: options.x, y: options.y, width: options.width, height: options.height };
    };
    const laptop = { x: 0, y: 0, width: 1440, height: 860 };
    const external = { x: 1440, y: 0, width: 2560, height: 1400 };
    const onExternal = { x: 1800, y: 200, width: 1600, height: 900, maximized: false };
    // The external display is still connected: the window comes back where it was.
    expect(await open(onExternal, [laptop, external])).toEqual({ x: 1800, y: 200, width: 1600, height: 900 });
    // Unplugged: centred on the primary display, shrunk to fit it.
    expect(await open(onExternal, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 860 });
  });
});
