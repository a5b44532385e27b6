import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createCA, createCert } from 'mkcert';
import { createProxy } from 'proxy';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoApiServer, type DemoServer } from '../../../src/main/demo/demo-api-server';
import { sampleIcps } from '../../../src/main/demo/sample-icps';
import { DEMO_TOKENS, LIST_PATH } from '../../support/demo-http';

/*
 * A corporate network on 127.0.0.1: a real forwarding/CONNECT proxy, and a real HTTPS API whose
 * certificate comes from a certificate authority made here. Each call runs in a child process
 * (tests/support/list-icps-cli.ts) with the environment a user would set, because Node reads
 * NODE_EXTRA_CA_CERTS only when a process starts.
 */

const run = promisify(execFile);
/**
 * One test: a child process that starts tsx, compiles the CLI and makes one call. About 2 s on a
 * quiet machine, over 20 s on a busy 2-core one (tsx's start is all CPU).
 */
const CHILD_BUDGET_MS = 90_000;
const root = join(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'tests/support/list-icps-cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'icp-desk-net-'));
const caFile = join(dir, 'test-ca.pem');
const listening = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)));

let demo: DemoServer;
let httpsApi: Server;
let httpsUrl: string;
let proxy: Server;
let proxyUrl: string;
/** What passed through the proxy: absolute URLs it forwarded, and host:port of CONNECT tunnels. */
let throughProxy: string[] = [];
const icps = sampleIcps(new Date());

/** Runs one list call with exactly these variables (no proxy or CA variable is inherited). */
async function listIcps(baseUrl: string, env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(https?_proxy|no_proxy|all_proxy|node_extra_ca_certs)$/i.test(key)));
  const { stdout } = await run(tsx, [cli, baseUrl], {
    env: { ...clean, ...env, ICP_DESK_TEST_TOKEN: DEMO_TOKENS.alice },
    timeout: CHILD_BUDGET_MS - 5_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; count?: number; error?: { kind: string; message: string } };
}

beforeAll(async () => {
  demo = await startDemoApiServer({});
  const ca = await createCA({ organization: 'ICP Desk test CA', countryCode: 'DE', state: 'Berlin', locality: 'Berlin', validity: 2 });
  const cert = await createCert({ ca, domains: ['127.0.0.1', 'localhost'], validity: 2 });
  writeFileSync(caFile, ca.cert);
  httpsApi = createHttpsServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    if (req.url !== LIST_PATH || req.headers.authorization !== `Bearer ${DEMO_TOKENS.alice}`) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(icps));
  });
  httpsUrl = `https://${await listening(httpsApi)}`;
  proxy = createProxy(createHttpServer());
  proxy.on('request', (req) => throughProxy.push(req.url ?? ''));
  proxy.on('connect', (req) => throughProxy.push(`CONNECT ${req.url}`));
  proxyUrl = `http://${await listening(proxy)}`;
});
beforeEach(() => {
  throughProxy = [];
});
afterAll(async () => {
  await demo.close();
  for (const server of [httpsApi, proxy]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the API client under Node behind a proxy', { timeout: CHILD_BUDGET_MS }, () => {
  it('sends plain-http API calls through HTTP_PROXY', async () => {
    const result = await listIcps(demo.url, { HTTP_PROXY: proxyUrl });
    expect(result).toMatchObject({ ok: true });
    // undici reaches every origin through a CONNECT tunnel, plain http included.
    expect(throughProxy).toEqual([`CONNECT ${new URL(demo.url).host}`]);
  });

  it('tunnels https API calls through HTTPS_PROXY with CONNECT', async () => {
    const result = await listIcps(httpsUrl, { https_proxy: proxyUrl, NODE_EXTRA_CA_CERTS: caFile });
    expect(result).toEqual({ ok: true, count: icps.length });
    expect(throughProxy).toEqual([`CONNECT ${httpsUrl.slice('https://'.length)}`]);
  });

  it('goes direct to hosts NO_PROXY names', async () => {
    const result = await listIcps(demo.url, { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
    expect(result).toMatchObject({ ok: true });
    expect(throughProxy).toEqual([]);
  });
});

describe('an HTTPS API with a certificate from a private CA', { timeout: CHILD_BUDGET_MS }, () => {
  it('is refused as untrusted, with a message that says so', async () => {
    const result = await listIcps(httpsUrl);
    expect(result.ok).toBe(false);
    expect(result.error?.kind).toBe('network');
    expect(result.error?.message).toMatch(/^The certificate of 127\.0\.0\.1 is not trusted: it was not issued by a certificate authority this computer trusts/);
    expect(result.error?.message).not.toMatch(/could not reach/i);
  });

  it('works once the CA is trusted through NODE_EXTRA_CA_CERTS', async () => {
    expect(await listIcps(httpsUrl, { NODE_EXTRA_CA_CERTS: caFile })).toMatchObject({ ok: true });
  });
});
