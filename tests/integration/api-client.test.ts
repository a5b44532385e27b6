import { createServer as createHttpServer, type RequestListener } from 'node:http';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../src/main/api/api-client';
import { MAX_REPLY_BYTES } from '../../src/main/api/read-body';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';
import { fixtureIcps } from '../support/fixture-icps';
import type { Icp } from '../../src/shared/icp-schema';
import { DEMO_TOKENS } from '../support/demo-http';

/* The API client against the demo API over real HTTP on 127.0.0.1, one server for the file. */

const now = new Date();
let server: TestApiServer;
const samples = fixtureIcps(now) as Icp[];
const ALICE = 'user_abc123';
const aliceIcps = samples.filter((icp) => icp.userIds.includes(ALICE));
const notAlices = samples.find((icp) => !icp.userIds.includes(ALICE))!;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const clientFor = (token: string, timeoutMs?: number): ApiClient => {
  const created = createApiClient({ baseUrl: server.url, token, ...(timeoutMs ? { timeoutMs } : {}) });
  if (!created.ok) throw new Error(created.error.message);
  return created.data;
};

beforeAll(async () => {
  server = await startTestApiServer({ now });
});
afterAll(() => server.close());
afterEach(() => {
  server.clearFaults();
  server.setIcps(samples);
});

describe('listIcps', () => {
  it('returns exactly the ICPs the caller is a member of, as the API sent them', async () => {
    const result = await clientFor(DEMO_TOKENS.alice).listIcps();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.invalid).toEqual([]);
    expect(result.data.icps.map((icp) => icp.id)).toEqual(aliceIcps.map((icp) => icp.id));
    expect(result.data.icps).toEqual(aliceIcps);
  });

  it('maps 401 to unauthorized and carries the API code and message', async () => {
    const result = await clientFor('not-a-real-token').listIcps();
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'unauthorized',
        status: 401,
        apiCode: 'UNAUTHORIZED',
        apiMessage: 'User not authenticated',
        message: 'Session expired or token revoked: the API did not accept the token (UNAUTHORIZED: User not authenticated)',
      },
    });
  });

  it('maps 500 to a server error with the envelope', async () => {
    server.setFaults([{ on: 'list', kind: 'status', status: 500 }]);
    const result = await clientFor(DEMO_TOKENS.alice).listIcps();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'server', status: 500, apiCode: 'INTERNAL_ERROR' });
    expect(result.error.message).toMatch(/HTTP 500.*Try again/);
  });

  it('maps a 503 without the envelope to a server error too', async () => {
    server.setFaults([{ on: 'list', kind: 'status', status: 503 }]);
    const result = await clientFor(DEMO_TOKENS.alice).listIcps();
    expect(!result.ok && result.error).toMatchObject({ kind: 'server', status: 503 });
  });

  it('reports a body that is not JSON as invalidResponse', async () => {
    server.setFaults([{ on: 'list', kind: 'malformed' }]);
    const result = await clientFor(DEMO_TOKENS.alice).listIcps();
    expect(!result.ok && result.error.kind).toBe('invalidResponse');
    expect(!result.ok && result.error.message).toMatch(/^The API sent a reply that is not JSON \([\d,]+ bytes\)\.$/);
  });

  it('keeps the valid ICPs of a list with one schema-violating item and names it', async () => {
    server.setFaults([{ on: 'list', kind: 'schemaViolation', index: 2 }]);
    const result = await clientFor(DEMO_TOKENS.alice).listIcps();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.icps).toHaveLength(aliceIcps.length - 1);
    expect(result.data.invalid).toEqual([{ index: 2, id: aliceIcps[2]!.id, field: 'activeUntil', message: 'Invalid ISO datetime' }]);
  });

  it('names the position of an invalid item without a readable id', async () => {
    server.setFaults([{ on: 'list', kind: 'schemaViolation', index: 0, breaks: 'id' }]);
    const result = await clientFor(DEMO_TOKENS.alice).listIcps();
    expect(result.ok && result.data.invalid).toEqual([{ index: 0, field: 'id', message: 'Invalid input: expected string, received undefined' }]);
  });

  it('says when the reply is JSON but not a list', async () => {
    server.setIcps([]);
    server.setFaults([{ on: 'list', kind: 'status', status: 404 }]);
    const result = await clientFor(DEMO_TOKENS.alice).listIcps();
    expect(!result.ok && result.error).toMatchObject({ kind: 'notFound', status: 404 });
    expect(!result.ok && result.error.message).toMatch(/no ICP list at this address.*Check the base URL/);
  });

  it('times out a reply slower than the timeout, with a message naming the server', async () => {
    server.setFaults([{ on: 'list', kind: 'delay', ms: 2_000 }]);
    const started = Date.now();
    const result = await clientFor(DEMO_TOKENS.alice, 300).listIcps();
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'network', message: `${server.url} did not answer within 300 ms. Check your connection and try again.` },
    });
  });

  it('reports a connection dropped mid-body as a network error', async () => {
    server.setFaults([{ on: 'list', kind: 'drop' }]);
    const result = await clientFor(DEMO_TOKENS.alice).listIcps();
    expect(!result.ok && result.error.kind).toBe('network');
  });

  it('reports a refused connection as a network error', async () => {
    const port = await freePort();
    const created = createApiClient({ baseUrl: `http://127.0.0.1:${port}`, token: 't' });
    const result = created.ok ? await created.data.listIcps() : created;
    expect(result).toEqual({
      ok: false,
      error: { kind: 'network', message: `Could not connect to http://127.0.0.1:${port}: the connection was refused. Is the server running?` },
    });
  });

  it('can be cancelled by the caller', async () => {
    server.setFaults([{ on: 'list', kind: 'delay', ms: 2_000 }]);
    const controller = new AbortController();
    const pending = clientFor(DEMO_TOKENS.alice).listIcps(controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toEqual({ ok: false, error: { kind: 'cancelled', message: 'The request was cancelled' } });
  });
});

