import type { AppError } from '../../../shared/api-error';
import type { DataSource, IcpDetail } from '../../../shared/ipc-contract';
import type { LatestReply } from '../../../shared/latest-reply';
import { refusedStatusOf } from '../../../shared/offline/refused-details';
import { call } from '../bridge';
import { useAppStore } from './app-store';
import { noteFailure, noteOnline } from './error-routing';
import { afterReceived } from './history-actions';
import { rereadList } from './list-actions';

/*
 * How a view gets one ICP (the detail pane, each column of Compare): the saved copy first (its
 * own, or the one the list carried), shown at once, then the server's. A 403 or 404 on the
 * details does not remove the ICP: main marks it and asks the server's list again, and the list
 * decides. While it still has the ICP, the view keeps the copy and says why it is not newer.
 */

/** What fetching an ICP changes in the view that shows it. */
interface IcpCopyUpdate {
  detail?: IcpDetail | null;
  loading?: boolean;
  error?: AppError | null;
}

export interface IcpCopyView {
  /** Orders the view's replies; what it superseded (another ICP opened, Compare closed) is dropped. */
  replies: LatestReply;
  apply(update: IcpCopyUpdate): void;
}

export async function fetchIcpCopies(id: string, view: IcpCopyView, withCache = true): Promise<void> {
  const first = view.replies.take();
  if (withCache) await fetchCopy(id, 'cache', first, view);
  // The view moved on meanwhile: this ICP's network copy is no longer wanted.
  if (view.replies.superseded(first)) return;
  await fetchCopy(id, 'network', view.replies.take(), view);
}

async function fetchCopy(id: string, source: DataSource, ticket: number, view: IcpCopyView): Promise<void> {
  const result = await call('icps:get', { id, source });
  if (!view.replies.accept(ticket)) return;
  const isNetwork = source === 'network';
  if (result.ok) {
    if (isNetwork) {
      noteOnline();
      void afterReceived(id);
    }
    view.apply({ ...(result.data !== null ? { detail: result.data } : {}), ...(isNetwork ? { error: null, loading: false } : {}) });
    // Main cleared the ICP's refusal mark when its details arrived: the row drops it too.
    if (isNetwork && useAppStore.getState().list.items.some((icp) => icp.id === id && icp.refused !== null)) await rereadList();
    return;
  }
  noteFailure(result.error);
  if (refusedStatusOf(result.error) === null) return view.apply({ error: result.error, loading: false });
  // Main refreshed its list before answering: show that list (with the ICP marked, or without it).
  await rereadList();
  // That refresh may have taken it out of the list: the history's Removed group shows it then.
  void afterReceived(id);
  if (view.replies.superseded(ticket) || !view.replies.isNewest(ticket)) return;
  const listed = useAppStore.getState().list.items.some((icp) => icp.id === id);
  view.apply({ error: result.error, loading: false, ...(listed ? {} : { detail: null }) });
}
