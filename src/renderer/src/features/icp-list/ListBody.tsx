import { patchState, useAppStore } from '../../store/app-store';
import { useVisibleRows } from '../../store/visible-icps';
import { refreshAll } from '../../store/workspace-actions';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { ErrorView } from '../errors/ErrorView';
import { NoMatches } from '../list-filters/NoMatches';
import { IcpList } from './IcpList';
import { ListSkeleton } from './ListSkeleton';
import './icp-list.css';

/** Rows, or what stands in for them: a skeleton while loading, an error, no ICPs, or none that match. */
export function ListBody() {
  const list = useAppStore((state) => state.list);
  const visible = useVisibleRows();
  useAppStore((state) => state.ui.listSettled); // re-render once the list settles (see UiState.listSettled in store/app-store.ts)

  if (!list.loaded && list.error) {
    const signInAgain = () => patchState('session', { reauth: list.error });
    return (
      <div className="list-placeholder">
        <ErrorView
          error={list.error}
          place="list"
          compact
          actions={
            list.error.kind === 'unauthorized' ? (
              <Button variant="primary" icon="key" onClick={signInAgain}>
                Sign in again
              </Button>
            ) : (
              <Button variant="primary" icon="refresh" busy={list.refreshing} onClick={() => void refreshAll()}>
                Try again
              </Button>
            )
          }
        />
      </div>
    );
  }
  if (!list.loaded) return <ListSkeleton />;
  if (list.items.length === 0) {
    return (
      <div className="list-placeholder list-empty">
        <span className="list-empty-icon" aria-hidden="true">
          <Icon name="inbox" size={22} />
        </span>
        <h2 className="list-empty-title">No ICPs yet</h2>
        <p className="list-empty-text">ICPs shared with your account appear here. Refresh to check the server again.</p>
        <Button icon="refresh" busy={list.refreshing} onClick={() => void refreshAll()}>
          Refresh
        </Button>
      </div>
    );
  }
  if (visible.length === 0) return <NoMatches />;
  return <IcpList />;
}