describe('getIcp', () => {
  it('returns a member ICP exactly as the API sent it', async () => {
    const icp = aliceIcps[0]!;
    expect(await clientFor(DEMO_TOKENS.alice).getIcp(icp.id)).toEqual({ ok: true, data: icp });
  });

  it('maps 403 for a non-member to forbidden with the API message', async () => {
    const result = await clientFor(DEMO_TOKENS.alice).getIcp(notAlices.id);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'forbidden',
        status: 403,
        apiCode: 'FORBIDDEN',
        apiMessage: 'You do not have access to this ICP',
        message: "You don't have access to this ICP (FORBIDDEN: You do not have access to this ICP)",
      },
    });
  });

  it('lets an admin read an ICP they are not a member of', async () => {
    expect(await clientFor(DEMO_TOKENS.admin).getIcp(notAlices.id)).toEqual({ ok: true, data: notAlices });
  });

  it('maps 404 to notFound with the documented message', async () => {
    const result = await clientFor(DEMO_TOKENS.alice).getIcp(UNKNOWN_ID);
    expect(!result.ok && result.error).toEqual({
      kind: 'notFound',
      status: 404,
      apiCode: 'NOT_FOUND',
      apiMessage: `ICP not found: ${UNKNOWN_ID}`,
      message: `This ICP no longer exists (NOT_FOUND: ICP not found: ${UNKNOWN_ID})`,
    });
  });

  it('names the field of a schema-violating ICP', async () => {
    const icp = aliceIcps[0]!;
    server.setFaults([{ on: 'get', kind: 'schemaViolation' }]);
    const result = await clientFor(DEMO_TOKENS.alice).getIcp(icp.id);
    expect(!result.ok && result.error).toEqual({
      kind: 'invalidResponse',
      field: 'activeUntil',
      message: 'The API sent an ICP this app cannot read: Invalid ISO datetime in activeUntil.',
    });
  });

  it.each(['../admin', 'not-a-uuid', `${UNKNOWN_ID}/../../x`, '', 'x'.repeat(10_000)])('refuses the id %j before any request is made', async (id) => {
    server.requests.length = 0;
    const result = await clientFor(DEMO_TOKENS.alice).getIcp(id.slice(0, 10_000));
    expect(!result.ok && result.error.kind).toBe('badRequest');
    expect(server.requests).toEqual([]);
  });

  it('sends the bearer token and nothing else that identifies the user', async () => {
    server.requests.length = 0;
    await clientFor(DEMO_TOKENS.alice).getIcp(aliceIcps[0]!.id);
    expect(server.requests).toMatchObject([{ method: 'GET', path: `/api/v1/entities/icps/${aliceIcps[0]!.id}`, hasAuth: true, userId: ALICE, status: 200 }]);
  });
});

