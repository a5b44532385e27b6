import type { AppError } from '../../shared/api-error';
import type { Icp } from '../../shared/icp-schema';
import type { SyncProgress } from '../../shared/ipc-contract';
import { refusedStatusOf, type RefusedStatus } from '../../shared/offline/refused-details';
import type { SyncFailure } from '../../shared/offline/sync-report';
import type { ApiClient } from '../api/api-client';

const SYNC_CONCURRENCY = 4;

export interface SyncDeps {
  client: ApiClient;
  /** Keeps a fetched ICP for offline use; false when it could not be saved. */
  save(icp: Icp): Promise<boolean>;
  /** The server refused this ICP's details (403) or does not have them (404). */
  refused(id: string, status: RefusedStatus): void;
}

export interface SyncResult extends SyncProgress {
  /** Why the sync stopped early: a 401 or a network failure would fail every other ICP too. */
  stoppedBy: AppError | null;
  /** Each ICP whose details could not be fetched or saved (its name and listing are the caller's to add). */
  failures: Omit<SyncFailure, 'name' | 'listed'>[];
}

/**
 * "Make available offline": fetches every ICP's detail with bounded concurrency, reporting after
 * each one. Stops at the first 401 or network failure (each further ICP would cost a timeout),
 * or when `signal` aborts. What was saved stays saved; an ICP that failed keeps the copy its list
 * carried.
 */
export async function syncDetails(
  ids: readonly string[],
  deps: SyncDeps,
  signal: AbortSignal,
  onProgress: (progress: SyncProgress) => void,
): Promise<SyncResult> {
  const progress: SyncProgress = { done: 0, total: ids.length, failed: 0 };
  const failures: SyncResult['failures'] = [];
  let stoppedBy: AppError | null = null;
  let next = 0;
  onProgress({ ...progress });
  const worker = async () => {
    while (next < ids.length && !signal.aborted && !stoppedBy) {
      const id = ids[next++]!;
      const result = await deps.client.getIcp(id, signal);
      if (result.ok) {
        if (!(await deps.save(result.data))) {
          progress.failed += 1;
          failures.push({ id, kind: 'storage' });
        }
      } else if (result.error.kind === 'cancelled') {
        break;
      } else {
        const { kind, status } = result.error;
        progress.failed += 1;
        failures.push({ id, kind, ...(status === undefined ? {} : { status }) });
        if (kind === 'unauthorized' || kind === 'network') stoppedBy = result.error;
        const refused = refusedStatusOf(result.error);
        if (refused !== null) deps.refused(id, refused);
      }
      progress.done += 1;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, ids.length) }, worker));
  return { ...progress, stoppedBy, failures };
}
