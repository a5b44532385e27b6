import { relative, isAbsolute } from 'node:path';
import type { AppFileSystem } from '../storage/file-system';

/** Raised by a closed gate: the account this write was for is no longer open. */
export class AccountClosedError extends Error {
  override readonly name = 'AccountClosedError';
  constructor() {
    super('the account was closed (switched away from or removed) before this could be saved');
  }
}

export interface WriteGate {
  /** The file system every part of one open account writes through. */
  readonly fs: AppFileSystem;
  readonly closed: boolean;
  /**
   * Refuses every later write (it throws AccountClosedError) and resolves once the writes already
   * under way have settled, so the folder can then be deleted without one of them recreating it.
   */
  close(): Promise<void>;
}

/**
 * One open account's only way to change the disk, confined to its folder. A reply that arrives
 * after its account was switched away from or removed (an icps:get, a sync, a refresh) reaches
 * the cache's write and stops here, whatever handler or code path it came through.
 */
export function createWriteGate(fs: AppFileSystem, folder: string): WriteGate {
  let closed = false;
  const pending = new Set<Promise<unknown>>();

  const inside = (path: string) => {
    const rel = relative(folder, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };

  /** Runs one write (whose first `pathCount` arguments are paths) if the gate is open and they are in the folder. */
  const guard =
    <A extends [string, ...unknown[]]>(write: (...args: A) => Promise<void>, pathCount = 1) =>
    (...args: A): Promise<void> => {
      if (closed) return Promise.reject(new AccountClosedError());
      const outside = (args.slice(0, pathCount) as string[]).find((path) => !inside(path));
      if (outside !== undefined) return Promise.reject(new Error(`refused to write outside the account's folder: ${outside}`));
      const running = write(...args);
      pending.add(running);
      void running.catch(() => undefined).finally(() => pending.delete(running));
      return running;
    };

  const gated: AppFileSystem = {
    readText: (path) => fs.readText(path),
    list: (dir) => fs.list(dir),
    sizeOf: (path) => fs.sizeOf(path),
    writeAtomic: guard((path: string, text: string, options?: Parameters<AppFileSystem['writeAtomic']>[2]) => fs.writeAtomic(path, text, options)),
    appendText: guard((path: string, text: string) => fs.appendText(path, text)),
    rename: guard((from: string, to: string) => fs.rename(from, to), 2),
    makeDir: guard((path: string) => fs.makeDir(path)),
    remove: guard((path: string) => fs.remove(path)),
  };

  return {
    fs: gated,
    get closed() {
      return closed;
    },
    async close() {
      closed = true;
      await Promise.allSettled([...pending]);
    },
  };
}
