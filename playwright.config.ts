import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/*
 * e2e tests run the built renderer (out/renderer, from `npm run build`) in Chromium against the
 * web test host (src/web-host/web-host.ts): the real main-process code under Node.
 * Debian's Chromium is used through executablePath; nothing is downloaded. Elsewhere, set
 * CHROMIUM_PATH or let Playwright use its own browser if one is installed.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  globalSetup: './tests/support/clear-e2e-run.ts',
  // The secrecy test searches what the e2e and fault suites left behind, so it runs after them.
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'faults', testDir: 'tests/faults' },
    { name: 'secrecy', testDir: 'tests/secrecy', dependencies: ['e2e', 'faults'] },
  ],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 2,
  // One retry: 2 cores running Chromium, Node hosts and servers at once are noisy. A retried test is
  // reported as flaky in npm test's summary, never hidden.
  retries: 1,
  reporter: 'list',
  use: {
    viewport: { width: 1280, height: 800 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(existsSync(chromium) ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
