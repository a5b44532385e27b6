import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DemoAuth } from './demo-auth';
import { DemoIcpStore, isMember } from './demo-icp-store';
import { FORBIDDEN_MESSAGE, JSON_CONTENT_TYPE, errorReply, icpNotFoundMessage, jsonReply, type Reply } from './demo-responses';
import { type DemoUser, defaultDemoUsers } from './demo-users';
import { sampleIcps } from './sample-icps';

export type { DemoUser } from './demo-users';

const LIST_PATH = '/api/v1/entities/icps';

/** A request for one of the platform's two ICP endpoints. */
export type ApiRoute = { endpoint: 'list' } | { endpoint: 'get'; id: string };

/** A request the API has no endpoint for, with its answer (404, or 405 for a method other than GET). */
export type NoRoute = { endpoint: 'none'; reply: Reply };

export interface DemoApiOptions {
  /** Raw ICP objects, served exactly as given. */
  icps: readonly unknown[];
  /** Default: alice, bob and an admin (see demo-users.ts). */
  users?: DemoUser[];
}

/**
 * The platform's two ICP endpoints over data in memory, answering as the reference pages say: the
 * list holds only the caller's ICPs (admins' too); a get of someone else's ICP is 403 unless the
 * caller is an admin. No HTTP here, so the test server in tests/support answers with the same
 * rules when it adds faults.
 */
export function createDemoApi(options: DemoApiOptions) {
  const store = new DemoIcpStore(options.icps);
  const auth = new DemoAuth(options.users ?? defaultDemoUsers());

  const answerFor = (route: ApiRoute, user: DemoUser): Reply => {
    if (route.endpoint === 'list') return jsonReply(store.listBody(user.id));
    const icp = store.find(route.id);
    if (icp === undefined) return errorReply(404, icpNotFoundMessage(route.id));
    if (!user.admin && !isMember(icp, user.id)) return errorReply(403, FORBIDDEN_MESSAGE);
    return jsonReply(JSON.stringify(icp));
  };

  return {
    /** The caller named by an `Authorization: Bearer <token>` header, and what they are answered (401 without one). */
    answer(route: ApiRoute, authorization: string | undefined): { user?: DemoUser; reply: Reply } {
      const user = auth.authenticate(authorization);
      return user ? { user, reply: answerFor(route, user) } : { reply: errorReply(401) };
    },
    /** The ICPs the list endpoint returns to this user, in stored order. */
    visibleTo: (userId: string) => store.visibleTo(userId),
    find: (id: string) => store.find(id),
    /** Copies of the current users. */
    get users() {
      return auth.users();
    },
    setIcps: (icps: unknown[]) => store.replace(icps),
    addUser: (user: DemoUser) => auth.add(user),
  };
}

export function routeOf(method: string, target: string): ApiRoute | NoRoute {
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  let route: ApiRoute | undefined;
  if (path === LIST_PATH) route = { endpoint: 'list' };
  else if (path.startsWith(`${LIST_PATH}/`) && path.indexOf('/', LIST_PATH.length + 1) === -1) {
    route = { endpoint: 'get', id: decodeSegment(path.slice(LIST_PATH.length + 1)) };
  }
  if (route === undefined) return { endpoint: 'none', reply: errorReply(404, `No such endpoint: ${method} ${path}`) };
  if (method !== 'GET') {
    return { endpoint: 'none', reply: errorReply(405, `Method ${method} is not allowed here; use GET`, { allow: 'GET' }) };
  }
  return route;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The status and headers of a reply, Content-Length included. */
export function writeReplyHead(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-type': JSON_CONTENT_TYPE,
    'content-length': String(reply.body.length),
  });
}

/** Writes a whole reply, unless the client is gone. */
export function sendReply(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  writeReplyHead(res, reply);
  res.end(reply.body);
}

export interface LoopbackServer {
  /** e.g. http://127.0.0.1:43123, no trailing slash. */
  readonly url: string;
  /** Stops listening and cuts open and keep-alive connections, answers still being waited for included. */
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 only; `closing` aborts when it closes, so a handler still waiting can stop. */
export async function serveOnLoopback(
  port: number,
  handle: (req: IncomingMessage, res: ServerResponse, closing: AbortSignal) => void,
): Promise<LoopbackServer> {
  const closing = new AbortController();
  const server = createServer((req, res) => handle(req, res, closing.signal));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

export interface DemoServerOptions {
  /** Default 0: a free port. The host is always 127.0.0.1. */
  port?: number;
  /** The clock the sample's relative dates hang on. Default: the current time. */
  now?: Date;
  /** Raw ICP objects to serve. Default: sampleIcps(now). */
  icps?: unknown[];
  users?: DemoUser[];
}

export interface DemoServer extends LoopbackServer {
  /** Copies of the users whose tokens it accepts. */
  readonly users: DemoUser[];
}

/** The demo API over HTTP: "Try demo data" signs in to it, and the bench serves generated ICPs with it. */
export async function startDemoApiServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const api = createDemoApi({ icps: options.icps ?? sampleIcps(options.now ?? new Date()), ...(options.users ? { users: options.users } : {}) });
  const server = await serveOnLoopback(options.port ?? 0, (req, res) => {
    let reply: Reply;
    try {
      const route = routeOf(req.method ?? '', req.url ?? '/');
      reply = route.endpoint === 'none' ? route.reply : api.answer(route, req.headers.authorization).reply;
    } catch {
      reply = errorReply(500);
    }
    sendReply(res, reply);
  });
  return {
    url: server.url,
    get users() {
      return api.users;
    },
    close: () => server.close(),
  };
}
