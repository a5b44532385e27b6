import { test } from '@playwright/test';

/*
 * What each costly step of an e2e test may take on a busy 2-core machine. A step adds its budget
 * to the running test's timeout when it starts, so a test's time limit grows with the work it does
 * instead of being guessed once for all tests. Measured at a load average of 24 on 2 cores (two CPU
 * hogs and parallel suites): opening the app and waiting for its list up to 11 s, one screenshot up
 * to 11 s, opening an ICP through the search up to 5 s, one axe run 2-8 s. On a quiet laptop each
 * is well under a second, so a budget only ever matters on a machine that really is slow.
 */
export const WORK_BUDGET_MS = {
  openApp: 20_000,
  screenshot: 15_000,
  openIcp: 8_000,
  axeRun: 20_000,
} as const;

/** Grows the running test's (or hook's) timeout by the budget of `times` steps of `step`. */
export function allowFor(step: keyof typeof WORK_BUDGET_MS, times = 1): void {
  const info = test.info();
  info.setTimeout(info.timeout + times * WORK_BUDGET_MS[step]);
}
