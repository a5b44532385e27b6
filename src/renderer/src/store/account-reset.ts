import { initialAppState, useAppStore } from './app-store';
import { dropCompareReplies } from './compare-actions';
import { detailReplies } from './detail-actions';
import { listReplies } from './list-actions';

/**
 * Forgets everything of the account that was shown (sign-out, another account signed in).
 * Everything already requested is superseded, so a reply still on its way for the old account
 * is dropped. The list view (search, sort, chips) is a preference of this computer, not of the
 * account, so it stays.
 */
export function resetAccountState(): void {
  listReplies.supersede();
  detailReplies.supersede();
  dropCompareReplies();
  const initial = initialAppState();
  useAppStore.setState((state) => ({
    list: { ...initial.list, applied: state.list.applied },
    detail: initial.detail,
    selection: initial.selection,
    sync: initial.sync,
    compare: initial.compare,
    checks: initial.checks,
    ui: { ...initial.ui, toasts: state.ui.toasts },
  }));
}
