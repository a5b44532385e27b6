import type { DataSource } from '../../../shared/ipc-contract';
import { call } from '../bridge';
import { closeCompare } from './compare-actions';
import { useAppStore } from './app-store';
import { noteFailure, noteOnline } from './error-routing';
import { refreshList, removeFromList } from './list-actions';

/*
 * The detail pane's ICP, stale-while-revalidate like the list: the cached copy first (if there is
 * one), then get-by-id from the API. Opening another ICP raises the floor, so replies for the
 * previous one are dropped; within one ICP a reply never overwrites a newer one.
 */

export async function openIcp(id: string): Promise<void> {
  // Opening one ICP leaves the compare view: the detail pane takes its place again.
  closeCompare();
  const { detail, setDetail } = useAppStore.getState();
  const same = detail.openId === id;
  const floor = detail.requested + 1;
  setDetail({ openId: id, detail: same ? detail.detail : null, error: null, loading: true, floor });
  if (!same || !detail.detail) await fetchDetail(id, 'cache');
  // Another ICP was opened meanwhile: this one's network copy is no longer wanted.
  if (useAppStore.getState().detail.floor !== floor) return;
  await fetchDetail(id, 'network');
}

/** Fetches the open ICP again from the API, keeping what is shown meanwhile. */
export function reloadOpenIcp(): Promise<void> {
  const { openId } = useAppStore.getState().detail;
  return openId ? openIcp(openId) : Promise.resolve();
}

export function closeIcp(): void {
  const { detail, setDetail } = useAppStore.getState();
  setDetail({ openId: null, detail: null, error: null, loading: false, floor: detail.requested + 1 });
}

async function fetchDetail(id: string, source: DataSource): Promise<void> {
  const ticket = useAppStore.getState().detail.requested + 1;
  useAppStore.getState().setDetail({ requested: ticket });

  const result = await call('icps:get', { id, source });

  const { detail, setDetail } = useAppStore.getState();
  if (ticket < detail.floor || ticket <= detail.applied || detail.openId !== id) return;
  const isNetwork = source === 'network';
  if (result.ok) {
    if (isNetwork) noteOnline();
    if (result.data === null) {
      setDetail({ applied: ticket });
      return;
    }
    setDetail({ applied: ticket, detail: result.data, ...(isNetwork ? { error: null, loading: false } : {}) });
    return;
  }
  setDetail({ applied: ticket, error: result.error, loading: false });
  noteFailure(result.error);
  if (result.error.kind === 'forbidden' || result.error.kind === 'notFound') {
    setDetail({ detail: null });
    removeFromList(id);
    // Main already forgot it; the server's list may have changed in other ways too.
    if (result.error.kind === 'notFound') void refreshList();
  }
}
