import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeychainTokenStore, explainKeychainFailure, KeychainError } from '../../src/main/secrets/token-store';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';

/*
 * Against the real keychain: `npm test` runs these inside a private D-Bus session with an
 * unlocked gnome-keyring (scripts/run-tests.mjs). The broken-keychain cases run in child
 * processes that get no keyring, or a locked one.
 */

const run = promisify(execFile);
const service = `ICP Desk test ${process.pid}-${Date.now()}`;
const store = createKeychainTokenStore(service);
const tsx = join(__dirname, '../../node_modules/.bin/tsx');
const probe = join(__dirname, '../support/keychain-probe.ts');
const withKeyring = join(__dirname, '../../scripts/with-keyring.sh');

describe('token store (real keychain)', () => {
  it('saves, reads and removes a token per API origin', async () => {
    await store.save('https://api.example.com', 'token-one');
    await store.save('http://127.0.0.1:4000', 'token-two');
    expect(await store.read('https://api.example.com')).toBe('token-one');
    expect(await store.read('http://127.0.0.1:4000')).toBe('token-two');
    await store.save('https://api.example.com', 'token-one-rotated');
    expect(await store.read('https://api.example.com')).toBe('token-one-rotated');
    await store.remove('https://api.example.com');
    expect(await store.read('https://api.example.com')).toBeNull();
    expect(await store.read('http://127.0.0.1:4000')).toBe('token-two');
    await store.remove('http://127.0.0.1:4000');
  });

  it('answers null for an origin it has never seen, and removing it is harmless', async () => {
    expect(await store.read('https://never.example.com')).toBeNull();
    await expect(store.remove('https://never.example.com')).resolves.toBeUndefined();
  });

  it('explains a failure with the cause and never the secret', () => {
    const message = explainKeychainFailure('save the token in', new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'));
    if (process.platform === 'linux') expect(message).toMatch(/Secret Service is not running/);
    expect(new KeychainError(message).name).toBe('KeychainError');
  });
});

describe('sign-in when the keychain cannot be used (child processes)', () => {
  let server: TestApiServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestApiServer({});
    token = server.users[0]!.token;
  });
  afterAll(() => server.close());

  const isolatedHome = () => {
    const home = mkdtempSync(join(tmpdir(), 'icp-desk-keychain-'));
    mkdirSync(join(home, 'run'), { recursive: true, mode: 0o700 });
    return { HOME: home, XDG_DATA_HOME: join(home, '.local/share'), XDG_RUNTIME_DIR: join(home, 'run'), PATH: process.env.PATH ?? '' };
  };

  const signInResult = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!) as { ok: boolean; error?: { kind: string; message: string } };

  it.runIf(process.platform === 'linux')('fails with "Secret Service is not running" when there is no D-Bus session', async () => {
    const env = isolatedHome(); // no DBUS_SESSION_BUS_ADDRESS, no DISPLAY
    const { stdout } = await run(tsx, [probe, server.url, token, service], { env });
    const result = signInResult(stdout);
    expect(result.ok).toBe(false);
    expect(result.error!.kind).toBe('keychain');
    expect(result.error!.message).toMatch(/^ICP Desk could not save the token in the OS keychain: the Secret Service is not running/);
    expect(stdout).not.toContain(token);
  });

  it.runIf(process.platform === 'linux')('fails with "locked" when the keyring exists but is locked', async () => {
    const env = isolatedHome();
    // First create a login keyring (unlocked), then use it from a session that never unlocks it.
    await run('dbus-run-session', ['--', 'sh', withKeyring, '--', 'true'], { env });
    const { stdout } = await run('dbus-run-session', ['--', 'sh', withKeyring, '--locked', '--', tsx, probe, server.url, token, service], { env });
    const result = signInResult(stdout);
    expect(result.ok).toBe(false);
    expect(result.error!.kind).toBe('keychain');
    expect(result.error!.message).toMatch(/the keyring is locked or has no default collection\. Unlock your login keyring/);
    expect(result.error!.message).toContain('Cannot create an item in a locked collection');
    expect(stdout).not.toContain(token);
  });

  it.runIf(process.platform === 'linux')('fails with "no default collection" when the keyring daemon runs but was never set up', async () => {
    const env = isolatedHome();
    // D-Bus starts a keyring daemon on demand, which has no login collection yet.
    const { stdout } = await run('dbus-run-session', ['--', tsx, probe, server.url, token, service], { env });
    const result = signInResult(stdout);
    expect(result.error).toMatchObject({ kind: 'keychain' });
    expect(result.error!.message).toMatch(/locked or has no default collection/);
  });
});
