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
 */

export interface App {
  host: WebHost;
  dataDir: string;
  log: ReturnType<typeof createMemoryLogger>;
  /** Opens the app in `page` (the URL carries the host's secret). */
  open(page: Page): Promise<void>;
  close(): Promise<void>;
}

export async function startApp(options: Partial<WebHostOptions> = {}): Promise<App> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-e2e-'));
  const log = createMemoryLogger();
  const demo = createDemoLauncher();
  const host = await startWebHost({
    dataDir,
    tokenStore: createKeychainTokenStore(`ICP Desk e2e ${process.pid}-${Math.random().toString(36).slice(2)}`),
    launchDemo: demo.launch,
    log,
    ...options,
  });
  return {
    host,
    dataDir,
    log,
    open: async (page) => {
      await page.goto(host.url);
    },
    async close() {
      await host.close();
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
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
