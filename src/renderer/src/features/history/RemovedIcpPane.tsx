import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import { useAppStore } from '../../store/app-store';
import { closeRemoved, dismissRemoved, exportVersion } from '../../store/history-actions';
import { focusList } from '../../app/focus-targets';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { IsolatedText } from '../../ui/IsolatedText';
import { DetailSections } from '../icp-detail/DetailSections';
import { ExpiryBadge } from '../icp-list/ExpiryBadge';
import '../icp-detail/detail.css';
import './history.css';

/** A removed ICP's last copy, read-only: what it targeted when it was last seen, until dismissed. */
export function RemovedIcpPane({ id }: { id: string }) {
  const removed = useAppStore((state) => state.history.removed.find((icp) => icp.id === id));
  const now = useAppStore((state) => state.ui.now);
  if (!removed?.last) return null;
  const { last, removedAt } = removed;
  const close = () => {
    closeRemoved();
    focusList();
  };
  return (
    <section className="detail-pane" aria-label="Removed ICP, last copy">
      <div className="detail-scroll">
        <header className="detail-header">
          <div className="detail-title-row">
            <div className="detail-titles">
              <h1 className="detail-name">
                <IsolatedText text={last.icp.name} />
              </h1>
              <p className={last.icp.description ? 'detail-description' : 'detail-description detail-description-empty'}>
                {last.icp.description ? <IsolatedText text={last.icp.description} /> : 'No description'}
              </p>
            </div>
            <div className="detail-actions">
              <Button variant="ghost" size="sm" icon="download" onClick={() => void exportVersion(last.icp.id, last.seq)}>
                Export as JSON
              </Button>
              <Button variant="ghost" size="sm" icon="close" onClick={close}>
                Close
              </Button>
            </div>
          </div>
          <div className="detail-badges">
            <ExpiryBadge activeUntil={last.icp.activeUntil} now={now} />
            <code className="detail-id" title="ICP ID">
              {last.icp.id}
            </code>
          </div>
        </header>
        <div className="detail-notice tone-border-amber removed-notice" role="status">
          <Icon name="alert" className="text-amber" />
          <div className="detail-notice-text">
            <p className="detail-notice-title">
              Removed from the list <time title={exactTime(removedAt)}>{relativeTime(removedAt, new Date(now))}</time>
            </p>
            <p className="detail-notice-body">
              {`The server deleted this ICP, or your access to it was removed. This is its last copy, seen ${relativeTime(last.seenAt, new Date(now))} (version ${last.seq}); it stays here until you dismiss it.`}
            </p>
          </div>
          <Button size="sm" variant="secondary" onClick={() => void dismissRemoved([id]).then(focusList)}>
            Dismiss
          </Button>
        </div>
        <DetailSections icp={last.icp} />
      </div>
    </section>
  );
}
