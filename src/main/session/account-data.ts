import { appError, type AppError } from '../../shared/api-error';
import type { Icp } from '../../shared/icp-schema';
import type { DataSource, IcpDetail, IcpListPage, ListWarning, SyncOutcome, SyncProgress } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import type { ApiClient } from '../api/api-client';
import type { IcpCache } from '../cache/icp-cache';
import type { Logger } from '../logger';
import { toSummaries } from './summaries';

const SYNC_CONCURRENCY = 4;

interface KnownList {
  icps: Icp[];
  fetchedAt: string;
  source: DataSource;
  warnings: ListWarning[];
}

/**
 * One account's ICPs as main knows them: the newest list (from the API or the cache), the set of
 * ICPs whose detail is cached, and the network calls that refresh them. The cache is always
 * written after the API answers, so the next start shows what the user last saw.
 */
export function createAccountData(deps: { client: ApiClient; cache: IcpCache; clock: () => Date; log: Logger }) {
  const { client, cache, log } = deps;
  let list: KnownList | null = null;
  let offline: Promise<Set<string>> | null = null;
  // Each network list call gets a number; a reply is applied only if no later call was applied
  // first, so two racing refreshes can never leave the older answer on screen or on disk.
  let requested = 0;
  let applied = 0;
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
      return { index: -1, field: '', message: `Could not save ${what} for offline use (${reason}). What you see is current but will not be available offline.` };
    }
  };

  const page = async (known: KnownList | null, source: DataSource): Promise<IcpListPage> => {
    if (!known) return { items: [], warnings: [], source, fetchedAt: null };
    return { items: toSummaries(known.icps, await offlineIds()), warnings: known.warnings, source: known.source, fetchedAt: known.fetchedAt };
  };

  async function cachedList(): Promise<KnownList | null> {
    if (list) return list;
    const cached = await cache.readList();
    // A network reply may have arrived while the cache was being read: it wins.
    if (cached && !list) list = { icps: cached.icps, fetchedAt: cached.fetchedAt, source: 'cache', warnings: [] };
    return list;
  }

  async function forget(id: string) {
    if (list) list = { ...list, icps: list.icps.filter((icp) => icp.id !== id) };
    (await offlineIds()).delete(id.toLowerCase());
    await keep('the removal of an ICP', () => cache.forget(id));
  }

  return {
    async listPage(source: DataSource): Promise<Result<IcpListPage>> {
      if (source === 'cache') return ok(await page(await cachedList(), 'cache'));
      const refreshed = await this.refreshList();
      return refreshed.ok ? ok(await page(list, 'network')) : refreshed;
    },

    /** Fetches the list from the API and, if it is the newest answer, keeps it. */
    async refreshList(): Promise<Result<null>> {
      const ticket = ++requested;
      const result = await client.listIcps();
      if (!result.ok) return result;
      if (ticket < applied) return ok(null);
      applied = ticket;
      const fetchedAt = deps.clock();
      const warnings: ListWarning[] = result.data.invalid.map(({ index, id, field, message }) => ({ index, field, message, ...(id ? { id } : {}) }));
      list = { icps: result.data.icps, fetchedAt: fetchedAt.toISOString(), source: 'network', warnings };
      const saveWarning = await keep('the ICP list', () => cache.writeList(result.data.icps, fetchedAt));
      if (saveWarning && ticket === applied) list = { ...list, warnings: [...warnings, saveWarning] };
      return ok(null);
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
      const saved = await keep('this ICP', () => cache.writeDetail(result.data, fetchedAt));
      if (!saved) (await offlineIds()).add(result.data.id.toLowerCase());
      return ok({ icp: result.data, fetchedAt: fetchedAt.toISOString(), source: 'network' });
    },

    /**
     * The freshest copy of each ICP the user asked for, in the order asked, from memory and disk
     * only (so it works offline). A detail fetched after the list wins over the list's copy.
     */
    async copiesOf(ids: readonly string[]): Promise<Result<Icp[]>> {
      const known = await cachedList();
      const byId = new Map((known?.icps ?? []).map((icp) => [icp.id.toLowerCase(), icp]));
      const cachedIds = await offlineIds();
      const out: Icp[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        const key = id.toLowerCase();
        const detail = cachedIds.has(key) ? await cache.readDetail(id) : null;
        const fromList = byId.get(key);
        const useDetail = detail && (!fromList || !known || detail.fetchedAt >= known.fetchedAt);
        const icp = useDetail ? detail.icp : fromList;
        if (icp) out.push(icp);
        else missing.push(id);
      }
      if (missing.length > 0) {
        return fail(appError('notFound', `${missing.length === 1 ? 'One ICP is' : `${missing.length} ICPs are`} not available on this computer: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? '…' : ''}`));
      }
      return ok(out);
    },

    /**
     * Fetches every listed ICP's detail so detail views work offline. Bounded concurrency;
     * `onProgress` after each ICP. Stops early on a 401 or a network failure, or when cancelled.
     */
    async syncAll(onProgress: (progress: SyncProgress) => void): Promise<Result<SyncOutcome>> {
      const known = await cachedList();
      if (!known) return fail(appError('notFound', 'Load the ICP list before making it available offline.'));
      sync?.abort();
      const controller = new AbortController();
      sync = controller;
      const ids = known.icps.map((icp) => icp.id);
      const progress: SyncProgress = { done: 0, total: ids.length, failed: 0 };
      let stopError: AppError | null = null;
      let next = 0;
      onProgress({ ...progress });
      const worker = async () => {
        while (next < ids.length && !controller.signal.aborted && !stopError) {
          const id = ids[next++]!;
          const result = await client.getIcp(id, controller.signal);
          if (result.ok) {
            const saved = await keep('an ICP', () => cache.writeDetail(result.data, deps.clock()));
            if (saved) progress.failed += 1;
            else (await offlineIds()).add(id.toLowerCase());
          } else if (result.error.kind === 'cancelled') {
            break;
          } else {
            progress.failed += 1;
            // No point going on: every other ICP would fail the same way (and a network failure
            // would cost a timeout each). What was saved so far stays saved.
            if (result.error.kind === 'unauthorized' || result.error.kind === 'network') stopError = result.error;
            if (result.error.kind === 'notFound' || result.error.kind === 'forbidden') await forget(id);
          }
          progress.done += 1;
          onProgress({ ...progress });
        }
      };
      await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, ids.length) }, worker));
      if (sync === controller) sync = null;
      if (stopError) return fail(stopError);
      return ok({ ...progress, cancelled: controller.signal.aborted });
    },

    cancelSync(): boolean {
      if (!sync) return false;
      sync.abort();
      return true;
    },
  };
}

export type AccountData = ReturnType<typeof createAccountData>;
