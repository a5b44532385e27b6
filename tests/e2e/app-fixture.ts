import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startDemoApiServer, type DemoServer } from '../../src/main/demo/demo-api-server';
import { createMemoryLogger } from '../../src/main/logger';
import { createKeychainTokenStore } from '../../src/main/secrets/token-store';
import { createDemoLauncher } from '../../src/main/session/demo-launcher';
import { startWebHost, type WebHost, type WebHostOptions } from '../support/web-host';

/*
 * One demo API server per worker, shared by its tests; each test file starts its own app (web
 * host + fresh data folder + its own keychain service name) with `startApp`, usually in beforeAll.
 * A restart is simulated by closing an app and starting another on the same `dataDir` and
 * `keychainService` (the first one must be started with `keepData: true`).
 */

/** The zone playwright.config.ts gives the browser: expected values are computed in it too. */
export const E2E_TIME_ZONE = 'Europe/Berlin';
process.env.TZ = E2E_TIME_ZONE;

export interface StartAppOptions extends Partial<WebHostOptions> {
  /** The keychain service the token is kept under; pass the same one to a restarted app. */
  keychainService?: string;
  /** Leave the data folder in place on close (a restart reuses it). Default: only when given. */
  keepData?: boolean;
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

export async function startApp(options: StartAppOptions = {}): Promise<App> {
  const { keychainService: service, keepData, ...hostOptions } = options;
  const dataDir = hostOptions.dataDir ?? mkdtempSync(join(tmpdir(), 'icp-desk-e2e-'));
  const keep = keepData ?? hostOptions.dataDir !== undefined;
  const keychainService = service ?? `ICP Desk e2e ${process.pid}-${Math.random().toString(36).slice(2)}`;
  const log = createMemoryLogger();
  const demo = createDemoLauncher();
  const host = await startWebHost({
    tokenStore: createKeychainTokenStore(keychainService),
    launchDemo: demo.launch,
    log,
    ...hostOptions,
    dataDir,
  });
  return {
    host,
    dataDir,
    keychainService,
    log,
    open: async (page) => {
      await page.goto(host.url);
    },
    async close() {
      await host.close();
      await demo.close();
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<object, { api: DemoServer }>({
  api: [
    async ({}, use) => {
      const server = await startDemoApiServer({});
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** Signs in through the real sign-in screen with a user of the demo API. */
export async function signIn(page: Page, api: DemoServer, token = api.users[0]!.token): Promise<void> {
  await page.getByLabel('API base URL').fill(api.url);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