describe('base URL', () => {
  it.each([
    ['http://api.example.com', /must use https:\/\//],
    ['ftp://api.example.com', /must start with https:\/\//],
    ['api.example.com', /Enter a full URL/],
    ['https://user:pw@api.example.com', /Remove the user name and password/],
    ['https://api.example.com/?x=1', /must not contain a query/],
  ])('refuses %s', (baseUrl, message) => {
    const created = createApiClient({ baseUrl, token: 't' });
    expect(!created.ok && created.error.kind).toBe('badRequest');
    expect(!created.ok && created.error.message).toMatch(message);
  });

  it.each([
    ['https://api.example.com/', 'https://api.example.com'],
    ['https://api.example.com/prefix/', 'https://api.example.com/prefix'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:9/', 'http://127.0.0.1:9'],
    ['http://[::1]:9', 'http://[::1]:9'],
  ])('accepts %s (as %s)', (baseUrl, expected) => {
    const created = createApiClient({ baseUrl, token: 't' });
    expect(created.ok && created.data.baseUrl).toBe(expected);
  });
});

describe('bounded replies', () => {
  /** A plain HTTP server on 127.0.0.1 answering every request with `listener`, closed after `use`. */
  async function withServer<T>(listener: RequestListener, use: (url: string) => Promise<T>): Promise<T> {
    const http = createHttpServer(listener);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      return await use(`http://127.0.0.1:${(http.address() as { port: number }).port}`);
    } finally {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    }
  }
  const client = (baseUrl: string, maxReplyBytes?: number) => {
    const created = createApiClient({ baseUrl, token: 't', timeoutMs: 10_000, ...(maxReplyBytes ? { maxReplyBytes } : {}) });
    if (!created.ok) throw new Error(created.error.message);
    return created.data;
  };

  it('reads at most 256 MB of a reply (the limit README states)', () => {
    expect(MAX_REPLY_BYTES).toBe(256 * 1024 * 1024);
  });

  it('stops reading a reply that never ends once past the limit, and says so', async () => {
    let sent = 0;
    let closed: Promise<void> = Promise.resolve();
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const result = await withServer(
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        closed = new Promise((resolve) => res.once('close', () => resolve()));
        // Bounded, so a client that never stops cannot keep this test running: 64 MB at most.
        const pump = () => {
          while (!res.destroyed && sent < 64 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      },
      async (url) => {
        const reply = await client(url, 1024 * 1024).listIcps();
        await closed;
        return reply;
      },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'invalidResponse',
        message:
          "The API's reply for the ICP list is larger than 1 MB, the most ICP Desk reads, so it stopped reading. Nothing was changed: what was saved before is kept.",
      },
    });
    // The client hung up soon after the limit, long before the server's 64 MB: it streamed, not buffered.
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a reply that declares more than 256 MB before reading any of it', async () => {
    const started = Date.now();
    const result = await withServer(
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) });
        res.write('[');
        // …and nothing more: a client that waited for the body would time out instead.
      },
      (url) => client(url).getIcp(aliceIcps[0]!.id),
    );
    expect(!result.ok && result.error).toMatchObject({
      kind: 'invalidResponse',
      message: `The API's reply for ICP ${aliceIcps[0]!.id} is larger than 256 MB, the most ICP Desk reads, so it stopped reading. Nothing was changed: what was saved before is kept.`,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reads a reply up to the limit in full, a byte-order mark dropped as Response.text() does', async () => {
    const body = `\ufeff${JSON.stringify(aliceIcps)}`;
    const bytes = Buffer.byteLength(body);
    const result = await withServer(
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      },
      (url) => client(url, bytes).listIcps(),
    );
    expect(result.ok && result.data.icps).toEqual(aliceIcps);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
