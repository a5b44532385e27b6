import { describeSyncOutcome, describeSyncStop } from '../../../shared/offline/sync-report';
import { call, onEvent } from '../bridge';
import { patchState, useAppStore } from './app-store';
import { noteFailure } from './error-routing';
import { rereadList } from './list-actions';
import { showToast } from './toast-actions';

/**
 * "Make available offline": main fetches every listed ICP's detail into the cache (each listed
 * ICP already opens offline with the copy its list carried; this makes each copy current).
 */
export async function startSync(): Promise<void> {
  const { sync, list } = useAppStore.getState();
  if (sync.running) return;
  patchState('sync', { running: true, cancelling: false, progress: { done: 0, total: list.items.length, failed: 0 } });
  const result = await call('offline:sync', {});
  patchState('sync', { running: false, cancelling: false });
  if (result.ok) {
    const report = describeSyncOutcome(result.data);
    showToast(report.tone, report.message, report.detail);
  } else {
    noteFailure(result.error);
    if (result.error.kind !== 'unauthorized') {
      const report = describeSyncStop(result.error);
      showToast('error', report.message, report.detail);
    }
  }
  // Which ICPs are now on this computer: main's list knows, no network needed.
  await rereadList();
}

export async function cancelSync(): Promise<void> {
  patchState('sync', { cancelling: true });
  await call('offline:cancel', {});
}

/** Follows main's progress events for as long as the app runs. */
export function followSyncProgress(): () => void {
  return onEvent('offline:progress', (progress) => {
    const { sync } = useAppStore.getState();
    if (sync.running) patchState('sync', { progress });
  });
}
