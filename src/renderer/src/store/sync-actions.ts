import type { SyncOutcome } from '../../../shared/ipc-contract';
import { call, onEvent } from '../bridge';
import { formatNumber } from '../../../shared/format/numbers';
import { patchState, useAppStore } from './app-store';
import { noteFailure } from './error-routing';
import { rereadList } from './list-actions';
import { showToast } from './toast-actions';

/** "Make available offline": main fetches every listed ICP's detail into the cache. */
export async function startSync(): Promise<void> {
  const { sync, list } = useAppStore.getState();
  if (sync.running) return;
  patchState('sync', { running: true, cancelling: false, progress: { done: 0, total: list.items.length, failed: 0 } });
  const result = await call('offline:sync', {});
  patchState('sync', { running: false, cancelling: false });
  if (result.ok) announce(result.data);
  else {
    noteFailure(result.error);
    if (result.error.kind !== 'unauthorized') showToast('error', 'Could not make ICPs available offline', result.error.message);
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

function announce(outcome: SyncOutcome): void {
  const saved = outcome.done - outcome.failed;
  const icps = (n: number) => `${formatNumber(n)} ${n === 1 ? 'ICP' : 'ICPs'}`;
  if (outcome.cancelled) {
    showToast('info', `Stopped – ${formatNumber(saved)} of ${icps(outcome.total)} saved for offline use`);
  } else if (outcome.failed === 0) {
    showToast('success', `${icps(saved)} available offline`);
  } else if (saved === 0) {
    patchState('ui', { offline: true });
    showToast('error', `Could not save ${icps(outcome.failed)} for offline use`, 'Check your connection and try again.');
  } else {
    showToast('info', `${icps(saved)} available offline, ${formatNumber(outcome.failed)} could not be saved`, 'Try again to save the rest.');
  }
}
