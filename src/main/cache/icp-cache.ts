import { join } from 'node:path';
import * as z from 'zod';
import type { Icp } from '../../shared/icp-schema';
import { checkIcp, checkIcpList } from '../../shared/icp-validation';
import { IcpSummaryColumns, SearchTexts } from '../../shared/ipc-contract';
import type { Logger } from '../logger';
import type { AppFileSystem } from '../storage/file-system';
import { inFileQueue } from '../storage/file-queue';
import { readJsonFile, readSealedJsonFile, sealJson } from '../storage/json-file';

/**
 * What the app last saw of one account: the last list and every ICP detail fetched, each with the
 * time it was fetched. One folder per account (see accounts/account-folder.ts, named by a random
 * id) so one account never shows another's ICPs. Files are written atomically and read
 * tolerantly: a broken file is set aside with a warning and rebuilt, never a crash.
 *
 * The list, its summaries and its search texts are one group, written together in the list file's
 * queue; each detail file is written and removed in its own (see file-queue.ts), so concurrent
 * refreshes all land. The list's items are complete ICPs, so the list file is every listed ICP's
 * offline copy; a detail file holds a newer copy of one, fetched on its own.
 */

/** Bump when the shape of any cached file changes (summaries included): old files are then set aside. */
const CACHE_VERSION = 2;
const version = z.literal(CACHE_VERSION, { error: 'written by another version of ICP Desk' });
const timestamp = z.iso.datetime({ offset: true });
const ListFile = z.object({ version, fetchedAt: timestamp, items: z.array(z.unknown()) });
const DetailFile = z.object({ version, fetchedAt: timestamp, icp: z.unknown() });
/** Sealed (see json-file.ts): read at every start, so checked by checksum and shape, not element by element. */
const SealedHeader = z.object({ version, fetchedAt: timestamp, sha256: z.string() });

/** An array under every key, all of one length: what reading row i of the columns relies on. */
function hasColumns(value: unknown, keys: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const lengths = keys.map((key) => {
    const column: unknown = (value as Record<string, unknown>)[key];
    return Array.isArray(column) ? column.length : -1;
  });
  return lengths.every((length) => length !== -1 && length === lengths[0]);
}

/*
 * The elements are not checked one by one: the app made them from validated ICPs, the checksum
 * says they are unchanged since, and CACHE_VERSION sets aside files of an older shape.
 */
const SummariesShape = z.custom<IcpSummaryColumns>((body) => hasColumns(body, Object.keys(IcpSummaryColumns.shape)), {
  error: 'not the list summaries (one array per column, all of one length)',
});
const SearchTextsShape = z.custom<SearchTexts>((body) => hasColumns(body, Object.keys(SearchTexts.shape)), {
  error: 'not search texts (ids, texts and word starts, all of one length)',
});

interface CachedList {
  icps: Icp[];
  fetchedAt: string;
}

/** What the list shows of the cached list, kept beside it so a start need not re-read every ICP. */
interface CachedSummaries {
  columns: IcpSummaryColumns;
  fetchedAt: string;
}

/** What the list made from the cached list: its summaries and, in a file of their own, its search texts. */
interface ListDerivatives {
  summaries: IcpSummaryColumns;
  search: SearchTexts;
}

interface CachedSearchTexts {
  texts: SearchTexts;
  fetchedAt: string;
}

interface CachedDetail {
  icp: Icp;
  fetchedAt: string;
}

export interface IcpCache {
  readonly folder: string;
  /** The list's file (the checks worker reads it itself). */
  readonly listFile: string;
  readList(): Promise<CachedList | null>;
  /**
   * Writes the list, then its summaries and search texts (null: none, they are made again from
   * the list when needed). If they cannot be written, none are left.
   */
  writeList(icps: readonly Icp[], derived: ListDerivatives | null, fetchedAt: Date): Promise<void>;
  readSummaries(): Promise<CachedSummaries | null>;
  /** The search texts saved with the list; null when missing or damaged. */
  readSearchTexts(): Promise<CachedSearchTexts | null>;
  /** Saves search texts made again for the list fetched at `fetchedAt` (their file was missing or damaged). */
  writeSearchTexts(texts: SearchTexts, fetchedAt: Date): Promise<void>;
  readDetail(id: string): Promise<CachedDetail | null>;
  writeDetail(icp: Icp, fetchedAt: Date): Promise<void>;
  /** Removes the details of ICPs not in `listed` (lower-case ids): a new list no longer has them. Returns their ids. */
  pruneDetails(listed: ReadonlySet<string>): Promise<string[]>;
  /** Ids (lower case) whose own detail is on disk. */
  offlineIds(): Promise<Set<string>>;
  /** Deletes everything cached for this account. */
  clear(): Promise<void>;
}

const DETAIL_SUFFIX = '.json';
/** ICP ids are UUIDs (checked before anything is cached); this keeps file names safe regardless. */
const detailFileName = (id: string) => `${id.toLowerCase().replace(/[^0-9a-f-]/g, '')}${DETAIL_SUFFIX}`;

