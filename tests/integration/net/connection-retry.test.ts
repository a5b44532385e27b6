import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/main/api/api-client';
import { createNodeFetch } from '../../../src/main/net/node-fetch';

/*
 * A GET whose reused keep-alive connection is reset before any byte of the reply is sent again,
 * once. A real HTTP server on 127.0.0.1 decides per request what happens to the connection.
 */

type Behaviour = (socketRequestNumber: number, req: IncomingMessage, res: ServerResponse) => void;
let behaviour: Behaviour;
let requests = 0;
const sockets = new Set<Socket>();
const perSocket = new WeakMap<Socket, number>();
let server: Server;
let baseUrl: string;

const answer = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
const resetNow = (req: IncomingMessage) => req.socket.resetAndDestroy();

beforeAll(async () => {
  server = createServer({ keepAlive: true, keepAliveTimeout: 30_000 }, (req, res) => {
    requests += 1;
    const n = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, n);
    behaviour(n, req, res);
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  requests = 0;
  sockets.clear();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = () => {
  const created = createApiClient({ baseUrl, token: 'retry-test-token', fetch: createNodeFetch(), timeoutMs: 5_000 });
  if (!created.ok) throw new Error(created.error.message);
  return created.data;
};

describe('a reset before the reply', () => {
  it('is retried once on a fresh connection when a reused connection is reset', async () => {
    // Each connection answers its first request and resets on the next: a server that dropped
    // an idle keep-alive connection the client still thought open.
    behaviour = (n, req, res) => (n === 1 ? answer(res) : resetNow(req));
    const api = client();
    expect(await api.listIcps()).toMatchObject({ ok: true });
    // undici puts the connection back in its pool on the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await api.listIcps()).toMatchObject({ ok: true, data: { icps: [] } });
    expect(requests).toBe(3);
    expect(sockets.size).toBe(2);
  });

  it('is retried only once: a server that keeps resetting gets two tries, then the user reads why', async () => {
    behaviour = (_n, req) => resetNow(req);
    const result = await client().listIcps();
    expect(requests).toBe(2);
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', message: `The connection to ${baseUrl} was lost before the reply was complete.` } });
  });

  it('is not retried once the reply has begun', async () => {
    behaviour = (_n, req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('[', () => setTimeout(() => req.socket.resetAndDestroy(), 20));
    };
    const result = await client().listIcps();
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(requests).toBe(1);
  });

  it('is not what a timeout is: a silent server is asked once', async () => {
    behaviour = () => undefined;
    const created = createApiClient({ baseUrl, token: 't', fetch: createNodeFetch(), timeoutMs: 300 });
    if (!created.ok) throw new Error(created.error.message);
    const result = await created.data.listIcps();
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'network', message: `${baseUrl} did not answer within 300 ms. Check your connection and try again.` },
    });
    expect(requests).toBe(1);
  });
});
