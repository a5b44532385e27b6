import { appError } from '../../shared/api-error';
import type { HistoryMarks, HistoryOverview, IcpHistoryStatus, IcpVersion, RecordedChanges, RemovedIcp } from '../../shared/history/history-schema';
import type { Icp } from '../../shared/icp-schema';
import { fail, ok, type Result } from '../../shared/result';
import type { Logger } from '../logger';
import type { AppFileSystem } from '../storage/file-system';
import { historyFiles, idKey, segmentOf } from './history-files';
import { groupKeys, loadHistoryState, reasonOf, reviewFile, segmentReader, statusOf, type HistoryState, type SegmentReader } from './history-state';
import { recordReceived, type RecordOptions } from './record-received';

export type { RecordOptions } from './record-received';

export interface SinceReview {
  reviewedSeq: number;
  newestSeq: number;
  /** Every kept version, newest first, when newer than the reviewed one; else none. */
  versions: IcpVersion[];
}

/*
 * The local history of one account's ICPs: every distinct version main received, and which
 * version the user reviewed. Lives in the folder it is given (the account's cache folder; see
 * history-files.ts for the layout). Every call is queued behind the previous one, so racing
 * refreshes and a detail arriving mid-refresh never interleave their writes, and every call
 * answers a Result: nothing here throws, and nothing here should be awaited before the list is
 * shown.
 */

