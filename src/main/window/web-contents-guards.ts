import { shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links';
import { permissionAllowed } from './security-policy';

/**
 * Applied to every web contents main ever sees (index.ts calls it from `web-contents-created`,
 * so it covers ones we did not expect too): it may only show the app's own pages, never opens a
 * window or a webview, and hands plain web links to the OS browser.
 */
export function guardWebContents(contents: WebContents, isAllowedUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** The app needs no permission (camera, notifications, geolocation…): every request and check is refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
}
