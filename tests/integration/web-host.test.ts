import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../src/main/logger';
import { createDemoLauncher } from '../../src/main/demo/demo-launcher';
import { createKeychainTokenStore } from '../../src/main/secrets/token-store';
import { startWebHost, type WebHost } from '../../src/web-host/web-host';
import { tempFolders } from '../support/temp-folders';

/*
 * The web host (`npm run preview:web`, and the e2e tests' host) over real HTTP: it answers only
 * requests addressed to its own 127.0.0.1:port, and trades the secret in the first URL for its
 * cookie with a redirect to the same URL without it.
 */

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET, so the test chooses the Host header (fetch sets its own). */
function get(host: WebHost, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(port), path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

const folders = tempFolders('icp-desk-web-host-');
const demo = createDemoLauncher();
let host: WebHost;
let secret: string;
let ownHost: string;

beforeAll(async () => {
  const rendererRoot = folders.make();
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><html><head><title>ICP Desk</title></head><body></body></html>');
  writeFileSync(join(rendererRoot, 'app.js'), 'console.log("app")');
  host = await startWebHost({
    dataDir: folders.make(),
    rendererRoot,
    tokenStore: createKeychainTokenStore(`ICP Desk web host test ${process.pid}`),
    launchDemo: demo.launch,
    log: createMemoryLogger(),
  });
  const url = new URL(host.url);
  secret = url.searchParams.get('key')!;
  ownHost = url.host;
});

afterAll(async () => {
  await host.close();
  await demo.close();
  folders.removeAll();
});

describe('the web host', () => {
  it('refuses every request whose Host header is not its own 127.0.0.1:port, secret or not', async () => {
    const { port } = new URL(host.origin);
    for (const name of [`attacker.example:${port}`, `localhost:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`]) {
      const withKey = await get(host, `/?key=${secret}`, { host: name });
      expect(withKey.status, name).toBe(421);
      expect(withKey.body).toBe(`Refused: this server answers requests to ${ownHost} only.`);
      expect(withKey.headers['set-cookie'], name).toBeUndefined();
      const withCookie = await get(host, '/', { host: name, cookie: `icp-desk-host=${secret}` });
      expect(withCookie.status, name).toBe(421);
    }
  });

  it('trades the secret in the URL for an HttpOnly cookie and redirects to the same URL without it', async () => {
    const first = await get(host, `/?key=${secret}`, { host: ownHost });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toBe(`icp-desk-host=${secret}; HttpOnly; SameSite=Strict; Path=/`);

    // Other query parameters and the path survive; only the secret leaves.
    const deep = await get(host, `/app.js?v=2&key=${secret}`, { host: ownHost });
    expect(deep.status).toBe(303);
    expect(deep.headers.location).toBe('/app.js?v=2');

    const page = await get(host, '/', { host: ownHost, cookie: cookie.split(';')[0]! });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ICP Desk</title>');
    expect(page.body).not.toContain(secret);
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a request with neither the secret nor its cookie, or with a wrong one', async () => {
    expect((await get(host, '/', { host: ownHost })).status).toBe(403);
    expect((await get(host, '/?key=wrong', { host: ownHost })).status).toBe(403);
    expect((await get(host, '/', { host: ownHost, cookie: 'icp-desk-host=wrong' })).status).toBe(403);
  });
});