export function createHistoryStore(options: { fs: AppFileSystem; folder: string; clock: () => Date; log: Logger }) {
  const { clock, log } = options;
  const files = historyFiles(options.fs, options.folder);
  let state: HistoryState | null = null;
  let tail: Promise<unknown> = Promise.resolve();

  // Set when the account closes: what is still queued then answers `cancelled` and writes nothing.
  let closed = false;

  function queued<T>(what: string, task: (state: HistoryState) => Promise<T>): Promise<Result<T>> {
    const run = tail.then(async (): Promise<Result<T>> => {
      if (closed) return fail(appError('cancelled', 'The account was closed.'));
      try {
        return ok(await task(await load()));
      } catch (error) {
        log.warn(`History: could not ${what}: ${reasonOf(error)}`);
        return fail(appError('storage', `The ICP history could not ${what} (${reasonOf(error)}).`));
      }
    });
    tail = run;
    return run;
  }

  async function load(): Promise<HistoryState> {
    state ??= await loadHistoryState(files, clock(), log);
    return state;
  }

  const reader = (st: HistoryState) => segmentReader(files, st, clock(), log);

  async function saveIndexAfterLoss(st: HistoryState, segments: SegmentReader) {
    if (segments.lostAny)
      await files.writeIndex(st.entries, clock()).catch((error: unknown) => log.warn(`History: could not save the index: ${reasonOf(error)}`));
  }

  function overviewOf(st: HistoryState): HistoryOverview {
    const overview: HistoryOverview = { newIds: [], changedIds: [], removed: [] };
    for (const [key, entry] of st.entries) {
      if (entry.removedAt !== null) {
        overview.removed.push({ id: entry.id, removedAt: entry.removedAt });
        continue;
      }
      const { review } = statusOf(st, key, entry);
      if (review === 'new') overview.newIds.push(entry.id);
      else if (review === 'changed') overview.changedIds.push(entry.id);
    }
    return overview;
  }

  async function removedOf(st: HistoryState): Promise<RemovedIcp[]> {
    const segments = reader(st);
    const removed: RemovedIcp[] = [];
    for (const [key, entry] of st.entries) {
      if (entry.removedAt === null) continue;
      const newest = (await segments.get(segmentOf(key))).icps[key]?.versions.at(-1);
      removed.push({ id: entry.id, removedAt: entry.removedAt, last: newest ? { ...newest, icp: newest.icp as Icp } : null });
    }
    await saveIndexAfterLoss(st, segments);
    return removed;
  }

  return {
    /** Stops the store: calls still queued answer `cancelled`. Resolves once nothing more is written. */
    async close(): Promise<void> {
      closed = true;
      await tail;
    },

    /**
     * Compares each received ICP with the newest version held and keeps the ones whose content
     * changed. With source 'list' (a full list), ICPs missing from it are marked removed. The
     * first list ever recorded starts every ICP in it as reviewed at its current version. A batch
     * with nothing new, changed, touched or removed writes no file.
     */
    recordReceived: (icps: readonly Icp[], record: RecordOptions): Promise<Result<RecordedChanges>> =>
      queued('record the received ICPs', (st) => recordReceived({ files, log }, st, icps, record, record.at ?? clock())),

    /** Marks ICPs the server no longer shows this account (a detail answered 403 or 404) as removed. */
    recordGone: (ids: readonly string[], at?: Date): Promise<Result<string[]>> =>
      queued('record removed ICPs', async (st) => {
        const removedAt = (at ?? clock()).toISOString();
        const gone: string[] = [];
        for (const id of ids) {
          const entry = st.entries.get(idKey(id));
          if (!entry || entry.removedAt !== null) continue;
          entry.removedAt = removedAt;
          gone.push(entry.id);
        }
        if (gone.length > 0) await files.writeIndex(st.entries, at ?? clock());
        return gone;
      }),

    /** Every kept version of one ICP, newest first, each exactly as received. */
    versions: (id: string): Promise<Result<IcpVersion[]>> =>
      queued('read the versions of an ICP', async (st) => {
        const key = idKey(id);
        if (!st.entries.has(key)) return [];
        const segments = reader(st);
        const slot = (await segments.get(segmentOf(key))).icps[key];
        await saveIndexAfterLoss(st, segments);
        return (slot?.versions ?? []).map((version) => ({ ...version, icp: version.icp as Icp })).reverse();
      }),

    status: (id: string): Promise<Result<IcpHistoryStatus | null>> =>
      queued('read the status of an ICP', async (st) => {
        const key = idKey(id);
        const entry = st.entries.get(key);
        return entry ? statusOf(st, key, entry) : null;
      }),

    /**
     * For exports: each of these ICPs that was ever reviewed, by the id asked with, with the
     * reviewed and newest version numbers and, when it changed since, every kept version (newest
     * first). One call for any number of ICPs: each segment is read once.
     */
    sinceReview: (ids: readonly string[]): Promise<Result<Map<string, SinceReview>>> =>
      queued('read the changes since review', async (st) => {
        const found = new Map<string, SinceReview>();
        const segments = reader(st);
        for (const id of ids) {
          const key = idKey(id);
          const entry = st.entries.get(key);
          const reviewedSeq = st.review.reviewed.get(key)?.seq;
          if (!entry || reviewedSeq === undefined) continue;
          const changed = entry.newestSeq > reviewedSeq;
          const slot = changed ? (await segments.get(segmentOf(key))).icps[key] : undefined;
          const versions = (slot?.versions ?? []).map((version) => ({ ...version, icp: version.icp as Icp })).reverse();
          found.set(id, { reviewedSeq, newestSeq: entry.newestSeq, versions });
        }
        await saveIndexAfterLoss(st, segments);
        return found;
      }),

    /** The ICPs the list marks: new, changed (both while listed) and removed. */
    overview: (): Promise<Result<HistoryOverview>> => queued('read the review state', async (st) => overviewOf(st)),

    /** The ICPs that left the list, each with its last copy, until the user dismisses them. */
    removedCopies: (): Promise<Result<RemovedIcp[]>> => queued('read the removed ICPs', removedOf),

    /** What the list shows: the overview, with each removed ICP's last copy. */
    marks: (): Promise<Result<HistoryMarks>> => queued('read the review state', async (st) => ({ ...overviewOf(st), removed: await removedOf(st) })),

    /** Marks each ICP reviewed at its newest version; ids never seen are answered back, not marked. */
    markReviewed: (ids: readonly string[], at?: Date): Promise<Result<{ marked: string[]; unknown: string[] }>> =>
      queued('save the review', async (st) => {
        const when = (at ?? clock()).toISOString();
        const reviewed = new Map(st.review.reviewed);
        const marked: string[] = [];
        const unknown: string[] = [];
        for (const id of ids) {
          const key = idKey(id);
          const entry = st.entries.get(key);
          if (!entry) {
            unknown.push(id);
            continue;
          }
          reviewed.set(key, { seq: entry.newestSeq, at: when });
          marked.push(entry.id);
        }
        if (marked.length === 0) return { marked, unknown };
        const next = { ...st.review, reviewed };
        await files.writeReview(reviewFile(next));
        st.review = next;
        return { marked, unknown };
      }),

    /** Forgets removed ICPs the user dismissed: their versions and review marks. Listed ICPs are left alone. */
    dismissRemoved: (ids: readonly string[]): Promise<Result<string[]>> =>
      queued('dismiss removed ICPs', async (st) => {
        const keys = ids.map(idKey).filter((key) => st.entries.get(key)?.removedAt != null);
        const segments = reader(st);
        for (const [segment, inSegment] of groupKeys(keys)) {
          const file = await segments.get(segment);
          for (const key of inSegment) delete file.icps[key];
          await files.writeSegment(segment, file, true);
        }
        const dismissed = keys.map((key) => st.entries.get(key)!.id);
        for (const key of keys) {
          st.entries.delete(key);
          st.held.delete(key);
          st.review.reviewed.delete(key);
        }
        if (keys.length > 0) {
          await files.writeIndex(st.entries, clock());
          await files.writeReview(reviewFile(st.review));
        }
        return dismissed;
      }),
  };
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
