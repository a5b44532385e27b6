import type { WebPreferences } from 'electron';

/*
 * Electron's security checklist as data, so tests can read it without launching Electron.
 * index.ts applies exactly these values.
 */

/** The scheme the renderer is served from: its own files only, never file:// or http://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'icp-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/**
 * Sent as a header on every app:// response as well as in index.html's meta tag, so the policy
 * holds even if the HTML were changed. No remote content, no inline script, no eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The renderer may only ever show the app's own pages. */
export function isAppUrl(input: string, devServerUrl?: string): boolean {
  try {
    const url = new URL(input);
    // Compared by parts: outside Electron (which registers app: as standard) URL says origin "null".
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
    return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** Every permission (camera, notifications, geolocation, ...) is refused: the app needs none. */
export const permissionAllowed = (_permission: string): boolean => false;
