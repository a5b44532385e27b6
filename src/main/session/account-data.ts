import { appError } from '../../shared/api-error';
import type { Icp } from '../../shared/icp-schema';
import { toColumns } from '../../shared/icp-summary';
import { columnsLength } from '../../shared/summary-columns';
import type { DataSource, IcpDetail, IcpListPage, IcpSummaryColumns, ListWarning, SearchTexts, SyncOutcome, SyncProgress } from '../../shared/ipc-contract';
import { latestReply } from '../../shared/latest-reply';
import { refusedStatusOf } from '../../shared/offline/refused-details';
import { fail, ok, type Result } from '../../shared/result';
import type { ApiClient } from '../api/api-client';
import type { IcpCache } from '../cache/icp-cache';
import type { HistoryStore } from '../history/history-store';
import type { ReviewList } from '../checks/checks-service';
import type { Logger } from '../logger';
import { syncDetails } from './offline-sync';
import { createRefusedIcps } from './refused-icps';
import { searchTextsOf, summarize } from './summaries';

interface KnownList {
  /** Sent as they are: a start reads them from disk and passes them on without touching each ICP. */
  summaries: IcpSummaryColumns;
  /** The full ICPs; read from disk only when something needs them (exports), not to show the list. */
  icps: Icp[] | null;
  /** Sent apart from the list (icps:searchTexts); read or made when first asked for. */
  search: SearchTexts | null;
  fetchedAt: string;
  source: DataSource;
  warnings: ListWarning[];
  /** The list is on disk, so every ICP in it opens offline with the copy the list carried. */
  saved: boolean;
}

interface SavedCopy {
  icp: Icp;
  fetchedAt: string;
}

/**
 * One account's ICPs as main knows them: the newest list (from the API or the cache), the set of
 * ICPs whose detail is cached, and the network calls that refresh them. The cache is always
 * written after the API answers, so the next start shows what the user last saw; a start reads
 * only the list's summaries, which is what makes it fast.
 *
 * The list is the authority on which ICPs the user has. Its items are complete ICPs, so each is
 * the ICP's offline copy (served from the one list file, not written again per ICP) until a
 * fetched detail is newer. An ICP leaves only when a list refresh no longer contains it: a 403 or
 * 404 on its detail marks it (refused-icps.ts) and refreshes the list, which decides.
 */
