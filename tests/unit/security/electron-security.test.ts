import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../src/main/window/app-files';
import { isSafeExternalUrl } from '../../../src/main/window/external-links';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isAppUrl, permissionAllowed, secureWebPreferences } from '../../../src/main/window/security-policy';

/*
 * Electron's security checklist, item by item, checked without launching Electron: the policy
 * values main applies, and static checks of the Electron-only files that apply them. The process
 * boundaries and "shell.openExternal only behind the URL check" are ESLint rules (eslint.config.mjs,
 * proven by tests/unit/lint/boundaries.test.ts). SECURITY.md lists where each item is enforced and
 * which test proves it.
 */

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const mainIndex = read('src/main/index.ts');

describe('window preferences', () => {
  const prefs = secureWebPreferences('/app/preload.js');
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
  ] as const)('%s is %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('is what the only BrowserWindow in main uses, with sandboxing forced app-wide', () => {
    expect(mainIndex.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(mainIndex).toContain('webPreferences: secureWebPreferences(');
    expect(mainIndex).toContain('app.enableSandbox()');
  });
});

describe('content security policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

  it('allows nothing by default and only the app itself for scripts, styles and connections', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('has no unsafe-inline, unsafe-eval, wildcards or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|data: .*script/);
  });

  it('is in index.html as well, word for word', () => {
    const html = read('src/renderer/index.html');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const norm = (csp: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d !== "frame-ancestors 'none'")
        .sort();
    // frame-ancestors is ignored in a meta tag, so it travels only in the header.
    expect(norm(meta!)).toEqual(norm(CONTENT_SECURITY_POLICY));
  });

  it('is sent as a header with every app:// file', () => {
    expect(read('src/main/window/app-protocol.ts')).toContain("'content-security-policy': CONTENT_SECURITY_POLICY");
  });
});

describe('navigation, new windows and external links', () => {
  it('lets the window show only app:// pages', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    for (const url of ['https://evil.example', 'file:///etc/passwd', 'app://other-host/index.html', 'javascript:alert(1)', 'about:blank']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('opens only plain http(s) links in the OS browser', () => {
    expect(isSafeExternalUrl('https://docs.lance.so/icps')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/x',
      'ms-settings:',
      'https://u:p@example.com',
      'https://',
      `https://x.com/${'a'.repeat(3000)}`,
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('guards navigation, redirects, webviews and window.open on every web contents', () => {
    expect(mainIndex).toContain("app.on('web-contents-created'");
    expect(mainIndex).toMatch(/'will-navigate'[\s\S]{0,120}isAppUrl\(url[\s\S]{0,60}preventDefault/);
    expect(mainIndex).toMatch(/'will-redirect'[\s\S]{0,120}preventDefault/);
    expect(mainIndex).toMatch(/'will-attach-webview'[\s\S]{0,60}preventDefault/);
    expect(mainIndex).toMatch(/setWindowOpenHandler\([\s\S]{0,160}return \{ action: 'deny' \}/);
  });
});

describe('permissions, IPC senders and loaded files', () => {
  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      expect(permissionAllowed(permission)).toBe(false);
    }
    expect(mainIndex).toContain('setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)))');
    expect(mainIndex).toContain('setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission))');
  });

  it('answers IPC only from the main window showing an app page', () => {
    expect(mainIndex).toMatch(/event\.sender === mainWindow\?\.webContents && isAppUrl\(event\.senderFrame\?\.url/);
    expect(read('src/main/ipc/ipc-bridge.ts')).toMatch(/if \(!isTrustedSender\(event\)\) return fail\(appError\('badRequest'/);
  });

  it('loads only the app protocol (no file:// or remote URL) in production', () => {
    expect(mainIndex).toContain('window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)');
    expect(mainIndex).toContain('!app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined');
    expect(mainIndex).not.toMatch(/loadFile\(/);
  });

  it('serves only files inside the renderer folder', () => {
    const rootDir = '/app/renderer';
    expect(resolveAppFile(rootDir, '/')).toEqual({ path: '/app/renderer/index.html', contentType: 'text/html; charset=utf-8' });
    expect(resolveAppFile(rootDir, '/assets/index-abc.js')?.path).toBe('/app/renderer/assets/index-abc.js');
    // Traversal is clamped to the folder (or refused); it never reaches a file outside it.
    for (const path of ['/../main/index.js', '/..%2fmain%2findex.js', '/%2e%2e/%2e%2e/etc/passwd.js', '/assets/../../x.js', '/..\\..\\x.js']) {
      const resolved = resolveAppFile(rootDir, path);
      expect(resolved === null || resolved.path.startsWith(`${rootDir}/`), path).toBe(true);
    }
    for (const path of ['/a%00.js', '/%E0%A4%A.js', '/secret.env', '/package.json.bak']) {
      expect(resolveAppFile(rootDir, path), path).toBeNull();
    }
  });

  it('exposes exactly the contract through the preload, nothing of ipcRenderer itself', () => {
    const preload = read('src/preload/index.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain("contextBridge.exposeInMainWorld('icpDesk', api)");
    // The object itself (exactly the contract, frozen) is tested in tests/unit/preload/icp-desk-api.test.ts.
    expect(preload).toMatch(/const api = createIcpDeskApi\(\{\s+invoke: \(channel, request\) => ipcRenderer\.invoke\(channel, request\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});
