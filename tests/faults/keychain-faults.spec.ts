import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CANARY_TOKENS, SECRECY_RUN_DIR, startCanaryApi } from '../support/canary';
import { test, expect } from '../e2e/app-fixture';
import { faultRow, recordFaultRow } from './fault-rows';

/*
 * The fault matrix, keychain rows. The app (the web host: real main-process code) runs in a child
 * process whose keychain is broken for real: a keyring that exists but is locked, or no Secret
 * Service at all. Signing in through the UI must fail with a message naming the cause, and
 * nothing may be saved.
 */

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const withKeyring = join(root, 'scripts/with-keyring.sh');
const cli = join(root, 'src/web-host/web-host-cli.ts');

test.afterEach(async ({}, testInfo) => recordFaultRow(testInfo));

function isolatedEnv(): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'icp-desk-keychain-fault-'));
  mkdirSync(join(home, 'run'), { recursive: true, mode: 0o700 });
  return { PATH: process.env.PATH, HOME: home, XDG_DATA_HOME: join(home, '.local/share'), XDG_RUNTIME_DIR: join(home, 'run'), NO_COLOR: '1' };
}

/** Starts the app host in a child process and resolves with the URL it prints. */
function startHost(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess; dataDir: string }> {
  const dataDir = join(SECRECY_RUN_DIR, 'data', `keychain-${Date.now().toString(36)}`);
  const child = spawn(command, [...args, '--data-dir', dataDir], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /ICP Desk is running at (\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child, dataDir });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`the host exited (${code}):\n${output}`)));
  });
}

const stop = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
};

const cases = [
  {
    title: 'the keychain is locked',
    fault: 'keychain locked',
    expected: 'sign-in fails: "The system keychain isn\'t available … locked …"; nothing saved',
    launch: (env: NodeJS.ProcessEnv) => startHost('dbus-run-session', ['--', 'sh', withKeyring, '--locked', '--', tsx, cli], env),
    prepare: async (env: NodeJS.ProcessEnv) => {
      // A login keyring that exists (created unlocked once), then used without unlocking.
      await new Promise<void>((resolve) =>
        spawn('dbus-run-session', ['--', 'sh', withKeyring, '--', 'true'], { env, stdio: 'ignore' }).on('exit', () => resolve()),
      );
    },
    cause: /the keyring is locked or has no default collection/,
  },
  {
    title: 'the keychain daemon is absent',
    fault: 'keychain daemon absent',
    expected: 'sign-in fails: "The system keychain isn\'t available … Secret Service is not running"; nothing saved',
    launch: (env: NodeJS.ProcessEnv) => startHost(tsx, [cli], env),
    prepare: async () => undefined,
    cause: /the Secret Service is not running/,
  },
];

for (const scenario of cases) {
  test(scenario.title, async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const { seen } = faultRow(testInfo, scenario.fault, scenario.expected);
    const server = await startCanaryApi({});
    const env = isolatedEnv();
    await scenario.prepare(env);
    const host = await scenario.launch(env);
    try {
      await page.goto(host.url);
      await page.getByLabel('API base URL').fill(server.url);
      await page.getByLabel('API token').fill(CANARY_TOKENS.alice);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText("The system keychain isn't available");
      await expect(alert).toContainText(scenario.cause);
      seen(`alert: "${(await alert.innerText()).replace(/\s+/g, ' ').slice(0, 140)}…"`);
      await expect(page.getByLabel('API token')).toHaveValue('');
      await expect(page.getByRole('listbox', { name: 'ICPs' })).toHaveCount(0);
      const saved = existsSync(host.dataDir) ? readdirSync(host.dataDir, { recursive: true }).map(String) : [];
      expect(saved.filter((name) => name.startsWith('accounts/') && name.endsWith('.json'))).toEqual([]);
      seen('still signed out, token field cleared, no cache written');
    } finally {
      stop(host.child);
      await server.close();
    }
  });
}
