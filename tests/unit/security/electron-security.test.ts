import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../src/main/window/app-files';
import { isSafeExternalUrl } from '../../../src/main/window/external-links';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isAppUrl, permissionAllowed, secureWebPreferences } from '../../../src/main/window/security-policy';

/*
 * Electron's security checklist as data: the policy values main applies, checked as values.
 * That the built shell applies them (one window with these preferences, the CSP header, the
 * guards, the IPC sender check, the preload) is proven at runtime by
 * tests/integration/desktop/electron-shell.test.ts; the process boundaries and "shell.openExternal
 * only behind the URL check" are ESLint rules (eslint.config.mjs, proven by
 * tests/unit/lint/boundaries.test.ts). SECURITY.md lists which test proves what.
 */

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

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
});

describe('permissions, IPC senders and loaded files', () => {
  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      expect(permissionAllowed(permission)).toBe(false);
    }
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
});
