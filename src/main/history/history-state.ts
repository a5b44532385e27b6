import type { IcpHistoryStatus } from '../../shared/history/history-schema';
import type { Icp } from '../../shared/icp-schema';
import type { Logger } from '../logger';
import { contentHash, rawHash } from './content-hash';
import { HISTORY_FORMAT, segmentOf, type HistoryFiles, type IndexEntry, type ReviewFile, type SegmentFile } from './history-files';

/*
 * The history as main holds it between calls: the index (one entry per ICP) and the review marks,
 * read once per session. A missing index next to saved segments (the first save stopped between
 * the two) or a damaged one is rebuilt from the segments; damaged review marks are set aside and
 * the next list starts every ICP as reviewed again, as on a first run.
 */

export interface Review {
  baselineAt: string | null;
  reviewed: Map<string, { seq: number; at: string }>;
}

export interface HistoryState {
  entries: Map<string, IndexEntry>;
  review: Review;
  /** What this session holds of each ICP it received, so a refresh neither re-hashes nor re-reads it. */
  held: Map<string, HeldCopies>;
}

/**
 * The copies of one ICP main holds anyway (the list's objects, the versions it just wrote):
 * references, not copies, so keeping them costs little.
 */
interface HeldCopies {
  /** The copy last received: the one its index entry's fingerprints were taken from. */
  last: Icp;
  /** Its newest version, equal in content to the one on disk; null until this session wrote it. */
  newest: { seq: number; icp: Icp } | null;
}

export const reasonOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));

export async function loadHistoryState(files: HistoryFiles, now: Date, log: Logger): Promise<HistoryState> {
  const index = await files.readIndex(now);
  let entries: Map<string, IndexEntry>;
  if (index.state === 'ok') {
    entries = index.value;
  } else {
    if (index.state === 'setAside') log.warn(`History index set aside and rebuilt from the saved versions: ${index.reason}`);
    entries = await rebuildIndex(files, now, log);
    if (entries.size > 0)
      await files.writeIndex(entries, now).catch((error: unknown) => log.warn(`History: could not save the rebuilt index: ${reasonOf(error)}`));
  }
  const read = await files.readReview(now);
  if (read.state === 'setAside') log.warn(`History review marks set aside; the next list starts every ICP as reviewed again: ${read.reason}`);
  const review: Review =
    read.state === 'ok'
      ? { baselineAt: read.value.baselineAt, reviewed: new Map(Object.entries(read.value.reviewed)) }
      : { baselineAt: null, reviewed: new Map() };
  return { entries, review, held: new Map() };
}

async function rebuildIndex(files: HistoryFiles, now: Date, log: Logger): Promise<Map<string, IndexEntry>> {
  const entries = new Map<string, IndexEntry>();
  for (const segment of await files.segments()) {
    const read = await files.readSegment(segment, now);
    if (read.state === 'setAside') log.warn(`History segment set aside: ${read.reason}`);
    if (read.state !== 'ok') continue;
    for (const [key, { id, versions }] of Object.entries(read.value.icps)) {
      const newest = versions[versions.length - 1];
      if (!newest) continue;
      try {
        const icp = newest.icp as Icp;
        entries.set(key, {
          id,
          raw: rawHash(icp),
          content: contentHash(icp),
          updatedAt: icp.updatedAt,
          newestSeq: newest.seq,
          newestSeenAt: newest.seenAt,
          firstSeenAt: versions[0]!.seenAt,
          versions: versions.length,
          touchedAt: null,
          removedAt: null,
        });
      } catch (error) {
        log.warn(`History: the saved versions of ICP ${id} could not be indexed: ${reasonOf(error)}`);
      }
    }
  }
  return entries;
}

/**
 * Reads each segment at most once per call. A damaged one is set aside; its ICPs (and those of a
 * segment gone missing) keep their index entries (fingerprints, newest version number) with no
 * copy on disk, so the next copy received is kept again, as the same version when its content is
 * the same.
 */
export function segmentReader(files: HistoryFiles, st: HistoryState, now: Date, log: Logger) {
  const read = new Map<string, SegmentFile>();
  const onDisk = new Set<string>();
  let lost = false;
  // Built on the first segment not on disk (one hash per ICP), not once per such segment.
  let keysBySegment: Map<string, string[]> | null = null;
  const keysIn = (segment: string) => {
    keysBySegment ??= groupKeys(st.entries.keys());
    return keysBySegment.get(segment) ?? [];
  };
  return {
    async get(segment: string): Promise<SegmentFile> {
      const known = read.get(segment);
      if (known) return known;
      const result = await files.readSegment(segment, now);
      if (result.state === 'ok') {
        onDisk.add(segment);
        read.set(segment, result.value);
        return result.value;
      }
      // Set aside, or gone (a new segment, written without fsync, lost to a power cut).
      const keys = keysIn(segment).filter((key) => (st.entries.get(key)?.versions ?? 0) > 0);
      for (const key of keys) st.entries.get(key)!.versions = 0;
      if (result.state === 'setAside') log.warn(`History segment set aside, the versions of its ICPs are lost: ${result.reason}`);
      else if (keys.length > 0) log.warn(`History segment ${segment} is missing, the versions of its ${keys.length} ICP(s) are lost`);
      lost ||= keys.length > 0 || result.state === 'setAside';
      const empty: SegmentFile = { format: HISTORY_FORMAT, icps: {} };
      read.set(segment, empty);
      return empty;
    },
    /** Whether the segment held versions when read: rewriting it must then survive a power cut. */
    wasOnDisk: (segment: string) => onDisk.has(segment),
    /** Whether a damaged segment changed the index (which should then be saved). */
    get lostAny() {
      return lost;
    },
  };
}

export type SegmentReader = ReturnType<typeof segmentReader>;

/** ICP keys by the segment holding their versions. */
export function groupKeys(keys: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const segment = segmentOf(key);
    const group = groups.get(segment);
    if (group) group.push(key);
    else groups.set(segment, [key]);
  }
  return groups;
}

export const reviewFile = (review: Review): ReviewFile => ({
  format: HISTORY_FORMAT,
  baselineAt: review.baselineAt,
  reviewed: Object.fromEntries(review.reviewed),
});

export function statusOf(st: HistoryState, key: string, entry: IndexEntry): IcpHistoryStatus {
  const reviewedSeq = st.review.reviewed.get(key)?.seq ?? null;
  const review = reviewedSeq === null ? 'new' : entry.newestSeq > reviewedSeq ? 'changed' : 'reviewed';
  const { id, newestSeq, versions, firstSeenAt, newestSeenAt, touchedAt, removedAt } = entry;
  return { id, review, newestSeq, reviewedSeq, versions, firstSeenAt, newestSeenAt, touchedAt, removedAt };
}
