import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium-launch';

/*
 * e2e tests run the built renderer (out/renderer, from `npm run build`) in Chromium against the
 * web host (src/web-host/web-host.ts): the real main-process code under Node. Chromium is
 * Debian's, never downloaded (see tests/support/chromium-launch.ts).
 */

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
  // No retries: a test that passes only on a second try is a failure (CI runs on busy 2-core
  // machines, so every test waits on conditions with timeouts sized to its work instead).
  retries: 0,
  reporter: 'list',
  use: {
    viewport: { width: 1280, height: 800 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
