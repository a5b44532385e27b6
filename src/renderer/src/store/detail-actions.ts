import { latestReply } from '../../../shared/latest-reply';
import { closeCompare } from './compare-actions';
import { patchState, useAppStore } from './app-store';
import { fetchIcpCopies, type IcpCopyView } from './fetch-icp';

/*
 * The detail pane's ICP, stale-while-revalidate like the list: the cached copy first (if there is
 * one), then get-by-id from the API. Opening another ICP supersedes every reply still on its way,
 * and within one ICP a reply never overwrites a newer one.
 */

export const detailReplies = latestReply();

const detailView: IcpCopyView = { replies: detailReplies, apply: (update) => patchState('detail', update) };

export async function openIcp(id: string): Promise<void> {
  // Opening one ICP leaves the compare view: the detail pane takes its place again.
  closeCompare();
  const { detail } = useAppStore.getState();
  const same = detail.openId === id;
  detailReplies.supersede();
  patchState('detail', { openId: id, detail: same ? detail.detail : null, error: null, loading: true });
  await fetchIcpCopies(id, detailView, !same || !detail.detail);
}

/** Fetches the open ICP again from the API, keeping what is shown meanwhile. */
export function reloadOpenIcp(): Promise<void> {
  const { openId } = useAppStore.getState().detail;
  return openId ? openIcp(openId) : Promise.resolve();
}

export function closeIcp(): void {
  detailReplies.supersede();
  patchState('detail', { openId: null, detail: null, error: null, loading: false });
}
