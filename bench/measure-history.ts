import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHistoryStore, type HistoryStore } from '../src/main/history/history-store';
import { createMemoryLogger } from '../src/main/logger';
import { nodeFileSystem, type AppFileSystem } from '../src/main/storage/file-system';
import type { RecordedChanges } from '../src/shared/history/history-schema';
import type { Icp } from '../src/shared/icp-schema';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import { BENCH_NOW } from './measure-main';
import { median, repeat } from './stats';

/*
 * The ICP history at one size: built through its own API to 10 versions of every ICP (a refresh
 * in which every ICP changed, nine times, a day apart), then the disk it takes and what a
 * refresh costs: with nothing changed (fingerprints only, no file written) and with 1% changed
 * and 1% touched (the newest versions of those read and diffed, their segments saved).
 */

export interface HistoryFigures {
  count: number;
  versionsEach: number;
  /** The first list recorded: every ICP new, every segment written. */
  firstRefreshMs: number;
  /** A refresh in which every ICP changed (median of the builds). */
  allChangedMs: number;
  /** Bytes of the history files, and what the file system allocated for them. */
  diskBytes: number;
  diskAllocatedBytes: number;
  files: number;
  /** A refresh with nothing changed: the compare, and the files it wrote (must be 0). */
  unchangedMs: number;
  unchangedFilesWritten: number;
  /** A refresh with 1% changed and 1% touched: compare (fingerprints, reading and diffing the changed ones), and the saves. */
  onePercentCompareMs: number;
  onePercentSaveMs: number;
  /** A new session's first call: reading the index and review marks, then an unchanged refresh. */
  reopenMs: number;
  /** One ICP's versions for the Changes tab. */
  versionsReadMs: number;
}

const DAY_MS = 86_400_000;

/** The real file system, counting the files written. */
function countingFileSystem() {
  let writes = 0;
  const fs: AppFileSystem = {
    ...nodeFileSystem,
    async writeAtomic(path, data, options) {
      writes += 1;
      await nodeFileSystem.writeAtomic(path, data, options);
    },
  };
  return {
    fs,
    /** Files written since the last call. */
    take() {
      const taken = writes;
      writes = 0;
      return taken;
    },
  };
}

/** The store's own account of its last call: "History: … (compared in X ms (busy …), saved in Y ms)". */
function lastTimings(lines: readonly string[]): { compareMs: number; saveMs: number } {
  const match = /compared in ([\d.]+) ms \(.*?\), saved in ([\d.]+) ms/.exec(lines.at(-1) ?? '');
  if (!match) throw new Error(`the history logged no timings: ${lines.at(-1)}`);
  return { compareMs: Number(match[1]), saveMs: Number(match[2]) };
}

function diskUse(dir: string): { bytes: number; allocated: number; files: number } {
  let bytes = 0;
  let allocated = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const stat = statSync(join(entry.parentPath, entry.name));
    bytes += stat.size;
    allocated += stat.blocks * 512;
    files += 1;
  }
  return { bytes, allocated, files };
}

async function record(store: HistoryStore, icps: readonly Icp[], at: Date): Promise<RecordedChanges> {
  const result = await store.recordReceived(icps, { source: 'list', at });
  if (!result.ok) throw new Error(`the bench's history call failed: ${result.error.message}`);
  if (result.data.warnings.length > 0) throw new Error(`the bench's history call warned: ${result.data.warnings[0]}`);
  return result.data;
}

export async function measureHistory(count: number, runs: number, versionsEach = 10): Promise<HistoryFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'icp-desk-bench-history-'));
  try {
    const counted = countingFileSystem();
    const log = createMemoryLogger();
    let now = BENCH_NOW.getTime();
    const clock = () => new Date(now);
    const open = () => createHistoryStore({ fs: counted.fs, folder, clock, log });
    let store = open();
    let icps = JSON.parse(JSON.stringify(generateIcps(count, { seed: 7, now: BENCH_NOW }))) as Icp[];

    let started = performance.now();
    await record(store, icps, clock());
    const firstRefreshMs = performance.now() - started;
    const allChanged: number[] = [];
    for (let version = 2; version <= versionsEach; version++) {
      now += DAY_MS;
      const at = clock();
      icps = icps.map((icp) => ({ ...icp, leadsPerList: icp.leadsPerList + 1, updatedAt: at.toISOString() }));
      started = performance.now();
      const changes = await record(store, icps, at);
      allChanged.push(performance.now() - started);
      if (changes.changedIds.length !== count) throw new Error(`expected ${count} changed ICPs, got ${changes.changedIds.length}`);
    }
    const disk = diskUse(join(folder, 'history'));
    counted.take();

    const unchanged = await repeat(runs, 1, async () => {
      const fresh = JSON.parse(JSON.stringify(icps)) as Icp[]; // new objects, as a new reply would be
      const begun = performance.now();
      await record(store, fresh, clock());
      const ms = performance.now() - begun;
      return { ms, writes: counted.take() };
    });

    const onePercent = await repeat(runs, 1, async () => {
      now += DAY_MS;
      const at = clock();
      icps = icps.map((icp, index) =>
        index % 100 === 0
          ? { ...icp, leadsPerList: icp.leadsPerList + 1, updatedAt: at.toISOString() }
          : index % 100 === 1
            ? { ...icp, updatedAt: at.toISOString() }
            : icp,
      );
      const fresh = JSON.parse(JSON.stringify(icps)) as Icp[];
      const changes = await record(store, fresh, at);
      if (changes.changedIds.length !== Math.ceil(count / 100)) throw new Error(`expected ${Math.ceil(count / 100)} changed, got ${changes.changedIds.length}`);
      return lastTimings(log.lines);
    });

    const reopen = await repeat(runs, 1, async () => {
      store = open();
      const begun = performance.now();
      await record(store, icps, clock());
      return performance.now() - begun;
    });

    let pick = 0;
    const versionsRead = await repeat(runs, 1, async () => {
      store = open(); // no segment read yet in this session
      await store.status(icps[0]!.id);
      const id = icps[(pick++ * 997) % icps.length]!.id;
      const begun = performance.now();
      const versions = await store.versions(id);
      if (!versions.ok || versions.data.length < versionsEach) throw new Error(`expected ${versionsEach}+ versions of ${id}`);
      return performance.now() - begun;
    });

    return {
      count,
      versionsEach,
      firstRefreshMs,
      allChangedMs: median(allChanged),
      diskBytes: disk.bytes,
      diskAllocatedBytes: disk.allocated,
      files: disk.files,
      unchangedMs: median(unchanged.map((run) => run.ms)),
      unchangedFilesWritten: Math.max(...unchanged.map((run) => run.writes)),
      onePercentCompareMs: median(onePercent.map((run) => run.compareMs)),
      onePercentSaveMs: median(onePercent.map((run) => run.saveMs)),
      reopenMs: median(reopen),
      versionsReadMs: median(versionsRead),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
