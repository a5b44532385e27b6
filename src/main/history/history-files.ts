import { hash } from 'node:crypto';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzip, gzip } from 'node:zlib';
import * as z from 'zod';
import { HistorySource } from '../../shared/history/history-schema';
import type { AppFileSystem } from '../storage/file-system';
import { readJsonFile, readSealedJsonFile, sealJson, setAside, type JsonFileRead } from '../storage/json-file';

/*
 * The history's files, in the account's folder beside cache/ (see accounts/open-account.ts):
 *
 *   history/index.json              one entry per ICP ever seen (fingerprints, newest version,
 *                                   dates); sealed with a checksum, read once per session
 *   history/review.json             the reviewed version of each ICP
 *   history/versions/000.json.gz    the kept versions, ICPs spread over 1,024 files by a hash
 *   … history/versions/3ff.json.gz  of their id, each ICP's versions side by side
 *
 * Why gzipped segments rather than one file per ICP or one file for all: versions of one ICP
 * differ in a field or two, so gzip (whose window spans neighbouring versions) stores them in
 * about a tenth of their JSON (measured: 9.6 MB at 10,000 ICPs × 10 versions), and 1,024
 * segments of ~9 KB fill their disk blocks where 10,000 files of under 1 KB would each take a
 * 4 KB block. The first refresh writes ~1,000 files, not 10,000; a later one rewrites only the
 * segments of ICPs that changed (~10 ICPs each at 10,000, a few ms per segment), and the Changes
 * tab reads one segment. A damaged segment costs the history of ~1/1,000 of the ICPs only. One
 * file for all would make every change rewrite megabytes.
 *
 * The folder is the history's own: the cache's CACHE_VERSION never applies to it, so a cache
 * migration (which sets cache files aside) leaves it alone. HISTORY_FORMAT changes only with a
 * migration of these files: a user's review trail is not rebuildable from the API.
 */

export const HISTORY_FORMAT = 1 as const;
const format = z.literal(HISTORY_FORMAT, { error: 'written by another version of ICP Desk' });
const timestamp = z.iso.datetime({ offset: true });

/**
 * What the index keeps per ICP (keyed by the lower-cased id). Dates are not re-checked as dates
 * on every start: this app wrote them, and the file's checksum says it is whole.
 */
const IndexEntry = z.object({
  /** The id as the API first sent it. */
  id: z.string(),
  /** Fingerprints of the last copy seen (see content-hash.ts). */
  raw: z.string(),
  content: z.string(),
  /** updatedAt of the last copy seen. */
  updatedAt: z.string(),
  newestSeq: z.number().int().positive(),
  newestSeenAt: z.string(),
  firstSeenAt: z.string(),
  /** Versions on disk; 0 when its segment was damaged and set aside. */
  versions: z.number().int().nonnegative(),
  touchedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

const IndexHeader = z.object({ format, savedAt: timestamp, sha256: z.string() });

const ReviewFile = z.object({
  format,
  /** When the first list made every ICP in it reviewed at its version; null until then. */
  baselineAt: timestamp.nullable(),
  reviewed: z.record(z.string(), z.object({ seq: z.number().int().positive(), at: timestamp })),
});
export type ReviewFile = z.infer<typeof ReviewFile>;

// gzip's checksum says a segment is whole; its shape is checked, not each date or ICP again (they were checked when received).
const StoredVersion = z.object({ seq: z.number().int().positive(), seenAt: z.string(), source: HistorySource, icp: z.unknown() });
const SegmentFile = z.object({
  format,
  icps: z.record(z.string(), z.object({ id: z.string(), versions: z.array(StoredVersion) })),
});
export type SegmentFile = z.infer<typeof SegmentFile>;

const SEGMENT_SUFFIX = '.json.gz';
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export const idKey = (id: string): string => id.toLowerCase();

const SEGMENTS = 1024;

/** Which segment an ICP's versions live in ("000"…"3ff"): a hash, so ids that share a prefix still spread evenly. */
export const segmentOf = (key: string): string => (hash('sha256', key, 'buffer').readUInt16BE(0) % SEGMENTS).toString(16).padStart(3, '0');

export function historyFiles(fs: AppFileSystem, folder: string) {
  const root = join(folder, 'history');
  const indexPath = join(root, 'index.json');
  const reviewPath = join(root, 'review.json');
  const segmentsDir = join(root, 'versions');
  const segmentPath = (segment: string) => join(segmentsDir, `${segment}${SEGMENT_SUFFIX}`);

  return {
    root,
    async readIndex(now: Date): Promise<JsonFileRead<Map<string, IndexEntry>>> {
      const read = await readSealedJsonFile(fs, indexPath, { header: IndexHeader, body: z.record(z.string(), IndexEntry) }, now);
      if (read.state !== 'ok') return read;
      return { state: 'ok', value: new Map(Object.entries(read.value.body)) };
    },
    writeIndex: (entries: ReadonlyMap<string, IndexEntry>, now: Date) =>
      fs.writeAtomic(indexPath, sealJson({ format: HISTORY_FORMAT, savedAt: now.toISOString() }, Object.fromEntries(entries))),

    readReview: (now: Date) => readJsonFile(fs, reviewPath, ReviewFile, now),
    writeReview: (review: ReviewFile) => fs.writeAtomic(reviewPath, JSON.stringify(review)),

    async segments(): Promise<string[]> {
      const names = await fs.list(segmentsDir);
      return names.filter((name) => /^[0-3][0-9a-f]{2}\.json\.gz$/.test(name)).map((name) => name.slice(0, 3));
    },
    /** A segment's versions; a damaged one (gzip's checksum, JSON, shape) is set aside. */
    async readSegment(segment: string, now: Date): Promise<JsonFileRead<SegmentFile>> {
      const path = segmentPath(segment);
      const bytes = await fs.readBytes(path);
      if (bytes === null) return { state: 'missing' };
      let parsed: unknown;
      try {
        parsed = JSON.parse((await gunzipAsync(bytes)).toString('utf8'));
      } catch {
        return setAside(fs, path, `${basename(path)} is truncated or corrupt`, now);
      }
      const checked = SegmentFile.safeParse(parsed);
      if (checked.success) return { state: 'ok', value: checked.data };
      const issue = checked.error.issues[0];
      return setAside(fs, path, `${basename(path)} has an unexpected shape (${issue?.path.join('.') || 'root'}: ${issue?.message})`, now);
    },
    /**
     * `replacing`: the segment held versions before. Only then is the write fsynced: a new
     * segment lost to a power cut loses nothing older (its ICPs are kept again at the next
     * refresh), and skipping a thousand fsyncs is what makes the first refresh quick.
     */
    async writeSegment(segment: string, file: SegmentFile, replacing: boolean): Promise<void> {
      if (Object.keys(file.icps).length === 0) return fs.remove(segmentPath(segment));
      // Fastest level: the ratio comes from neighbouring versions being alike, which level 1 finds too.
      const bytes = await gzipAsync(JSON.stringify(file), { level: constants.Z_BEST_SPEED });
      await fs.writeAtomic(segmentPath(segment), bytes, { durable: replacing });
    },
  };
}

export type HistoryFiles = ReturnType<typeof historyFiles>;
