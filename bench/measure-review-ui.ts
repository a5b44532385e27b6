import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startDemoApiServer } from '../src/main/demo/demo-api-server';
import type { WebHost } from '../src/web-host/web-host';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import { BENCH_NOW } from './measure-main';
import { firstListPaint, memoryTokenStore } from './measure-renderer';
import { startBenchHost } from './bench-core';
import { median, repeat } from './stats';

/*
 * The review as a reviewer meets it: the app opened on a cached workspace (API down, so exactly
 * one list is reviewed), the list painted, the header's Review button pressed at once, and the
 * Review view's counts on screen. Each run starts a new host, so the checks worker reviews the
 * list from nothing, as on a fresh start of the app.
 */

export interface ReviewUiFigures {
  count: number;
  runs: number;
  /** Navigation -> the cached list painted, while the checks worker starts reviewing. */
  listPaintedMs: number;
  /** Review pressed (right after the list painted) -> its rule counts and pair count shown. */
  reviewShownMs: number;
  /** Navigation -> the Review view's counts shown: what opening the workspace to review it takes. */
  openToReviewMs: number;
  /**
   * CPU time of this process (main's code under the web host, and its checks worker) from the
   * navigation to the counts shown: the work itself, which a busy machine inflates far less.
   */
  openToReviewCpuMs: number;
  /** The pair count the Review view shows (the bench checks it against its own count). */
  pairsShown: number;
  rulesShown: number;
}

const USER = { id: 'user_abc123', token: 'bench-token', admin: false };
/** A 100,000-ICP review takes a minute of CPU, several on a machine shared with other work. */
const REVIEW_TIMEOUT_MS = 900_000;

const review = (page: Page) => page.getByRole('region', { name: 'Review' });

export async function measureReviewUi(browser: Browser, count: number, runs: number): Promise<ReviewUiFigures> {
  const server = await startDemoApiServer({ icps: generateIcps(count, { seed: 7, now: BENCH_NOW }), users: [USER], now: BENCH_NOW });
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-review-'));
  const startHost = () => startBenchHost(dataDir, { tokenStore, clock: () => BENCH_NOW });
  const tokenStore = memoryTokenStore();
  let host: WebHost | null = await startHost();
  try {
    const signedIn = await host.core.dispatch('session:signIn', { baseUrl: server.url, token: USER.token });
    if (!signedIn.ok) throw new Error(signedIn.error.message);
    const listed = await host.core.dispatch('icps:list', { source: 'network' });
    if (!listed.ok) throw new Error(listed.error.message);
    await server.close();

    let pairsShown = 0;
    let rulesShown = 0;
    // At 100,000 one run without a warm-up: each takes minutes on a loaded machine.
    const samples = await repeat(runs, count >= 100_000 ? 0 : 1, async () => {
      await host?.close();
      host = null;
      host = await startHost();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        const cpuStarted = process.cpuUsage();
        await page.goto(host.url);
        const { paintedAt } = await firstListPaint(page);
        const pressedAt = await page.evaluate(() => performance.now());
        await page.getByRole('button', { name: 'Review', exact: true }).click();
        const pairs = review(page).getByText(/^[\d,]+ pairs? of active ICPs compete for the same people/);
        await pairs.waitFor({ timeout: REVIEW_TIMEOUT_MS });
        const shownAt = await page.evaluate(() => performance.now());
        const cpu = process.cpuUsage(cpuStarted);
        pairsShown = Number(/^[\d,]+/.exec((await pairs.textContent()) ?? '')?.[0].replace(/,/g, '') ?? NaN);
        rulesShown = await review(page).getByRole('list', { name: 'Rules' }).getByRole('listitem').count();
        return { listPaintedMs: paintedAt, reviewShownMs: shownAt - pressedAt, openToReviewMs: shownAt, cpuMs: (cpu.user + cpu.system) / 1000 };
      } finally {
        await context.close();
      }
    });
    return {
      count,
      runs,
      listPaintedMs: median(samples.map((s) => s.listPaintedMs)),
      reviewShownMs: median(samples.map((s) => s.reviewShownMs)),
      openToReviewMs: median(samples.map((s) => s.openToReviewMs)),
      openToReviewCpuMs: median(samples.map((s) => s.cpuMs)),
      pairsShown,
      rulesShown,
    };
  } finally {
    await host?.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
