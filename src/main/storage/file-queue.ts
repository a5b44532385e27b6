import { resolve } from 'node:path';

/*
 * One queue per file. Every read-modify-write of a file the app keeps (settings.json, the cached
 * list and what is saved beside it, an ICP's cached detail) runs inside `inFileQueue(path, …)`, so
 * it starts only after the previous one on that file has finished: two updates at once can never
 * start from the same base and lose one. The queues are module-wide because the files are: two
 * stores over one data folder in one process (a restarted core, a second window) queue together.
 */

const tails = new Map<string, Promise<void>>();

/** Runs `task` after every task queued before it on `path` has settled; resolves or rejects as `task` does. */
export function inFileQueue<T>(path: string, task: () => Promise<T>): Promise<T> {
  const key = resolve(path);
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, settled);
  // Forget idle queues: the cache has one file per ICP, and most are written once.
  void settled.then(() => {
    if (tails.get(key) === settled) tails.delete(key);
  });
  return run;
}

/** How many files have work queued now (tests check that idle queues are forgotten). */
export const busyFileQueues = (): number => tails.size;