export function createIcpCache(options: { fs: AppFileSystem; folder: string; clock: () => Date; log: Logger }): IcpCache {
  const { fs, log, folder } = options;
  const listPath = join(folder, 'list.json');
  const summariesPath = join(folder, 'summaries.json');
  const searchPath = join(folder, 'search.json');
  const detailsDir = join(folder, 'icps');
  const detailPath = (id: string) => join(detailsDir, detailFileName(id));

  const warnSetAside = (reason: string) => log.warn(`Cache file set aside and will be rebuilt: ${reason}`);
  const inListQueue = <T>(task: () => Promise<T>) => inFileQueue(listPath, task);
  const inDetailQueue = <T>(id: string, task: () => Promise<T>) => inFileQueue(detailPath(id), task);

  // Readers need no queue (files are replaced atomically); these run inside one where they are part of an update.
  async function readList(): Promise<CachedList | null> {
    const read = await readJsonFile(fs, listPath, ListFile, options.clock());
    if (read.state === 'setAside') warnSetAside(read.reason);
    if (read.state !== 'ok') return null;
    const { icps, invalid } = checkIcpList(read.value.items);
    if (invalid.length > 0) log.warn(`Cached list: ${invalid.length} ICP(s) no longer valid were skipped`);
    return { icps, fetchedAt: read.value.fetchedAt };
  }

  async function offlineIds(): Promise<Set<string>> {
    const names = await fs.list(detailsDir);
    return new Set(names.filter((n) => n.endsWith(DETAIL_SUFFIX)).map((n) => n.slice(0, -DETAIL_SUFFIX.length)));
  }

  async function readSummaries(): Promise<CachedSummaries | null> {
    const read = await readSealedJsonFile(fs, summariesPath, { header: SealedHeader, body: SummariesShape }, options.clock());
    if (read.state === 'setAside') warnSetAside(read.reason);
    return read.state === 'ok' ? { columns: read.value.body, fetchedAt: read.value.header.fetchedAt } : null;
  }

  async function readSearchTexts(): Promise<CachedSearchTexts | null> {
    const read = await readSealedJsonFile(fs, searchPath, { header: SealedHeader, body: SearchTextsShape }, options.clock());
    if (read.state === 'setAside') warnSetAside(read.reason);
    return read.state === 'ok' ? { texts: read.value.body, fetchedAt: read.value.header.fetchedAt } : null;
  }

  async function writeListGroup(icps: readonly Icp[], derived: ListDerivatives | null, fetchedAt: Date): Promise<void> {
    const when = fetchedAt.toISOString();
    await fs.writeAtomic(listPath, JSON.stringify({ version: CACHE_VERSION, fetchedAt: when, items: icps }));
    const removeDerived = () => Promise.all([fs.remove(summariesPath), fs.remove(searchPath)]);
    if (derived === null) return void (await removeDerived());
    try {
      await fs.writeAtomic(summariesPath, sealJson({ version: CACHE_VERSION, fetchedAt: when }, derived.summaries));
      await fs.writeAtomic(searchPath, sealJson({ version: CACHE_VERSION, fetchedAt: when }, derived.search));
    } catch (error) {
      // Stale summaries would show a list other than the one on disk: better none (the list is
      // then summarized again on the next start).
      await removeDerived().catch(() => undefined);
      throw error;
    }
  }

  return {
    folder,
    listFile: listPath,
    readList,
    writeList: (icps, derived, fetchedAt) => inListQueue(() => writeListGroup(icps, derived, fetchedAt)),
    readSummaries,
    readSearchTexts,
    writeSearchTexts: (texts, fetchedAt) =>
      inListQueue(() => fs.writeAtomic(searchPath, sealJson({ version: CACHE_VERSION, fetchedAt: fetchedAt.toISOString() }, texts))),
    // In the file's queue: a damaged file is removed, and that must not remove a good one written meanwhile.
    readDetail: (id) =>
      inDetailQueue(id, async () => {
        const read = await readJsonFile(fs, detailPath(id), DetailFile, options.clock());
        if (read.state === 'setAside') warnSetAside(read.reason);
        if (read.state !== 'ok') return null;
        const check = checkIcp(read.value.icp);
        if (!check.ok || check.icp.id.toLowerCase() !== id.toLowerCase()) {
          warnSetAside(`cached ICP ${id} is no longer valid`);
          await fs.remove(detailPath(id));
          return null;
        }
        return { icp: check.icp, fetchedAt: read.value.fetchedAt };
      }),
    writeDetail: (icp, fetchedAt) =>
      inDetailQueue(icp.id, () => {
        const text = JSON.stringify({ version: CACHE_VERSION, fetchedAt: fetchedAt.toISOString(), icp });
        return fs.writeAtomic(detailPath(icp.id), text, { durable: false });
      }),
    async pruneDetails(listed) {
      const gone = [...(await offlineIds())].filter((id) => !listed.has(id));
      await Promise.all(gone.map((id) => inDetailQueue(id, () => fs.remove(detailPath(id)))));
      return gone;
    },
    offlineIds,
    clear: () => fs.remove(folder),
  };
}
