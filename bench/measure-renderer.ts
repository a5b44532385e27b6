import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startDemoApiServer, type DemoServer } from '../src/main/demo/demo-api-server';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import { createMemoryLogger } from '../src/main/logger';
import type { TokenStore } from '../src/main/secrets/token-store';
import { startWebHost, type WebHost } from '../src/web-host/web-host';
import { BENCH_NOW } from './measure-main';
import { median, percentile, repeat } from './stats';
import {
  MARK_LIST_DATA,
  MARK_LIST_PAINTED,
  MARK_SEARCH_COMMITTED,
  MARK_SEARCH_INPUT,
  MARK_SEARCH_PAINTED,
  MARK_SEARCH_READY,
} from '../src/renderer/src/perf/marks';
import { chromiumLaunchOptions } from '../tests/support/chromium-launch';

/*
 * Renderer figures, in Chromium through the web test host (the real main-process code under
 * Node, the built renderer): data arrival to list painted, keystroke to updated list, cold start
 * from the cache with the API down, and the JS heap after loading the list. Timings come from the
 * renderer's own performance marks (src/renderer/src/perf/marks.ts).
 */

export interface RendererFigures {
  count: number;
  /** icp-desk:list-data -> icp-desk:list-painted for the first (full) list of a page load. */
  listPaintedMs: number;
  /** The same, with a tenth of the ICPs marked Changed by the history (its marks arrive after the list). */
  listPaintedMarkedMs: number;
  /** Data arrival to the history's counts shown (the marks are asked for once the list is applied). */
  marksShownMs: number;
  /** Keystroke (input event) -> the filtered list committed to the DOM. */
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  /** Keystroke -> the frame showing it painted (adds the wait for the next frame, up to 16.7 ms). */
  keystrokePaintedP50Ms: number;
  keystrokePaintedP95Ms: number;
  keystrokes: number;
  /** List painted -> the search index built in idle time (keystrokes are measured after it). */
  searchReadyMs: number;
  /** Navigation start -> first list painted, new host over a warm cache, API stopped. */
  coldStartMs: number;
  heapMb: number;
}

const USER = { id: 'user_abc123', token: 'bench-token', admin: false };

/** The bench measures speed, not the keychain: the token stays in memory for its run. */
export function memoryTokenStore(): TokenStore {
  const tokens = new Map<string, string>();
  return {
    read: async (origin) => tokens.get(origin) ?? null,
    save: async (origin, token) => void tokens.set(origin, token),
    remove: async (origin) => void tokens.delete(origin),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

type Mark = { name: string; startTime: number; detail: unknown };

const marks = (page: Page, prefix = 'icp-desk:'): Promise<Mark[]> =>
  page.evaluate(
    (p) =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith(p))
        .map((m) => ({ name: m.name, startTime: m.startTime, detail: (m as PerformanceMark).detail })),
    prefix,
  );

export async function waitForMarks(page: Page, name: string, count: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n as string).length >= (c as number), [name, count] as const, { timeout, polling: 10 });
}

/** The search index of the last list applied is built: the app has settled after a new list. */
export async function waitForSearchReady(page: Page): Promise<void> {
  await page.waitForFunction(
    ([dataMark, readyMark]) => {
      const lastData = performance.getEntriesByName(dataMark).at(-1)?.startTime ?? 0;
      return performance.getEntriesByName(readyMark).some((mark) => mark.startTime > lastData);
    },
    [MARK_LIST_DATA, MARK_SEARCH_READY] as const,
    { timeout: 120_000, polling: 20 },
  );
}

/** The first list-data of the page, and the first list-painted after it. */
export async function firstListPaint(page: Page): Promise<{ dataAt: number; paintedAt: number }> {
  await waitForMarks(page, MARK_LIST_PAINTED, 1);
  const all = await marks(page);
  const data = all.find((m) => m.name === MARK_LIST_DATA && (m.detail as { count?: number } | null)?.count !== 0);
  if (!data) throw new Error('no list-data mark: is the renderer built with its performance marks?');
  const painted = all.find((m) => m.name === MARK_LIST_PAINTED && m.startTime >= data.startTime);
  if (!painted) throw new Error('no list-painted mark after the data');
  return { dataAt: data.startTime, paintedAt: painted.startTime };
}

/** A reviewer's typing: words that narrow the list, corrections, a cleared box. */
const KEYS: string[] = [
  ...'cto germany',
  ...Array<string>(7).fill('Backspace'),
  ...'sales',
  ...Array<string>(5).fill('Backspace'),
  ...'logistics',
  ...Array<string>(9).fill('Backspace'),
  ...'vp',
  'Backspace',
  'Backspace',
]; // 50 keys; the box never empties, so every key changes the query

