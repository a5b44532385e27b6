import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoApiServer } from '../src/main/demo/demo-api-server';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import { createBenchCore } from './bench-core';
import { BENCH_NOW } from './measure-main';
import { median, repeat } from './stats';

/*
 * The history as main runs it: a refresh through icps:list (the API over HTTP, the cache, and the
 * history recording off the reply's path), then history:marks, which queues behind that
 * recording. "Changes of a refresh" is the time from the list's reply to the marks' answer: what
 * the history adds after the list is already on its way to the screen.
 */

export interface WiredHistoryFigures {
  count: number;
  /** icps:list from the network with 1% of the ICPs changed on the server. */
  listReplyMs: number;
  /** From that reply to history:marks answered: comparing, saving the changed versions, the marks. */
  changesMs: number;
}

const USER = { id: 'user_abc123', token: 'bench-token', admin: false };
const HOUR_MS = 3_600_000;

export async function measureWiredHistory(count: number, runs: number): Promise<WiredHistoryFigures> {
  let icps = generateIcps(count, { seed: 7, now: BENCH_NOW }) as { leadsPerList: number; updatedAt: string }[];
  const server = await startDemoApiServer({ icps, users: [USER], now: BENCH_NOW });
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-wired-'));
  const core = createBenchCore(dataDir);
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
      return { reply: replied - started, changes: answered - replied };
    });
    return { count, listReplyMs: median(samples.map((s) => s.reply)), changesMs: median(samples.map((s) => s.changes)) };
  } finally {
    await core.logFile.flush();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
