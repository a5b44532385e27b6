import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppFile } from './app-files';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security-policy';

/** Must run before the app is ready: app:// behaves like a secure https origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps the compiled renderer between starts, as it would for an https page.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer, and nothing outside it, on app://icp-desk/. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveAppFile(rendererRoot, url.pathname) : null;
    const content = file ? await readFile(file.path).catch(() => null) : null;
    if (!file || !content) return new Response('Not found', { status: 404 });
    return new Response(content, {
      headers: {
        'content-type': file.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