export function createAccountData(deps: {
  client: ApiClient;
  cache: IcpCache;
  /** Every ICP received is also offered to the history; queued there, never awaited here (see history-store.ts). */
  history: Pick<HistoryStore, 'recordReceived'>;
  clock: () => Date;
  log: Logger;
}) {
  const { client, cache, history, log } = deps;
  let list: KnownList | null = null;
  let offline: Promise<Set<string>> | null = null;
  // A network list reply is kept only if no reply to a later call was kept first, so two racing
  // refreshes can never leave the older answer on screen or on disk.
  const listReplies = latestReply();
  let sync: AbortController | null = null;
  const refused = createRefusedIcps();
  // Refreshes asked for by refusals share one call: four 403s in Compare need one new list.
  let refusalRefresh: Promise<unknown> | null = null;
  // The list's ICPs by lower-case id, for serving one ICP's copy; made again for each new list.
  let listCopies: { icps: Icp[]; byId: Map<string, Icp> } | null = null;

  const offlineIds = () => {
    offline ??= cache.offlineIds().catch((error: unknown) => {
      log.warn(`Could not list cached ICP details: ${String(error)}`);
      return new Set<string>();
    });
    return offline;
  };

  const keep = async (what: string, write: () => Promise<void>): Promise<ListWarning | null> => {
    try {
      await write();
      return null;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      log.warn(`Could not save ${what} for offline use: ${reason}`);
      return {
        index: -1,
        field: '',
        message: `Could not save ${what} for offline use (${reason}). What you see is current but will not be available offline.`,
      };
    }
  };

  const page = async (known: KnownList | null, source: DataSource): Promise<IcpListPage> => {
    if (!known) return { columns: toColumns([]), listSaved: false, offlineIds: [], refused: [], warnings: [], source, fetchedAt: null };
    return {
      columns: known.summaries,
      listSaved: known.saved,
      offlineIds: [...(await offlineIds())],
      refused: refused.all(),
      warnings: known.warnings,
      source: known.source,
      fetchedAt: known.fetchedAt,
    };
  };

  /** The list as last saved: its summaries if they were saved, else the list, summarized. */
  async function cachedList(): Promise<KnownList | null> {
    if (list) return list;
    const summaries = await cache.readSummaries();
    if (summaries && !list) {
      list = { summaries: summaries.columns, icps: null, search: null, fetchedAt: summaries.fetchedAt, source: 'cache', warnings: [], saved: true };
      return list;
    }
    const cached = await cache.readList();
    // A network reply may have arrived while the cache was being read: it wins.
    if (cached && !list) {
      const derived = { summaries: toColumns(summarize(cached.icps)), search: searchTextsOf(cached.icps) };
      list = { ...derived, icps: cached.icps, fetchedAt: cached.fetchedAt, source: 'cache', warnings: [], saved: true };
      void keep('the list summaries', () => cache.writeList(cached.icps, derived, new Date(cached.fetchedAt)));
    }
    return list;
  }

  /** The full ICPs of the list, for what needs more than the summaries. */
  async function fullList(): Promise<Icp[]> {
    const known = await cachedList();
    if (!known) return [];
    if (known.icps) return known.icps;
    const cached = await cache.readList();
    // Only the summaries were readable: the rows show, but their copies are not on disk.
    if (!cached) known.saved = false;
    known.icps = cached?.icps ?? [];
    return known.icps;
  }

  /** The copy the list carried of one ICP, if the list has it. */
  async function listCopyOf(id: string): Promise<Icp | undefined> {
    const icps = await fullList();
    if (listCopies?.icps !== icps) listCopies = { icps, byId: new Map(icps.map((icp) => [icp.id.toLowerCase(), icp])) };
    return listCopies.byId.get(id.toLowerCase());
  }

  /** The freshest copy of one ICP on this computer: its own saved detail, or the one the list carried. */
  async function savedCopy(id: string): Promise<SavedCopy | null> {
    const key = id.toLowerCase();
    const ids = await offlineIds();
    const detail = ids.has(key) ? await cache.readDetail(id) : null;
    // A damaged file was just set aside: the list must stop counting this ICP's detail as saved.
    if (!detail) ids.delete(key);
    const known = await cachedList();
    if (detail && (!known || detail.fetchedAt >= known.fetchedAt)) return detail;
    const fromList = known ? await listCopyOf(id) : undefined;
    if (fromList && known) return { icp: fromList, fetchedAt: known.fetchedAt };
    return detail;
  }

  const saveDetail = async (icp: Icp): Promise<boolean> => {
    void history.recordReceived([icp], { source: 'sync' });
    const problem = await keep('an ICP', () => cache.writeDetail(icp, deps.clock()));
    if (!problem) (await offlineIds()).add(icp.id.toLowerCase());
    refused.clear(icp.id);
    return problem === null;
  };

  /** Saved details of ICPs the new list no longer contains go with them. */
  async function pruneDetails(listed: ReadonlySet<string>): Promise<ListWarning | null> {
    const ids = await offlineIds();
    return keep('the removal of ICPs no longer listed', async () => {
      for (const id of await cache.pruneDetails(listed)) ids.delete(id);
    });
  }

  /** Fetches the list from the API and, if it is the newest answer, keeps it. */
  async function refreshList(): Promise<Result<null>> {
    const ticket = listReplies.take();
    const result = await client.listIcps();
    if (!result.ok) return result;
    if (!listReplies.accept(ticket)) return ok(null);
    const fetchedAt = deps.clock();
    const { icps, invalid } = result.data;
    const warnings: ListWarning[] = invalid.map(({ index, id, field, message }) => ({ index, field, message, ...(id ? { id } : {}) }));
    const derived = { summaries: toColumns(summarize(icps)), search: searchTextsOf(icps) };
    const kept: KnownList = { ...derived, icps, fetchedAt: fetchedAt.toISOString(), source: 'network', warnings, saved: false };
    list = kept;
    void history.recordReceived(icps, { source: 'list', at: fetchedAt, unreadableIds: invalid.flatMap(({ id }) => (id ? [id] : [])) });
    // An item the list could not read is still listed: its saved copy stays.
    const listed = new Set([...icps.map((icp) => icp.id), ...invalid.flatMap(({ id }) => (id ? [id] : []))].map((id) => id.toLowerCase()));
    refused.keepListed(listed);
    const saveWarning = await keep('the ICP list', () => cache.writeList(icps, derived, fetchedAt));
    kept.saved = saveWarning === null;
    const pruneWarning = await pruneDetails(listed);
    const problems = [saveWarning, pruneWarning].filter((problem) => problem !== null);
    // Unless a newer reply replaced this list while it was being saved.
    if (problems.length > 0 && list === kept) list = { ...kept, warnings: [...warnings, ...problems] };
    return ok(null);
  }

  /**
   * After the server refused ICPs' details (403) or did not have them (404), and they were marked:
   * the list, the authority, is asked again. It keeps each (marked, with its copy) or not.
   */
  function refreshAfterRefusal(): Promise<unknown> {
    refusalRefresh ??= refreshList().finally(() => {
      refusalRefresh = null;
    });
    return refusalRefresh;
  }

  return {
    async listPage(source: DataSource): Promise<Result<IcpListPage>> {
      if (source === 'cache') return ok(await page(await cachedList(), 'cache'));
      const refreshed = await refreshList();
      return refreshed.ok ? ok(await page(list, 'network')) : refreshed;
    },

    refreshList,

    /** The search texts of the list main holds now (the renderer matches them to its rows by id). */
    async searchTexts(): Promise<Result<SearchTexts>> {
      const known = await cachedList();
      if (!known) return ok({ ids: [], texts: [], wordStarts: [] });
      if (known.search) return ok(known.search);
      const saved = await cache.readSearchTexts();
      if (known.search) return ok(known.search);
      if (saved && saved.fetchedAt === known.fetchedAt) {
        known.search = saved.texts;
        return ok(known.search);
      }
      const icps = await fullList();
      if (icps.length === 0 && columnsLength(known.summaries) > 0) {
        return fail(appError('storage', 'The saved list could not be read, so search covers ICP names only. Refresh to search everything.'));
      }
      known.search = searchTextsOf(icps);
      // Stamped with the list's time: if a newer list is saved meanwhile, these no longer match it and are not used.
      const made = known.search;
      void keep('the search texts', () => cache.writeSearchTexts(made, new Date(known.fetchedAt)));
      return ok(made);
    },

    /** 'cache': the freshest copy on this computer (see savedCopy); 'network': the API's, which then becomes it. */
    async detail(id: string, source: DataSource): Promise<Result<IcpDetail | null>> {
      if (source === 'cache') {
        const copy = await savedCopy(id);
        return ok(copy ? { icp: copy.icp, fetchedAt: copy.fetchedAt, source: 'cache' } : null);
      }
      const result = await client.getIcp(id);
      if (!result.ok) {
        const status = refusedStatusOf(result.error);
        if (status !== null) {
          refused.record(id, status);
          await refreshAfterRefusal();
        }
        return result;
      }
      const fetchedAt = deps.clock();
      void history.recordReceived([result.data], { source: 'detail', at: fetchedAt });
      const problem = await keep('this ICP', () => cache.writeDetail(result.data, fetchedAt));
      if (!problem) (await offlineIds()).add(result.data.id.toLowerCase());
      refused.clear(result.data.id);
      return ok({ icp: result.data, fetchedAt: fetchedAt.toISOString(), source: 'network' });
    },

    /**
     * The freshest copy of each ICP the user asked for, in the order asked, from memory and disk
     * only (so it works offline). A detail fetched after the list wins over the list's copy.
     */
    async copiesOf(ids: readonly string[]): Promise<Result<Icp[]>> {
      const out: Icp[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        const copy = await savedCopy(id);
        if (copy) out.push(copy.icp);
        else missing.push(id);
      }
      if (missing.length > 0) {
        return fail(
          appError(
            'notFound',
            `${missing.length === 1 ? 'One ICP is' : `${missing.length} ICPs are`} not available on this computer: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? '…' : ''}`,
          ),
        );
      }
      return ok(out);
    },

    /** "Make available offline" for every listed ICP; see offline-sync.ts. */
    async syncAll(onProgress: (progress: SyncProgress) => void): Promise<Result<SyncOutcome>> {
      const known = await cachedList();
      if (!known) return fail(appError('notFound', 'Load the ICP list before making it available offline.'));
      sync?.abort();
      const controller = new AbortController();
      sync = controller;
      const { id: ids, name: names } = known.summaries;
      const { stoppedBy, failures, ...progress } = await syncDetails(
        ids,
        { client, save: saveDetail, refused: (id, status) => refused.record(id, status) },
        controller.signal,
        onProgress,
      );
      if (sync === controller) sync = null;
      if (stoppedBy) return fail(stoppedBy);
      // Refused ICPs stay or go as the server's list says: asked once, after the last detail.
      if (failures.some((failure) => refusedStatusOf(failure) !== null)) await refreshAfterRefusal();
      const nameOf = new Map(ids.map((id, i) => [id, names[i]!]));
      const listedNow = new Set((list ?? known).summaries.id);
      return ok({
        ...progress,
        cancelled: controller.signal.aborted,
        failures: failures.map((failure) => ({ ...failure, name: nameOf.get(failure.id) ?? failure.id, listed: listedNow.has(failure.id) })),
      });
    },

    /** The list to review, as the checks worker reads it; null before there is one. */
    async reviewList(): Promise<ReviewList | null> {
      const known = await cachedList();
      if (!known) return null;
      return { source: { file: cache.listFile, fetchedAt: known.fetchedAt }, icps: fullList };
    },

    cancelSync(): boolean {
      if (!sync) return false;
      sync.abort();
      return true;
    },
  };
}

export type AccountData = ReturnType<typeof createAccountData>;
