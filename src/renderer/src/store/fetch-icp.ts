import type { AppError } from '../../../shared/api-error';
import type { DataSource, IcpDetail } from '../../../shared/ipc-contract';
import type { LatestReply } from '../../../shared/latest-reply';
import { call } from '../bridge';
import { noteFailure, noteOnline } from './error-routing';
import { refreshList, removeFromList } from './list-actions';

/*
 * How a view gets one ICP (the detail pane, each column of Compare): the cached copy first,
 * shown at once when there is one, then the server's. A 403 or 404 means the server no longer
 * shows this account the ICP: the copy goes, and so does its row (main forgot it too).
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
    if (isNetwork) noteOnline();
    view.apply({ ...(result.data !== null ? { detail: result.data } : {}), ...(isNetwork ? { error: null, loading: false } : {}) });
    return;
  }
  const { kind } = result.error;
  const gone = kind === 'forbidden' || kind === 'notFound';
  view.apply({ error: result.error, loading: false, ...(gone ? { detail: null } : {}) });
  noteFailure(result.error);
  if (gone) {
    removeFromList(id);
    // Main already forgot it; the server's list may have changed in other ways too.
    if (kind === 'notFound') void refreshList();
  }
}
