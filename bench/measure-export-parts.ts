import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { createChecksService, type ReviewList } from '../src/main/checks/checks-service';
import { buildExportBytes } from '../src/main/export/build-export-text';
import { exportItems } from '../src/main/export/export-items';
import { writeExportFile } from '../src/main/export/write-export-file';
import { createMemoryLogger } from '../src/main/logger';
import type { Session } from '../src/main/session/session-manager';
import { nodeFileSystem } from '../src/main/storage/file-system';
import { reportPieces } from '../src/shared/export/report-html';
import type { Icp } from '../src/shared/icp-schema';
import { ok } from '../src/shared/result';
import { BENCH_NOW } from './measure-main';
import { median, repeat } from './stats';

/*
 * The export path's parts as main runs them, each with its CPU time (main and the worker
 * together: a busy machine inflates wall time far more) and main's longest event-loop stall:
 * the findings asked of the real checks worker (its answers read by main), what reading those
 * answers alone costs main (a structured clone's deserialisation), and the report's file write.
 */

export interface ExportPartsFigures {
  /** exportItems over every ICP: the worker's batched answers (review already made), read by main. */
  workerMs: number;
  workerCpuMs: number;
  workerStallMs: number;
  /** Characters of the answers' findings: what crosses from the worker. */
  answerChars: number;
  /** Deserialising all the answers at once: main's share of receiving them, spread over batches. */
  receiveMs: number;
  /** The report's bytes as main makes them: in slices, yielding between them, each encoded as made. */
  buildMs: number;
  buildCpuMs: number;
  buildStallMs: number;
  /** writeExportFile of those bytes (atomic, fsync'd). */
  writeMs: number;
  writeStallMs: number;
}

interface Timed {
  ms: number;
  cpuMs: number;
  stallMs: number;
}

async function timed(work: () => Promise<unknown>): Promise<Timed> {
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  const cpu = process.cpuUsage();
  stalls.enable();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  stalls.disable();
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, stallMs: stalls.max / 1e6 };
}

export async function measureExportParts(icps: readonly Icp[], runs: number): Promise<ExportPartsFigures> {
  const checks = createChecksService({ clock: () => BENCH_NOW, log: createMemoryLogger() });
  const list: ReviewList = { source: { file: 'bench', fetchedAt: 'bench', icps }, icps: async () => icps };
  // Only what exportItems asks of a session: the list to review, and no history. Its wait is
  // lifted: on a loaded machine the 20 s bound dropped the findings, timing the bound instead.
  const session = { icps: { reviewList: async () => list }, history: { sinceReview: async () => ok(new Map()) } } as unknown as Session;
  const dir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-write-'));
  try {
    // The review is made once per list, before any export (the checks figures time it).
    await checks.ask(list, { kind: 'summaries' });
    let items: Awaited<ReturnType<typeof exportItems>> = [];
    const asked = await repeat(runs, 1, () => timed(async () => (items = await exportItems(session, icps, { checks, waitMs: 300_000 }))));
    const answers = items.map((item) => item.findings ?? []);
    const serialized = serialize(answers);
    const receive = await repeat(runs, 1, async () => {
      const started = performance.now();
      deserialize(serialized);
      return performance.now() - started;
    });
    let bytes: Buffer = Buffer.alloc(0);
    const builds = await repeat(runs, 1, () =>
      timed(async () => (bytes = await buildExportBytes(reportPieces({ account: 'Bench account', items, clock: { now: BENCH_NOW } }), () => {}))),
    );
    const writes = await repeat(runs, 1, () => timed(() => writeExportFile(nodeFileSystem, join(dir, 'report.html'), bytes)));
    return {
      workerMs: median(asked.map((run) => run.ms)),
      workerCpuMs: median(asked.map((run) => run.cpuMs)),
      workerStallMs: Math.max(...asked.map((run) => run.stallMs)),
      answerChars: answers.reduce((sum, findings) => sum + findings.reduce((chars, finding) => chars + finding.message.length, 0), 0),
      receiveMs: median(receive),
      buildMs: median(builds.map((run) => run.ms)),
      buildCpuMs: median(builds.map((run) => run.cpuMs)),
      buildStallMs: Math.max(...builds.map((run) => run.stallMs)),
      writeMs: median(writes.map((run) => run.ms)),
      writeStallMs: Math.max(...writes.map((run) => run.stallMs)),
    };
  } finally {
    await checks.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
