import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { allowFor } from './work-budget';
import { createMemoryLogger } from '../../src/main/logger';
import { createKeychainTokenStore } from '../../src/main/secrets/token-store';
import { createDemoLauncher } from '../../src/main/demo/demo-launcher';
import { SECRECY_RUN_DIR, startCanaryApi } from '../support/canary';
import { startWebHost, type WebHost, type WebHostOptions } from '../../src/web-host/web-host';

/*
 * One demo API server per worker, shared by its tests; each test file starts its own app (web
 * host + fresh data folder + its own keychain service name) with `startApp`, usually in beforeAll.
 * A restart is simulated by closing an app and starting another on the same `dataDir` and
 * `keychainService`.
 *
 * Everything the app produces is kept for the token-secrecy test (tests/secrecy): each app's data
 * folder (settings, caches, default exports), its IPC replies, main's log lines and the paths of
 * exported files, plus each page's DOM, web storage and console output. All of it lives under
 * SECRECY_RUN_DIR, which is cleared when a run starts.
 */

/** The zone playwright.config.ts gives the browser: expected values are computed in it too. */
const E2E_TIME_ZONE = 'Europe/Berlin';
process.env.TZ = E2E_TIME_ZONE;

export interface StartAppOptions extends Partial<WebHostOptions> {
  /** The keychain service the token is kept under; pass the same one to a restarted app. */
  keychainService?: string;
}

export interface App {
  host: WebHost;
  dataDir: string;
  keychainService: string;
  log: ReturnType<typeof createMemoryLogger>;
  /** Opens the app in `page` (the URL carries the host's secret). */
  open(page: Page): Promise<void>;
  close(): Promise<void>;
}

const runDir = (...parts: string[]) => {
  const dir = join(SECRECY_RUN_DIR, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const uniqueName = () => `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

export async function startApp(options: StartAppOptions = {}): Promise<App> {
  const { keychainService: service, ...hostOptions } = options;
  const name = uniqueName();
  const dataDir = hostOptions.dataDir ?? runDir('data', name);
  const keychainService = service ?? `ICP Desk e2e ${process.pid}-${Math.random().toString(36).slice(2)}`;
  const log = createMemoryLogger();
  const demo = createDemoLauncher();
  const host = await startWebHost({
    tokenStore: createKeychainTokenStore(keychainService),
    launchDemo: demo.launch,
    log,
    recordReplies: true,
    ...hostOptions,
    dataDir,
  });
  return {
    host,
    dataDir,
    keychainService,
    log,
    open: async (page) => {
      allowFor('openApp');
      await page.goto(host.url);
    },
    async close() {
      await host.close();
      await demo.close();
      writeFileSync(join(runDir('ipc'), `${name}.jsonl`), host.replies.join('\n'));
      writeFileSync(join(runDir('logs'), `${name}.log`), log.lines.join('\n'));
      writeFileSync(join(runDir('exports'), `${name}.txt`), [...host.exportedFiles, dataDir].join('\n'));
    },
  };
}

/** What a page holds and said: its DOM, web storage, IndexedDB databases and console output. */
async function recordPage(page: Page, consoleLines: string[], testId: string): Promise<void> {
  if (page.isClosed()) return;
  const snapshot = await page
    .evaluate(async () => {
      const storage = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i)!)]));
      const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
      return {
        url: location.origin + location.pathname,
        dom: document.documentElement.outerHTML,
        // Live values, which outerHTML does not show (a token typed into a field, say).
        inputs: Array.from(document.querySelectorAll('input, textarea'), (field) => (field as HTMLInputElement).value),
        localStorage: storage(localStorage),
        sessionStorage: storage(sessionStorage),
        indexedDb: databases.map((db) => db.name),
        cookies: document.cookie,
      };
    })
    .catch(() => null);
  writeFileSync(join(runDir('pages'), `${testId}.json`), JSON.stringify({ snapshot, console: consoleLines }, null, 1));
}

export const test = base.extend<{ pageRecorder: void }, { api: TestApiServer }>({
  api: [
    async ({}, use) => {
      const server = await startCanaryApi({});
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  pageRecorder: [
    async ({ page }, use, testInfo) => {
      const lines: string[] = [];
      page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));
      await use();
      await recordPage(page, lines, `${testInfo.project.name}-${testInfo.testId}-${testInfo.retry}`);
    },
    { auto: true },
  ],
});

export { expect };

/** An app already signed in (through main, not the UI) as the demo API's first user. */
export async function startSignedInApp(api: TestApiServer, options: StartAppOptions = {}): Promise<App> {
  const app = await startApp(options);
  const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: api.url, token: api.users[0]!.token });
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.error.message}`);
  return app;
}

/** Signs in through the real sign-in screen with a user of the demo API. */
export async function signIn(page: Page, api: TestApiServer, token = api.users[0]!.token): Promise<void> {
  await page.getByLabel('API base URL').fill(api.url);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
