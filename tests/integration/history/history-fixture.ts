import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHistoryStore } from '../../../src/main/history/history-store';
import { createMemoryLogger } from '../../../src/main/logger';
import { nodeFileSystem, type AppFileSystem } from '../../../src/main/storage/file-system';
import type { Icp } from '../../../src/shared/icp-schema';
import type { Result } from '../../../src/shared/result';
import { fixtureIcps } from '../../support/fixture-icps';

/*
 * A history store on a real temp folder, with a clock the test moves and the real file system
 * wrapped to record which files each step wrote (and, when asked, to fail them).
 */

export const START = new Date('2026-11-23T09:00:00.000Z');
const DAY = 86_400_000;

/** The tests' ICPs (tests/fixtures/icps), as main would receive them. */
export const sample = (): Icp[] => fixtureIcps(START) as Icp[];

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.kind}: ${result.error.message}`);
  return result.data;
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