async function measureKeystrokes(page: Page): Promise<{ committed: number; painted: number }[]> {
  const search = page.getByRole('searchbox', { name: 'Search ICPs' });
  await search.fill('');
  await search.focus();
  await page.evaluate(() => performance.clearMarks());
  const durations: { committed: number; painted: number }[] = [];
  for (const key of KEYS) {
    const before = await page.evaluate((name) => performance.getEntriesByName(name).length, MARK_SEARCH_PAINTED);
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await waitForMarks(page, MARK_SEARCH_PAINTED, before + 1, 10_000);
    const all = await marks(page, 'icp-desk:search-');
    const last = (name: string) => all.filter((m) => m.name === name).at(-1)!.startTime;
    const input = last(MARK_SEARCH_INPUT);
    durations.push({ committed: last(MARK_SEARCH_COMMITTED) - input, painted: last(MARK_SEARCH_PAINTED) - input });
  }
  await search.fill('');
  return durations;
}

async function heapAfterLoad(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

export async function measureRenderer(browser: Browser, count: number, runs: number): Promise<RendererFigures> {
  const server: DemoServer = await startDemoApiServer({ icps: generateIcps(count, { seed: 7, now: BENCH_NOW }), users: [USER], now: BENCH_NOW });
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-'));
  const tokenStore = memoryTokenStore();
  const startHost = () =>
    startWebHost({ dataDir, tokenStore, launchDemo: () => Promise.reject(new Error('no demo in the bench')), log: createMemoryLogger(), timeoutMs: 300_000 });
  let host: WebHost = await startHost();
  try {
    const signedIn = await host.core.dispatch('session:signIn', { baseUrl: server.url, token: USER.token });
    if (!signedIn.ok) throw new Error(signedIn.error.message);

    // (c) Each run a fresh page: data arrival -> painted, then 50 keystrokes, then the heap.
    const keystrokes: { committed: number; painted: number }[] = [];
    const heaps: number[] = [];
    const indexing: number[] = [];
    const paints = await repeat(runs, 1, async (warmup) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(host.url);
      const { dataAt, paintedAt } = await firstListPaint(page);
      await waitForMarks(page, MARK_LIST_PAINTED, 2); // the network copy has replaced the cached one
      // Typing is measured once the app is settled: the search index is built in idle time.
      await waitForSearchReady(page);
      const ready = await page.evaluate(
        ([paintedMark, readyMark]) => performance.getEntriesByName(readyMark).at(-1)!.startTime - performance.getEntriesByName(paintedMark).at(-1)!.startTime,
        [MARK_LIST_PAINTED, MARK_SEARCH_READY] as const,
      );
      const heap = await heapAfterLoad(page);
      const typed = await measureKeystrokes(page);
      if (!warmup) {
        indexing.push(Math.max(0, ready));
        heaps.push(heap);
        keystrokes.push(...typed);
      }
      await context.close();
      return paintedAt - dataAt;
    });

    // (c') The same with history markers: every tenth ICP changed on the server and refreshed in main.
    const icps = generateIcps(count, { seed: 7, now: BENCH_NOW }) as { leadsPerList: number; updatedAt: string }[];
    const changedAt = new Date(BENCH_NOW.getTime() + 3_600_000).toISOString();
    server.setIcps(icps.map((icp, index) => (index % 10 === 0 ? { ...icp, leadsPerList: icp.leadsPerList + 1, updatedAt: changedAt } : icp)));
    const refreshed = await host.core.dispatch('icps:list', { source: 'network' });
    if (!refreshed.ok) throw new Error(refreshed.error.message);
    const marked = `Changed since review: ${Math.ceil(count / 10).toLocaleString('en-US')}`;
    const shownMarks: number[] = [];
    const markedPaints = await repeat(runs, 1, async (warmup) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(host.url);
      const { dataAt, paintedAt } = await firstListPaint(page);
      const label = page.getByRole('button', { name: marked });
      await label.waitFor({ timeout: 120_000 });
      const shownAt = await page.evaluate(() => performance.now());
      if (!warmup) shownMarks.push(shownAt - dataAt);
      // As the runs above: the next page loads once this one's refresh is done (the API's copy
      // painted, its search index built), not while main still serves it.
      await waitForMarks(page, MARK_LIST_PAINTED, 2);
      await waitForSearchReady(page);
      await context.close();
      return paintedAt - dataAt;
    });

    // (d) Cold start from the cache with the API down: a new host (nothing in memory) each run.
    await server.close();
    const cold = await repeat(runs, 1, async () => {
      await host.close();
      host = await startHost();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(host.url);
      const { paintedAt } = await firstListPaint(page);
      await context.close();
      return paintedAt; // ms since the page's navigation started
    });

    return {
      count,
      listPaintedMs: median(paints),
      listPaintedMarkedMs: median(markedPaints),
      marksShownMs: median(shownMarks),
      keystrokeP50Ms: percentile(
        keystrokes.map((k) => k.committed),
        50,
      ),
      keystrokeP95Ms: percentile(
        keystrokes.map((k) => k.committed),
        95,
      ),
      keystrokePaintedP50Ms: percentile(
        keystrokes.map((k) => k.painted),
        50,
      ),
      keystrokePaintedP95Ms: percentile(
        keystrokes.map((k) => k.painted),
        95,
      ),
      keystrokes: keystrokes.length,
      searchReadyMs: median(indexing),
      coldStartMs: median(cold),
      heapMb: median(heaps),
    };
  } finally {
    await host.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
