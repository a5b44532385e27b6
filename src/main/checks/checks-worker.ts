import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { createReviewQueries, type ReviewQueries } from '../../shared/checks/review-queries';
import type { Icp } from '../../shared/icp-schema';
import { checkIcpList } from '../../shared/icp-validation';
import { exportChecks, type ExportChecks, type ListSource, type ReviewQuery, type WorkerReply, type WorkerRequest } from './worker-messages';

/*
 * The checks worker: reviews the cached list off main's event loop and answers queries about it.
 * One review is kept, for the newest list asked about; requests are answered in order, so a
 * burst of queries for a new list reviews it once.
 */

interface Current {
  key: string;
  queries: ReviewQueries;
  /** Exports' answers per ICP, for this list and `exportsListed`: a second export of it is a lookup. */
  exports: Map<string, ExportChecks>;
  exportsListed: number;
}

let current: Current | null = null;

async function icpsOf(list: ListSource): Promise<Icp[] | null> {
  if (list.icps) return [...list.icps];
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(list.file, 'utf8'));
  } catch {
    return null;
  }
  const file = parsed as { fetchedAt?: unknown; items?: unknown };
  if (file.fetchedAt !== list.fetchedAt || !Array.isArray(file.items)) return null;
  return checkIcpList(file.items).icps;
}

function exportAnswers(review: Current, ids: readonly string[], overlapsListed: number): ExportChecks[] {
  if (review.exportsListed !== overlapsListed) {
    review.exports.clear();
    review.exportsListed = overlapsListed;
  }
  return ids.map((id) => {
    let found = review.exports.get(id);
    if (found === undefined) {
      found = exportChecks(review.queries.icp(id, undefined, overlapsListed));
      review.exports.set(id, found);
    }
    return found;
  });
}

function answer(review: Current, query: ReviewQuery): unknown {
  const { queries } = review;
  switch (query.kind) {
    case 'summaries':
      return queries.summaries();
    case 'icp':
      return queries.icp(query.id, query.copy);
    case 'icps':
      return exportAnswers(review, query.ids, query.overlapsListed);
    case 'overview':
      return queries.overview();
    case 'pairs':
      return queries.pairs(query.offset, query.limit);
    case 'coverage':
      return queries.coverage(query.dimension);
    case 'ids':
      return queries.ids(query.selection);
  }
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const key = `${request.list.file}\n${request.list.fetchedAt}`;
  if (current?.key !== key) {
    const icps = await icpsOf(request.list);
    if (icps === null) return { id: request.id, state: 'stale' };
    const queries = createReviewQueries(icps, { now: new Date(request.now), fetchedAt: request.list.fetchedAt });
    current = { key, queries, exports: new Map(), exportsListed: 0 };
  }
  return { id: request.id, state: 'ok', data: answer(current, request.query) };
}

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      reply = await handle(request);
    } catch (error) {
      reply = { id: request.id, state: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort?.postMessage(reply);
  });
});
