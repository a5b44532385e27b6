import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sampleIcps } from '../../../src/main/demo/sample-icps';
import { createHistoryStore } from '../../../src/main/history/history-store';
import { createMemoryLogger } from '../../../src/main/logger';
import { nodeFileSystem, type AppFileSystem } from '../../../src/main/storage/file-system';
import type { Icp } from '../../../src/shared/icp-schema';
import type { Result } from '../../../src/shared/result';

/*
 * A history store on a real temp folder, with a clock the test moves and the real file system
 * wrapped to record which files each step wrote (and, when asked, to fail them).
 */

export const START = new Date('2026-11-23T09:00:00.000Z');
export const DAY = 86_400_000;

/** The demo data set, validated as main would receive it. */
export const sample = (): Icp[] => JSON.parse(JSON.stringify(sampleIcps(START))) as Icp[];

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.kind}: ${result.error.message}`);
  return result.data;
}

/** A deep copy with an edit, as the next reply from the API would be. */
export function edited(icp: Icp, edit: (icp: Record<string, any>) => void): Icp {
  const next = structuredClone(icp);
  edit(next);
  return next;
}

export function historyFixture(folder = mkdtempSync(join(tmpdir(), 'icp-desk-history-'))) {
  let now = START.getTime();
  const writes: string[] = [];
  const failing = { writes: false };
  const fs: AppFileSystem = {
    ...nodeFileSystem,
    async writeAtomic(path, data, options) {
      if (failing.writes) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      writes.push(relative(folder, path));
      return nodeFileSystem.writeAtomic(path, data, options);
    },
    async remove(path) {
      writes.push(`removed ${relative(folder, path)}`);
      return nodeFileSystem.remove(path);
    },
  };
  const log = createMemoryLogger();
  const clock = () => new Date(now);
  const open = () => createHistoryStore({ fs, folder, clock, log });
  return {
    folder,
    log,
    failing,
    /** Files written (relative to the folder) since the last call. */
    takeWrites(): string[] {
      return writes.splice(0, writes.length);
    },
    clock,
    advanceDays(days: number) {
      now += days * DAY;
    },
    /** A store as a fresh session would open it on the same folder. */
    open,
    store: open(),
  };
}
