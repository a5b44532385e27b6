import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDemoApi, routeOf, sendReply, serveOnLoopback, type DemoUser } from '../../../src/main/demo/demo-api-server';
import { bearerToken } from '../../../src/main/demo/demo-auth';
import { errorReply, type Reply } from '../../../src/main/demo/demo-responses';
import { DEMO_TOKENS } from '../demo-http';
import { fixtureIcps } from '../fixture-icps';
import { FaultBook, type Fault } from './fault-book';
import { dropMidBody, firstHalf, statusFaultReply, violatedReply } from './fault-replies';
import { generateIcps } from './generate-icps';

/*
 * The demo API as the tests run it: the app's own demo endpoints (src/main/demo), serving the
 * tests' fixtures, plus what only tests need and the app never ships: faults a test switches on
 * (fault-book.ts), tokens it revokes, and a record of every request.
 */

/** The fixtures' users: alice owns most ICPs, bob shares some, the admin may open any. */
const TEST_USERS: readonly Readonly<DemoUser>[] = [
  { id: 'user_abc123', token: DEMO_TOKENS.alice, admin: false },
  { id: 'user_xyz789', token: DEMO_TOKENS.bob, admin: false },
  { id: 'user_admin001', token: DEMO_TOKENS.admin, admin: true },
];

export interface TestApiOptions {
  /** Default 0: a free port. The host is always 127.0.0.1. */
  port?: number;
  /** The clock the fixtures' relative dates hang on. Default: the current time. */
  now?: Date;
  /** Raw ICP objects to serve. Default: fixtureIcps(now). */
  icps?: unknown[];
  /** Serve generateIcps(generate, { seed, now }) instead of the fixtures. */
  generate?: number;
  seed?: number;
  /** Default: TEST_USERS. */
  users?: DemoUser[];
}

/** One request as the server saw it. The token itself is never recorded. */
interface RecordedRequest {
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

export interface TestApiServer {
  /** e.g. http://127.0.0.1:43123, no trailing slash. */
  readonly url: string;
  /** Copies of the current users. */
  readonly users: DemoUser[];
  /** Every request seen, oldest first (the newest 10,000). Empty it with `requests.length = 0`. */
  readonly requests: RecordedRequest[];
  /** Replaces all faults; see fault-book.ts for what they do. */
  setFaults(faults: Fault[]): void;
  clearFaults(): void;
  setIcps(icps: unknown[]): void;
  /** From now on the token answers 401, as a token revoked on the platform would. */
  revokeToken(token: string): void;
  /** Adds a user (or replaces the one with its id or token), and makes its token valid again. */
  addUser(user: DemoUser): void;
  close(): Promise<void>;
}

const MAX_RECORDED_REQUESTS = 10_000;

export async function startTestApiServer(options: TestApiOptions = {}): Promise<TestApiServer> {
  if (options.icps !== undefined && options.generate !== undefined) {
    throw new TypeError('Give either icps or generate, not both');
  }
  const now = options.now ?? new Date();
  const icps =
    options.icps ??
    (options.generate !== undefined
      ? generateIcps(options.generate, { now, ...(options.seed === undefined ? {} : { seed: options.seed }) })
      : fixtureIcps(now));
  const api = createDemoApi({ icps, users: options.users ?? TEST_USERS.map((user) => ({ ...user })) });
  const faults = new FaultBook();
  const requests: RecordedRequest[] = [];
  const revoked = new Set<string>();

  const handle = async (req: IncomingMessage, res: ServerResponse, record: RecordedRequest, closing: AbortSignal): Promise<void> => {
    const send = (reply: Reply) => {
      if (!res.destroyed) record.status = reply.status;
      sendReply(res, reply);
    };
    const route = routeOf(req.method ?? '', req.url ?? '/');
    if (route.endpoint === 'none') return send(route.reply);
    const plan = faults.take(route);
    if (plan.delayMs > 0) {
      const gone = new AbortController();
      res.once('close', () => gone.abort());
      try {
        await sleep(plan.delayMs, undefined, { signal: AbortSignal.any([closing, gone.signal]) });
      } catch {
        return; // The server is closing or the client gave up: nobody is left to answer.
      }
    }
    const { outcome } = plan;
    if (outcome?.kind === 'status') return send(statusFaultReply(outcome, route));

    const token = bearerToken(req.headers.authorization);
    const { user, reply: answer } = api.answer(route, token !== undefined && revoked.has(token) ? undefined : req.headers.authorization);
    if (user) record.userId = user.id;
    let reply = answer;
    if (outcome?.kind === 'schemaViolation' && user && reply.status === 200) {
      const served = route.endpoint === 'list' ? api.visibleTo(user.id) : [api.find(route.id)];
      reply = violatedReply(served, route, outcome);
    }
    if (outcome?.kind === 'malformed') return send({ status: 200, body: firstHalf(reply.body) });
    if (outcome?.kind === 'drop') {
      if (!res.destroyed) record.status = reply.status;
      return dropMidBody(res, reply);
    }
    send(reply);
  };

  const server = await serveOnLoopback(options.port ?? 0, (req, res, closing) => {
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      time: Date.now(),
      hasAuth: req.headers.authorization !== undefined,
    };
    requests.push(record);
    if (requests.length > MAX_RECORDED_REQUESTS) requests.splice(0, requests.length - MAX_RECORDED_REQUESTS);
    handle(req, res, record, closing).catch(() => {
      if (res.headersSent) return void res.destroy();
      record.status = 500;
      sendReply(res, errorReply(500));
    });
  });

  return {
    url: server.url,
    get users() {
      return api.users;
    },
    requests,
    setFaults: (list) => faults.set(list),
    clearFaults: () => faults.clear(),
    setIcps: (list) => api.setIcps(list),
    revokeToken: (token) => void revoked.add(token),
    addUser: (user) => {
      api.addUser(user);
      revoked.delete(user.token);
    },
    close: () => server.close(),
  };
}
