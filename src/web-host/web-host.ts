import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { EventName, EventPayload } from '../shared/ipc-contract';
import { createMainCore, type MainCore, type MainCoreOptions } from '../main/main-core';
import { resolveAppFile } from '../main/window/app-files';
import { CONTENT_SECURITY_POLICY } from '../main/window/security-policy';
import { createNodeFetch } from '../main/net/node-fetch';

/*
 * The app without Electron: the real main-process core under Node, the built renderer served
 * over HTTP to Chromium, and `window.icpDesk` forwarded to the same dispatcher Electron's ipcMain
 * uses. No mocks. It listens on 127.0.0.1 only, and every request must carry the per-run secret
 * (in the first URL, then an HttpOnly cookie), so other local pages and processes cannot drive it.
 * It answers only requests addressed to its own 127.0.0.1:port: a page whose host name resolves
 * to 127.0.0.1 (DNS rebinding) sends its own name in Host, and is refused before anything else.
 * The first URL's secret is traded for the cookie at once, by a redirect to the same URL without
 * it, so the secret stays out of the address bar, the history and screen captures.
 */

export interface WebHostOptions extends Omit<MainCoreOptions, 'saveDialog' | 'clipboard' | 'emit'> {
  port?: number;
  rendererRoot?: string;
  /** Where "Save" writes when no test has chosen a path: `<dataDir>/exports/<suggested name>`. */
  exportsDir?: string;
  /** Keeps every IPC reply's JSON (the token-secrecy test reads them). */
  recordReplies?: boolean;
}

export interface WebHost {
  /** Open this in the browser: it carries the secret. */
  readonly url: string;
  readonly origin: string;
  readonly core: MainCore;
  readonly clipboard: string[];
  /** Every path a save dialog answered (the files exports were written to). */
  readonly exportedFiles: string[];
  readonly replies: string[];
  /** The next save dialog answers this path (null: the user cancels); then back to the default. */
  answerNextSaveDialog(path: string | null): void;
  close(): Promise<void>;
}

const COOKIE = 'icp-desk-host';
const KEY_PARAM = 'key';
const MAX_BODY = 64 * 1024 * 1024;

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const rendererRoot = resolve(options.rendererRoot ?? join(__dirname, '../../out/renderer'));
  const secret = randomBytes(24).toString('base64url');
  const exportsDir = options.exportsDir ?? join(options.dataDir, 'exports');
  const clipboard: string[] = [];
  const exportedFiles: string[] = [];
  const replies: string[] = [];
  const eventStreams = new Set<ServerResponse>();
  let nextSave: { path: string | null } | null = null;

  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  };

  const core = createMainCore({
    ...options,
    // Proxy-aware, as Electron's network stack is for the desktop app.
    fetch: options.fetch ?? createNodeFetch(),
    emit,
    clipboard: { writeText: (text) => void clipboard.push(text) },
    saveDialog: async (name) => {
      const answer = nextSave;
      nextSave = null;
      let path = answer ? answer.path : null;
      if (!answer) {
        await mkdir(exportsDir, { recursive: true });
        path = join(exportsDir, name);
      }
      if (path !== null) exportedFiles.push(path);
      return path;
    },
  });

  const bridgeScript = await pageBridgeScript();
  const indexHtml = (await readFile(join(rendererRoot, 'index.html'), 'utf8')).replace('<head>', '<head>\n    <script src="/__host/bridge.js"></script>');

  const hasSecret = (req: IncomingMessage, url: URL): boolean => {
    const fromQuery = url.searchParams.get(KEY_PARAM);
    const fromCookie = /(?:^|;\s*)icp-desk-host=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const given = fromQuery ?? fromCookie;
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(secret);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      ...extra,
    });
    res.end(body);
  };

  const server = createServer(async (req, res) => {
    if (req.headers.host !== host) return send(res, 421, 'text/plain; charset=utf-8', `Refused: this server answers requests to ${host} only.`);
    const url = new URL(req.url ?? '/', origin);
    if (!hasSecret(req, url)) return send(res, 403, 'text/plain; charset=utf-8', 'Open the URL printed by the host (it carries the secret).');
    try {
      if (req.method === 'GET' && url.searchParams.has(KEY_PARAM)) {
        url.searchParams.delete(KEY_PARAM);
        const cookie = `${COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
        return send(res, 303, 'text/plain; charset=utf-8', '', { location: `${url.pathname}${url.search}`, 'set-cookie': cookie });
      }
      if (req.method === 'POST' && url.pathname.startsWith('/__host/ipc/')) {
        // A page on another origin could post here with the user's cookie; the Origin header tells.
        if (req.headers.origin !== origin) return send(res, 403, 'text/plain; charset=utf-8', 'Cross-origin request refused');
        const channel = decodeURIComponent(url.pathname.slice('/__host/ipc/'.length));
        const body = await readBody(req);
        let request: unknown;
        try {
          request = body === '' ? {} : JSON.parse(body);
        } catch {
          request = Symbol('unparseable');
        }
        const reply = JSON.stringify(await core.dispatch(channel, request));
        if (options.recordReplies) replies.push(reply);
        return send(res, 200, 'application/json; charset=utf-8', reply);
      }
      if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      if (url.pathname === '/__host/bridge.js') return send(res, 200, 'text/javascript; charset=utf-8', bridgeScript);
      if (url.pathname === '/__host/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        eventStreams.add(res);
        req.on('close', () => eventStreams.delete(res));
        return;
      }
      if (url.pathname === '/' || url.pathname === '/index.html') {
        // The desktop app gets icpdesk:// links from the OS; the web host as ?link=<the link>.
        const link = url.searchParams.get('link');
        if (link !== null) core.links.receive(link);
        return send(res, 200, 'text/html; charset=utf-8', indexHtml);
      }
      const file = resolveAppFile(rendererRoot, url.pathname);
      if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      const content = await readFile(file.path).catch(() => null);
      if (!content) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      return send(res, 200, file.contentType, content);
    } catch (error) {
      return send(res, 500, 'text/plain; charset=utf-8', `Host error: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const origin = `http://${host}`;

  return {
    url: `${origin}/?${KEY_PARAM}=${secret}`,
    origin,
    core,
    clipboard,
    exportedFiles,
    replies,
    answerNextSaveDialog: (path) => {
      nextSave = { path };
    },
    async close() {
      for (const stream of eventStreams) stream.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await core.checks.close();
      await core.logFile.flush();
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

let pageBridge: Promise<string> | null = null;

/**
 * The page's `window.icpDesk` (page/bridge.ts), bundled for the browser once per process: the
 * object the preload exposes in Electron, built by the same createIcpDeskApi.
 */
function pageBridgeScript(): Promise<string> {
  pageBridge ??= build({
    entryPoints: [join(__dirname, 'page/bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return pageBridge;
}
