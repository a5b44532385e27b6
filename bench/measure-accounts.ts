import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoApiServer } from '../src/main/demo/demo-api-server';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import type { SessionStatus } from '../src/shared/ipc-contract';
import type { Browser } from '@playwright/test';
import { MARK_ACCOUNT_SWITCH, MARK_LIST_PAINTED } from '../src/renderer/src/perf/marks';
import { BENCH_NOW } from './measure-main';
import { waitForMarks, waitForSearchReady } from './measure-renderer';
import { createBenchCore, startBenchHost } from './bench-core';
import { median, repeat } from './stats';

export interface AccountFigures {
  count: number;
  /** accounts:switch answered: the other account open (its token read, its cache ready to read). */
  switchMs: number;
  /** accounts:switch, then icps:list from the cache, serialized as it crosses to the renderer. */
  switchToListMs: number;
  /** In Chromium: Ctrl+1/Ctrl+2 pressed (icp-desk:account-switch) -> the account's cached list painted. */
  switchPaintedMs: number;
  /** Meanwhile, the renderer's main-thread task time (Chromium's TaskDuration): its own work, which load hardly inflates. */
  switchRendererBusyMs: number;
  /** Meanwhile, main's CPU time (this process: the web host's main code, its workers and the test API). */
  switchMainCpuMs: number;
}

const USERS = [
  { id: 'user_bench_a', token: 'bench-token-a', admin: false },
  { id: 'user_bench_b', token: 'bench-token-b', admin: false },
];

/**
 * Main's side of switching accounts: two accounts with `count` cached ICPs each, switched back and
 * forth; each run ends when the list page from the new account's cache is ready to send.
 */
export async function measureAccounts(browser: Browser, count: number, runs: number): Promise<AccountFigures> {
  const icps = generateIcps(count, { seed: 7, now: BENCH_NOW, userIds: USERS.map((user) => user.id) });
  const server = await startDemoApiServer({ icps, users: USERS, now: BENCH_NOW });
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-accounts-'));
  try {
    const core = createBenchCore(dataDir);
    const ids: string[] = [];
    for (const user of USERS) {
      const added = await core.dispatch('accounts:add', { baseUrl: server.url, token: user.token });
      if (!added.ok) throw new Error(`the bench could not add an account: ${added.error.message}`);
      ids.push((added.data as Extract<SessionStatus, { state: 'signedIn' }>).account.id);
    }
    let next = 0;
    const samples = await repeat(runs, 2, async () => {
      const id = ids[next++ % ids.length]!;
      const started = performance.now();
      const switched = await core.dispatch('accounts:switch', { id });
      const switchedAt = performance.now();
      const page = await core.dispatch('icps:list', { source: 'cache' });
      const bytes = JSON.stringify(page).length;
      const ready = performance.now();
      if (!switched.ok || !page.ok || bytes < count * 50) throw new Error('the bench switch did not give the cached list');
      return { switchMs: switchedAt - started, switchToListMs: ready - started };
    });
    return {
      count,
      switchMs: median(samples.map((s) => s.switchMs)),
      switchToListMs: median(samples.map((s) => s.switchToListMs)),
      ...(await measureSwitchPaint(browser, server.url, count, runs)),
    };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The renderer's side, as the user sees it: the same two accounts in a web host, switched with
 * Ctrl+1 / Ctrl+2 in Chromium. Each run ends when the list of the account just opened, from its
 * cache, is painted (the first list-painted after the switch mark); the next run waits for the
 * app to settle (the API's copy painted and its search index built), as a user's next switch would.
 */
async function measureSwitchPaint(
  browser: Browser,
  apiUrl: string,
  count: number,
  runs: number,
): Promise<Pick<AccountFigures, 'switchPaintedMs' | 'switchRendererBusyMs' | 'switchMainCpuMs'>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-switch-'));
  const host = await startBenchHost(dataDir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    for (const user of USERS) {
      const added = await host.core.dispatch('accounts:add', { baseUrl: apiUrl, token: user.token });
      if (!added.ok) throw new Error(`the bench could not add an account: ${added.error.message}`);
    }
    const page = await context.newPage();
    await page.goto(host.url);
    await waitForMarks(page, MARK_LIST_PAINTED, 2); // the cached list, then the API's
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const rendererTaskMs = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
    };
    const mainCpuMs = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };
    let next = 0;
    const samples = await repeat(runs, 2, async () => {
      const switches = await page.evaluate((name) => performance.getEntriesByName(name).length, MARK_ACCOUNT_SWITCH);
      const tasksBefore = await rendererTaskMs();
      const cpuBefore = mainCpuMs();
      await page.keyboard.press(`ControlOrMeta+${(next++ % 2) + 1}`);
      await waitForMarks(page, MARK_ACCOUNT_SWITCH, switches + 1);
      const paints = await page.waitForFunction(
        ([switchMark, paintedMark]) => {
          const at = performance.getEntriesByName(switchMark).at(-1)!.startTime;
          const after = performance.getEntriesByName(paintedMark).find((mark) => mark.startTime > at);
          return after ? after.startTime - at : null;
        },
        [MARK_ACCOUNT_SWITCH, MARK_LIST_PAINTED] as const,
        { timeout: 120_000, polling: 10 },
      );
      const mainCpu = mainCpuMs() - cpuBefore;
      const rendererBusy = (await rendererTaskMs()) - tasksBefore;
      const paintedMs = (await paints.jsonValue()) as number;
      // The next switch waits until the app has settled: the API's copy painted, its search index built.
      await page.waitForFunction(
        ([switchMark, paintedMark]) => {
          const at = performance.getEntriesByName(switchMark).at(-1)!.startTime;
          return performance.getEntriesByName(paintedMark).filter((mark) => mark.startTime > at).length >= 2;
        },
        [MARK_ACCOUNT_SWITCH, MARK_LIST_PAINTED] as const,
        { timeout: 120_000, polling: 20 },
      );
      await waitForSearchReady(page);
      return { paintedMs, rendererBusy, mainCpu };
    });
    return {
      switchPaintedMs: median(samples.map((s) => s.paintedMs)),
      switchRendererBusyMs: median(samples.map((s) => s.rendererBusy)),
      switchMainCpuMs: median(samples.map((s) => s.mainCpu)),
    };
  } finally {
    await context.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
