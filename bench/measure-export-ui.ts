import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Browser, Page } from '@playwright/test';
import { startDemoApiServer } from '../src/main/demo/demo-api-server';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import { BENCH_NOW } from './measure-main';
import { firstListPaint } from './measure-renderer';
import { startBenchHost } from './bench-core';
import { median, repeat } from './stats';

/*
 * Exports as the user makes them: in Chromium through the web host (main's real handlers run in
 * this process), "Export all ▾ → CSV… / Report…" clicked, until the toast says where the file
 * went. Meanwhile the renderer's long tasks are observed (the longest is the longest frame the
 * export caused) and main's event loop is sampled (the longest it was held).
 */

export interface ExportUiFigures {
  count: number;
  /** Click on the menu choice -> the "Exported …" toast, the file written. */
  csvMs: number;
  reportMs: number;
  /** CPU time of this process (main's handlers and the checks worker) meanwhile. */
  csvCpuMs: number;
  reportCpuMs: number;
  csvMb: number;
  reportMb: number;
  /** The longest renderer task while either export ran (0: none over 50 ms, the long-task floor). */
  longestRendererTaskMs: number;
  /** The longest main's event loop was held while either export ran. */
  longestMainStallMs: number;
}

const USER = { id: 'user_abc123', token: 'bench-export-token', admin: false };

async function exportOnce(page: Page, choice: 'CSV…' | 'Report…', count: number): Promise<{ ms: number; cpuMs: number; longestTask: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __observer?: PerformanceObserver };
    w.__longest = 0;
    w.__observer?.disconnect();
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: /^Export all / }).click();
  const started = Date.now();
  const cpu = process.cpuUsage();
  await page.getByRole('menuitem', { name: choice, exact: true }).click();
  await page
    .getByText(`Exported ${count.toLocaleString('en-US')} ICPs to`)
    .last()
    .waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  const used = process.cpuUsage(cpu);
  const longestTask = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  // The toasts go, so the next run waits for its own.
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  return { ms, cpuMs: (used.user + used.system) / 1000, longestTask };
}

export async function measureExportUi(browser: Browser, count: number, runs: number): Promise<ExportUiFigures> {
  const server = await startDemoApiServer({ icps: generateIcps(count, { seed: 7, now: BENCH_NOW }), users: [USER], now: BENCH_NOW });
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-export-'));
  const host = await startBenchHost(dataDir);
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  try {
    const signedIn = await host.core.dispatch('session:signIn', { baseUrl: server.url, token: USER.token });
    if (!signedIn.ok) throw new Error(signedIn.error.message);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await firstListPaint(page);
    let longestTask = 0;
    let longestStall = 0;
    const measure = async (choice: 'CSV…' | 'Report…') =>
      repeat(runs, 1, async (warmup) => {
        stalls.reset();
        stalls.enable();
        const run = await exportOnce(page, choice, count);
        stalls.disable();
        if (!warmup) {
          longestTask = Math.max(longestTask, run.longestTask);
          longestStall = Math.max(longestStall, stalls.max / 1e6);
        }
        return run;
      });
    const csv = await measure('CSV…');
    const csvMb = statSync(host.exportedFiles.at(-1)!).size / 1e6;
    const report = await measure('Report…');
    const reportMb = statSync(host.exportedFiles.at(-1)!).size / 1e6;
    await context.close();
    return {
      count,
      csvMs: median(csv.map((run) => run.ms)),
      reportMs: median(report.map((run) => run.ms)),
      csvCpuMs: median(csv.map((run) => run.cpuMs)),
      reportCpuMs: median(report.map((run) => run.cpuMs)),
      csvMb,
      reportMb,
      longestRendererTaskMs: longestTask,
      longestMainStallMs: longestStall,
    };
  } finally {
    stalls.disable();
    await host.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
