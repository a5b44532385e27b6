import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { appError } from '../../shared/api-error';
import { fail, ok, type Result } from '../../shared/result';
import type { Icp } from '../../shared/icp-schema';
import type { Logger } from '../logger';
import type { ListSource, ReviewQuery, WorkerReply, WorkerRequest } from './worker-messages';

/*
 * Main's side of the checks worker: one worker for the app, started on the first question and
 * restarted if it dies. Every question names the list it is about, so main holds no review and
 * never waits on one: an IPC handler awaits the worker's reply like any other I/O.
 */

/**
 * What reviews the list: the bundled worker (out/main/checks-worker.js, beside the built main) or,
 * run from source (the web host, tests), the same entry bundled once per process by esbuild, a
 * development dependency wherever the sources are (a worker does not inherit a TypeScript loader).
 */
async function startWorker(): Promise<Worker> {
  const built = join(__dirname, 'checks-worker.js');
  if (existsSync(built)) return new Worker(built);
  sourceBundle ??= bundleFromSource();
  return new Worker(await sourceBundle, { eval: true });
}

let sourceBundle: Promise<string> | null = null;

async function bundleFromSource(): Promise<string> {
  const entry = join(__dirname, 'checks-worker.ts');
  const esbuild = createRequire(entry)('esbuild') as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export interface ReviewList {
  source: ListSource;
  /** The ICPs themselves, for when the cache file does not hold the list shown. */
  icps(): Promise<readonly Icp[]>;
}

export interface ChecksService {
  ask<T>(list: ReviewList, query: ReviewQuery): Promise<Result<T>>;
  close(): Promise<void>;
}

export function createChecksService(deps: { clock: () => Date; log: Logger; start?: () => Worker | Promise<Worker> }): ChecksService {
  let worker: Promise<Worker> | null = null;
  let current: Worker | null = null;
  let closed = false;
  let nextId = 1;
  const pending = new Map<number, (reply: WorkerReply) => void>();

  const failAll = (message: string) => {
    for (const settle of pending.values()) settle({ id: 0, state: 'failed', message });
    pending.clear();
  };

  const running = (): Promise<Worker> => {
    worker ??= launch();
    return worker;
  };

  const launch = async (): Promise<Worker> => {
    const started = await (deps.start ?? startWorker)();
    if (closed) {
      await started.terminate();
      throw new Error('closed');
    }
    // The worker must never keep the app (or a test's process) alive on its own.
    started.unref();
    started.on('message', (reply: WorkerReply) => {
      const settle = pending.get(reply.id);
      pending.delete(reply.id);
      settle?.(reply);
    });
    const lost = (why: string) => {
      if (current !== started) return;
      current = null;
      worker = null;
      deps.log.error(`The checks worker stopped: ${why}`);
      failAll(why);
    };
    started.on('error', (error) => lost(error.stack ?? error.message));
    started.on('exit', (code) => lost(`exit code ${code}`));
    current = started;
    return started;
  };

  const send = (list: ListSource, query: ReviewQuery) =>
    new Promise<WorkerReply>((resolve) => {
      const request: WorkerRequest = { id: nextId++, list, now: deps.clock().toISOString(), query };
      pending.set(request.id, resolve);
      running().then(
        (started) => started.postMessage(request),
        (error: unknown) => {
          pending.delete(request.id);
          worker = null;
          resolve({ id: request.id, state: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    });

  return {
    async ask<T>(list: ReviewList, query: ReviewQuery): Promise<Result<T>> {
      let reply = await send(list.source, query);
      if (reply.state === 'stale') reply = await send({ ...list.source, icps: await list.icps() }, query);
      if (reply.state === 'ok') return ok(reply.data as T);
      if (closed) return fail(appError('internal', 'ICP Desk is closing.'));
      const why = reply.state === 'failed' ? reply.message : 'the list could not be read';
      deps.log.error(`Checks could not be computed: ${why}`);
      return fail(appError('internal', 'ICP Desk could not check this list. Refresh it and try again.'));
    },
    async close() {
      closed = true;
      const ending = current;
      current = null;
      worker = null;
      failAll('closed');
      await ending?.terminate();
    },
  };
}
