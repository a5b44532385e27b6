import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/*
 * How the tests and the bench start Chromium: Debian's build through executablePath (nothing is
 * downloaded; set CHROMIUM_PATH for another, or let Playwright use its own where that path is
 * absent), with the switches that keep Chromium's own background connections from being refused
 * many at a time on these machines.
 */

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunchOptions: LaunchOptions = {
  ...(existsSync(executablePath) ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
