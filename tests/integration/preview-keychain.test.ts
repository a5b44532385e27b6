import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApiServer, type DemoServer } from '../../src/main/demo/demo-api-server';
import { createKeychainTokenStore, KEYCHAIN_SERVICE, PREVIEW_KEYCHAIN_SERVICE } from '../../src/main/secrets/token-store';
import { DEMO_TOKENS } from '../support/demo-http';

/*
 * `npm run preview:web` on a machine that also has the desktop app signed in to the same API:
 * the preview (its real CLI, in a child process, against the real keychain) keeps its token
 * under its own service name and never reads, overwrites or deletes the desktop app's.
 */

const root = join(__dirname, '../..');
const desktop = createKeychainTokenStore(KEYCHAIN_SERVICE);
const preview = createKeychainTokenStore(PREVIEW_KEYCHAIN_SERVICE);
const DESKTOP_TOKEN = `desktop-token-${process.pid}`;
const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-preview-test-'));
let demo: DemoServer;
let host: ChildProcess;
let hostUrl: URL;

async function call(channel: string, request: unknown) {
  const response = await fetch(`${hostUrl.origin}/__host/ipc/${channel}${hostUrl.search}`, {
    method: 'POST',
    headers: { origin: hostUrl.origin, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  return (await response.json()) as { ok: boolean; data?: unknown };
}

/** Tokens are kept under the account's random id, never under the origin. */
async function activeAccountId(): Promise<string> {
  const reply = (await call('accounts:list', {})) as { ok: boolean; data: { activeId: string } };
  expect(reply.ok).toBe(true);
  return reply.data.activeId;
}

let accountId = '';

beforeAll(async () => {
  demo = await startDemoApiServer({});
  await desktop.save(new URL(demo.url).origin, DESKTOP_TOKEN);
  host = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/web-host/web-host-cli.ts'), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  hostUrl = await new Promise<URL>((resolve, reject) => {
    let out = '';
    host.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (\S+)/.exec(out)?.[1];
      if (url) resolve(new URL(url));
    });
    host.once('exit', (code) => reject(new Error(`preview host exited (${code}) before it printed its URL: ${out}`)));
  });
}, 60_000);

afterAll(async () => {
  host?.kill('SIGTERM');
  await desktop.remove(new URL(demo.url).origin);
  if (accountId) await preview.remove(accountId);
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the browser preview and the desktop app on one keychain', () => {
  it("keeps the preview's token under its own service name, beside the desktop app's", async () => {
    const origin = new URL(demo.url).origin;
    expect(await call('session:signIn', { baseUrl: demo.url, token: DEMO_TOKENS.alice })).toMatchObject({ ok: true });
    accountId = await activeAccountId();
    expect(await preview.read(accountId)).toBe(DEMO_TOKENS.alice);
    expect(await desktop.read(accountId)).toBeNull();
    expect(await desktop.read(origin)).toBe(DESKTOP_TOKEN);
  });

  it("signing out of the preview deletes only the preview's token", async () => {
    const origin = new URL(demo.url).origin;
    expect(await call('session:signOut', {})).toMatchObject({ ok: true });
    expect(await preview.read(accountId)).toBeNull();
    expect(await desktop.read(origin)).toBe(DESKTOP_TOKEN);
  });
});
