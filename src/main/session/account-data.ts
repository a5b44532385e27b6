import { appError } from '../../shared/api-error';
import type { Icp } from '../../shared/icp-schema';
import { toColumns, withoutSearchEntry } from '../../shared/icp-summary';
import { columnsLength, withoutRow } from '../../shared/summary-columns';
import type { DataSource, IcpDetail, IcpListPage, IcpSummaryColumns, ListWarning, SearchTexts, SyncOutcome, SyncProgress } from '../../shared/ipc-contract';
import { latestReply } from '../../shared/latest-reply';
import { fail, ok, type Result } from '../../shared/result';
import type { ApiClient } from '../api/api-client';
import type { IcpCache } from '../cache/icp-cache';
import type { HistoryStore } from '../history/history-store';
import type { ReviewList } from '../checks/checks-service';
import type { Logger } from '../logger';
import { syncDetails } from './offline-sync';
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
}

/**
 * One account's ICPs as main knows them: the newest list (from the API or the cache), the set of
 * ICPs whose detail is cached, and the network calls that refresh them. The cache is always
 * written after the API answers, so the next start shows what the user last saw; a start reads
 * only the list's summaries, which is what makes it fast.
 */
export function createAccountData(deps: {
  client: ApiClient;
  cache: IcpCache;
  /** Every ICP received is also offered to the history; queued there, never awaited here (see history-store.ts). */
  history: Pick<HistoryStore, 'recordReceived' | 'recordGone'>;
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
    if (!known) return { columns: toColumns([]), offlineIds: [], warnings: [], source, fetchedAt: null };
    return { columns: known.summaries, offlineIds: [...(await offlineIds())], warnings: known.warnings, source: known.source, fetchedAt: known.fetchedAt };
  };

  /** The list as last saved: its summaries if they were saved, else the list, summarized. */
  async function cachedList(): Promise<KnownList | null> {
    if (list) return list;
    const summaries = await cache.readSummaries();
    if (summaries && !list) {
      list = { summaries: summaries.columns, icps: null, search: null, fetchedAt: summaries.fetchedAt, source: 'cache', warnings: [] };
      return list;
    }
    const cached = await cache.readList();
    // A network reply may have arrived while the cache was being read: it wins.
    if (cached && !list) {
      const derived = { summaries: toColumns(summarize(cached.icps)), search: searchTextsOf(cached.icps) };
      list = { ...derived, icps: cached.icps, fetchedAt: cached.fetchedAt, source: 'cache', warnings: [] };
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
    known.icps = cached?.icps ?? [];
    return known.icps;
  }

  async function forget(id: string) {
    if (list) {
      list.summaries = withoutRow(list.summaries, id);
      if (list.icps) list.icps = list.icps.filter((icp) => icp.id !== id);
      if (list.search) list.search = withoutSearchEntry(list.search, id);
    }
    (await offlineIds()).delete(id.toLowerCase());
    void history.recordGone([id]);
    await keep('the removal of an ICP', () => cache.forget(id));
  }

  const saveDetail = async (icp: Icp): Promise<boolean> => {
    void history.recordReceived([icp], { source: 'sync' });
    const problem = await keep('an ICP', () => cache.writeDetail(icp, deps.clock()));
    if (!problem) (await offlineIds()).add(icp.id.toLowerCase());
    return problem === null;
  };

  return {
    async listPage(source: DataSource): Promise<Result<IcpListPage>> {
      if (source === 'cache') return ok(await page(await cachedList(), 'cache'));
      const refreshed = await this.refreshList();
      return refreshed.ok ? ok(await page(list, 'network')) : refreshed;
    },

    /** Fetches the list from the API and, if it is the newest answer, keeps it. */
    async refreshList(): Promise<Result<null>> {
      const ticket = listReplies.take();
      const result = await client.listIcps();
      if (!result.ok) return result;
      if (!listReplies.accept(ticket)) return ok(null);
      const fetchedAt = deps.clock();
      const { icps, invalid } = result.data;
      const warnings: ListWarning[] = invalid.map(({ index, id, field, message }) => ({ index, field, message, ...(id ? { id } : {}) }));
      const derived = { summaries: toColumns(summarize(icps)), search: searchTextsOf(icps) };
      const kept: KnownList = { ...derived, icps, fetchedAt: fetchedAt.toISOString(), source: 'network', warnings };
      list = kept;
      void history.recordReceived(icps, { source: 'list', at: fetchedAt, unreadableIds: invalid.flatMap(({ id }) => (id ? [id] : [])) });
      const saveWarning = await keep('the ICP list', () => cache.writeList(icps, derived, fetchedAt));
      // Unless a newer reply replaced this list while it was being saved.
      if (saveWarning && list === kept) list = { ...kept, warnings: [...warnings, saveWarning] };
      return ok(null);
    },

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

    async detail(id: string, source: DataSource): Promise<Result<IcpDetail | null>> {
      if (source === 'cache') {
        const cached = await cache.readDetail(id);
        // A damaged file was just set aside: the list must stop calling this ICP available offline.
        if (!cached) (await offlineIds()).delete(id.toLowerCase());
        return ok(cached ? { icp: cached.icp, fetchedAt: cached.fetchedAt, source: 'cache' } : null);
      }
      const result = await client.getIcp(id);
      if (!result.ok) {
        if (result.error.kind === 'notFound' || result.error.kind === 'forbidden') await forget(id);
        return result;
      }
      const fetchedAt = deps.clock();
      void history.recordReceived([result.data], { source: 'detail', at: fetchedAt });
      const problem = await keep('this ICP', () => cache.writeDetail(result.data, fetchedAt));
      if (!problem) (await offlineIds()).add(result.data.id.toLowerCase());
      return ok({ icp: result.data, fetchedAt: fetchedAt.toISOString(), source: 'network' });
    },

    /**
     * The freshest copy of each ICP the user asked for, in the order asked, from memory and disk
     * only (so it works offline). A detail fetched after the list wins over the list's copy.
     */
    async copiesOf(ids: readonly string[]): Promise<Result<Icp[]>> {
      const icps = await fullList();
      const listedAt = list?.fetchedAt ?? '';
      const byId = new Map(icps.map((icp) => [icp.id.toLowerCase(), icp]));
      const cachedIds = await offlineIds();
      const out: Icp[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        const key = id.toLowerCase();
        const detail = cachedIds.has(key) ? await cache.readDetail(id) : null;
        const fromList = byId.get(key);
        const icp = detail && (!fromList || detail.fetchedAt >= listedAt) ? detail.icp : fromList;
        if (icp) out.push(icp);
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
      const ids = known.summaries.id;
      const { stoppedBy, ...progress } = await syncDetails(ids, { client, save: saveDetail, forget }, controller.signal, onProgress);
      if (sync === controller) sync = null;
      if (stoppedBy) return fail(stoppedBy);
      return ok({ ...progress, cancelled: controller.signal.aborted });
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
