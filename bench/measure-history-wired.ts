import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoApiServer } from '../src/main/demo/demo-api-server';
import { createMemoryLogger } from '../src/main/logger';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import { createBenchCore } from './bench-core';
import { BENCH_NOW } from './measure-main';
import { median, repeat } from './stats';

/*
 * The history as main runs it: a refresh through icps:list (the API over HTTP, the cache, and the
 * history recording beside them, off the reply's path), then history:marks, which queues behind
 * that recording. The changes of the refresh are computed while the list is written to the cache,
 * so the history's own account of its compare and save (its log line) is the figure; the time
 * from the list's reply to the marks' answer is what it still adds once the list is on its way.
 */

export interface WiredHistoryFigures {
  count: number;
  /** icps:list from the network with 1% of the ICPs changed on the server. */
  listReplyMs: number;
  /** The history computing that refresh's changes (fingerprints, then the changed ICPs' diffs), wall time. */
  compareMs: number;
  /** The same less the pauses in which it lets other work run (the list's cache write): its own wall time. */
  compareBusyMs: number;
  /** This process's CPU time over the compare's own slices, which a busy machine hardly inflates. */
  compareCpuMs: number;
  /** Saving the changed versions' segments and the index. */
  saveMs: number;
  /** From the list's reply to history:marks answered: what is left of the history's work by then. */
  afterReplyMs: number;
}

const USER = { id: 'user_abc123', token: 'bench-token', admin: false };
const HOUR_MS = 3_600_000;

export async function measureWiredHistory(count: number, runs: number): Promise<WiredHistoryFigures> {
  let icps = generateIcps(count, { seed: 7, now: BENCH_NOW }) as { leadsPerList: number; updatedAt: string }[];
  const server = await startDemoApiServer({ icps, users: [USER], now: BENCH_NOW });
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-wired-'));
  const log = createMemoryLogger();
  const core = createBenchCore(dataDir, log);
  try {
    const signedIn = await core.dispatch('session:signIn', { baseUrl: server.url, token: USER.token });
    if (!signedIn.ok) throw new Error(signedIn.error.message);
    let round = 0;
    const samples = await repeat(runs, 1, async () => {
      round += 1;
      const updatedAt = new Date(BENCH_NOW.getTime() + round * HOUR_MS).toISOString();
      icps = icps.map((icp, index) => (index % 100 === round % 100 ? { ...icp, leadsPerList: icp.leadsPerList + 1, updatedAt } : icp));
      server.setIcps(icps);
      const started = performance.now();
      const listed = await core.dispatch('icps:list', { source: 'network' });
      const replied = performance.now();
      const marks = await core.dispatch('history:marks', {});
      const answered = performance.now();
      if (!listed.ok || !marks.ok) throw new Error('the bench refresh failed');
      if ((marks.data as { changedIds: string[] }).changedIds.length < Math.floor(count / 100)) throw new Error('the refresh recorded no changes');
      const took = /History: \d+ ICPs from the list: .*\(compared in ([\d.]+) ms \(busy ([\d.]+) ms, CPU ([\d.]+) ms\), saved in ([\d.]+) ms\)/.exec(
        log.lines.findLast((line) => line.includes('History:')) ?? '',
      );
      if (!took) throw new Error('the history logged no timings for the refresh');
      const [compare, busy, cpu, save] = took.slice(1).map(Number) as [number, number, number, number];
      return { reply: replied - started, compare, busy, cpu, save, after: answered - replied };
    });
    return {
      count,
      listReplyMs: median(samples.map((s) => s.reply)),
      compareMs: median(samples.map((s) => s.compare)),
      compareBusyMs: median(samples.map((s) => s.busy)),
      compareCpuMs: median(samples.map((s) => s.cpu)),
      saveMs: median(samples.map((s) => s.save)),
      afterReplyMs: median(samples.map((s) => s.after)),
    };
  } finally {
    await core.logFile.flush();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
