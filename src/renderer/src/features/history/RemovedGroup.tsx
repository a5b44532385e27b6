import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import { formatNumber } from '../../../../shared/format/numbers';
import { useAppStore } from '../../store/app-store';
import { dismissRemoved, openRemoved } from '../../store/history-actions';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { IsolatedText } from '../../ui/IsolatedText';
import './history.css';

/**
 * ICPs that left the list (deleted on the server, or access removed) stay here with their last
 * copy until the user dismisses them: nothing the reviewer saw disappears without a trace.
 */
export function RemovedGroup() {
  const removed = useAppStore((state) => state.history.removed);
  const openRemovedId = useAppStore((state) => state.history.openRemovedId);
  const now = useAppStore((state) => state.ui.now);
  if (removed.length === 0) return null;
  const count = removed.length;
  return (
    <details className="removed-group">
      <summary>
        <Icon name="alert" size={14} className="removed-group-icon" />
        <span className="removed-group-title">
          Removed: {formatNumber(count)} {count === 1 ? 'ICP' : 'ICPs'} left the list
        </span>
        <span className="removed-group-more">Show</span>
      </summary>
      <ul className="removed-list" aria-label="Removed ICPs">
        {removed.map(({ id, removedAt, last }) => {
          const name = last?.icp.name ?? id;
          return (
            <li key={id} className="removed-item" data-open={openRemovedId === id || undefined}>
              <div className="removed-item-text">
                <IsolatedText className="removed-item-name" text={name} />
                <span className="removed-item-when" title={exactTime(removedAt)}>
                  Removed {relativeTime(removedAt, new Date(now))}
                </span>
              </div>
              <Button size="sm" variant="ghost" disabled={!last} aria-label={`Open the last copy of ${name}`} onClick={() => openRemoved(id)}>
                Open
              </Button>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Dismiss ${name}`}
                title="Forget this ICP and its history on this computer"
                onClick={() => void dismissRemoved([id])}
              >
                Dismiss
              </Button>
            </li>
          );
        })}
      </ul>
      {count > 1 ? (
        <div className="removed-group-footer">
          <Button size="sm" variant="ghost" onClick={() => void dismissRemoved(removed.map((icp) => icp.id))}>
            Dismiss all {formatNumber(count)}
          </Button>
        </div>
      ) : null}
    </details>
  );
}
