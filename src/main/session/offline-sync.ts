import type { AppError } from '../../shared/api-error';
import type { Icp } from '../../shared/icp-schema';
import type { SyncProgress } from '../../shared/ipc-contract';
import type { ApiClient } from '../api/api-client';

const SYNC_CONCURRENCY = 4;

export interface SyncDeps {
  client: ApiClient;
  /** Keeps a fetched ICP for offline use; false when it could not be saved. */
  save(icp: Icp): Promise<boolean>;
  /** The server no longer shows this ICP (403/404). */
  forget(id: string): Promise<void>;
}

export interface SyncResult extends SyncProgress {
  /** Why the sync stopped early: a 401 or a network failure would fail every other ICP too. */
  stoppedBy: AppError | null;
}

/**
 * "Make available offline": fetches every ICP's detail with bounded concurrency, reporting after
 * each one. Stops at the first 401 or network failure (each further ICP would cost a timeout),
 * or when `signal` aborts. What was saved stays saved.
 */
export async function syncDetails(
  ids: readonly string[],
  deps: SyncDeps,
  signal: AbortSignal,
  onProgress: (progress: SyncProgress) => void,
): Promise<SyncResult> {
  const progress: SyncProgress = { done: 0, total: ids.length, failed: 0 };
  let stoppedBy: AppError | null = null;
  let next = 0;
  onProgress({ ...progress });
  const worker = async () => {
    while (next < ids.length && !signal.aborted && !stoppedBy) {
      const id = ids[next++]!;
      const result = await deps.client.getIcp(id, signal);
      if (result.ok) {
        if (!(await deps.save(result.data))) progress.failed += 1;
      } else if (result.error.kind === 'cancelled') {
        break;
      } else {
        progress.failed += 1;
        if (result.error.kind === 'unauthorized' || result.error.kind === 'network') stoppedBy = result.error;
        if (result.error.kind === 'notFound' || result.error.kind === 'forbidden') await deps.forget(id);
      }
      progress.done += 1;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, ids.length) }, worker));
  return { ...progress, stoppedBy };
}
