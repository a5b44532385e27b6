import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { DemoAuth } from './demo-auth';
import { type Fault, FaultBook, type FaultTarget, type OutcomeFault } from './demo-faults';
import { DemoIcpStore, isMember } from './demo-icp-store';
import {
  FORBIDDEN_MESSAGE,
  JSON_CONTENT_TYPE,
  breakIcp,
  errorReply,
  firstHalf,
  icpNotFoundMessage,
  jsonReply,
  type Reply,
} from './demo-responses';
import { type DemoUser, defaultDemoUsers } from './demo-users';
import { generateIcps } from './generate-icps';
import { sampleIcps } from './sample-icps';

export type { Fault } from './demo-faults';
export type { DemoUser } from './demo-users';

export interface DemoServerOptions {
  /** Default 0: a free port. The host is always 127.0.0.1. */
  port?: number;
  /** The clock the sample's relative dates hang on. Default: the current time. */
  now?: Date;
  /** Raw ICP objects to serve. Default: sampleIcps(now). */
  icps?: unknown[];
  /** Serve generateIcps(generate, { seed, now }) instead of the sample. */
  generate?: number;
  seed?: number;
  /** Default: alice, bob and an admin (see demo-users.ts). */
  users?: DemoUser[];
}

/** One request as the server saw it. The token itself is never recorded. */
export interface RecordedRequest {
  method: string;
  /** The request target as sent, query string included. */
  path: string;
  /** Date.now() on arrival. */
  time: number;
  /** Whether an Authorization header was sent at all. */
  hasAuth: boolean;
  /** The caller, when the token was valid. */
  userId?: string;
  /** The status sent, once the head went out (still unset for a request cut off by close()). */
  status?: number;
}

export interface DemoServer {
  /** e.g. http://127.0.0.1:43123, no trailing slash. */
  readonly url: string;
  /** Copies of the current users. */
  readonly users: DemoUser[];
  /** Every request seen, oldest first (the newest 10,000). Empty it with `requests.length = 0`. */
  readonly requests: RecordedRequest[];
  /** Replaces all faults; see demo-faults.ts for what they do. */
  setFaults(faults: Fault[]): void;
  clearFaults(): void;
  setIcps(icps: unknown[]): void;
  revokeToken(token: string): void;
  addUser(user: DemoUser): void;
  /** Stops listening and cuts open and keep-alive connections, delayed answers included. */
  close(): Promise<void>;
}

export const LIST_PATH = '/api/v1/entities/icps';
const MAX_RECORDED_REQUESTS = 10_000;

type Route = FaultTarget | { endpoint: 'none'; reply: Reply };

export async function startDemoApiServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  if (options.icps !== undefined && options.generate !== undefined) {
    throw new TypeError('Give either icps or generate, not both');
  }
  const now = options.now ?? new Date();
  const initial =
    options.icps ??
    (options.generate !== undefined
      ? generateIcps(options.generate, { now, ...(options.seed === undefined ? {} : { seed: options.seed }) })
      : sampleIcps(now));
  const store = new DemoIcpStore(initial);
  const auth = new DemoAuth(options.users ?? defaultDemoUsers());
  const faults = new FaultBook();
  const requests: RecordedRequest[] = [];
  const closing = new AbortController();

  // Per the reference pages: the list holds only the caller's ICPs (admins' too); a get of
  // someone else's ICP is 403 unless the caller is an admin.
  const answer = (route: FaultTarget, user: DemoUser): Reply => {
    if (route.endpoint === 'list') return jsonReply(store.listBody(user.id));
    const icp = store.find(route.id);
    if (icp === undefined) return errorReply(404, icpNotFoundMessage(route.id));
    if (!user.admin && !isMember(icp, user.id)) return errorReply(403, FORBIDDEN_MESSAGE);
    return jsonReply(JSON.stringify(icp));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, record: RecordedRequest): Promise<void> => {
    const route = routeOf(req.method ?? '', req.url ?? '/');
    if (route.endpoint === 'none') return send(res, record, route.reply);
    const plan = faults.take(route);
    if (plan.delayMs > 0) {
      const gone = new AbortController();
      res.once('close', () => gone.abort());
      try {
        await sleep(plan.delayMs, undefined, { signal: AbortSignal.any([closing.signal, gone.signal]) });
      } catch {
        return; // The server is closing or the client gave up: nobody is left to answer.
      }
    }
    const { outcome } = plan;
    if (outcome?.kind === 'status') return send(res, record, statusFaultReply(outcome, route));

    const user = auth.authenticate(req.headers.authorization);
    if (user) record.userId = user.id;
    let reply = user ? answer(route, user) : errorReply(401);
    if (outcome?.kind === 'schemaViolation' && user && reply.status === 200) {
      const icps = route.endpoint === 'list' ? store.visibleTo(user.id) : [store.find(route.id)];
      reply = violatedReply(icps, route, outcome);
    }
    if (outcome?.kind === 'malformed') return send(res, record, { status: 200, body: firstHalf(reply.body) });
    if (outcome?.kind === 'drop') return dropMidBody(res, record, reply);
    send(res, record, reply);
  };

  const server = createServer((req, res) => {
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      time: Date.now(),
      hasAuth: req.headers.authorization !== undefined,
    };
    requests.push(record);
    if (requests.length > MAX_RECORDED_REQUESTS) requests.splice(0, requests.length - MAX_RECORDED_REQUESTS);
    handle(req, res, record).catch(() => {
      if (!res.headersSent) send(res, record, errorReply(500));
      else res.destroy();
    });
  });

  const port = options.port ?? 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closed: Promise<void> | undefined;
  return {
    url,
    get users() {
      return auth.users();
    },
    requests,
    setFaults: (list) => faults.set(list),
    clearFaults: () => faults.clear(),
    setIcps: (icps) => store.replace(icps),
    revokeToken: (token) => auth.revoke(token),
    addUser: (user) => auth.add(user),
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

function routeOf(method: string, target: string): Route {
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  let route: FaultTarget | undefined;
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

function statusFaultReply(fault: Extract<OutcomeFault, { kind: 'status' }>, route: FaultTarget): Reply {
  if (fault.message !== undefined) return errorReply(fault.status, fault.message);
  // A forced 404 on a get reads like the real one.
  if (fault.status === 404 && route.endpoint === 'get') return errorReply(404, icpNotFoundMessage(route.id));
  return errorReply(fault.status);
}

function violatedReply(icps: unknown[], route: FaultTarget, fault: Extract<OutcomeFault, { kind: 'schemaViolation' }>): Reply {
  const breaks = fault.breaks ?? 'activeUntil';
  if (route.endpoint === 'get') return jsonReply(JSON.stringify(breakIcp(icps[0], breaks)));
  const index = Math.min(fault.index ?? 0, icps.length - 1);
  // An empty list has nothing to break and goes out as it is.
  const broken = icps.map((icp, i) => (i === index ? breakIcp(icp, breaks) : icp));
  return jsonReply(JSON.stringify(broken));
}

function send(res: ServerResponse, record: RecordedRequest, reply: Reply): void {
  if (res.destroyed) return;
  record.status = reply.status;
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-type': JSON_CONTENT_TYPE,
    'content-length': String(reply.body.length),
  });
  res.end(reply.body);
}

/** Head and half the body, then the connection dies: a proxy or network failing mid-transfer. */
function dropMidBody(res: ServerResponse, record: RecordedRequest, reply: Reply): void {
  if (res.destroyed) return;
  record.status = reply.status;
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-type': JSON_CONTENT_TYPE,
    'content-length': String(reply.body.length),
  });
  res.write(firstHalf(reply.body), () => res.destroy());
}
