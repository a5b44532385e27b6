import type { AppError } from '../../../../shared/api-error';
import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import { useAppStore } from '../../store/app-store';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { errorCopy, type ErrorCopy } from '../errors/error-copy';
import './detail.css';

/**
 * A refresh failed while a saved copy is shown: say so above it, with the way to try again.
 * `copy` replaces the standard words for the failure (and its body, main's message).
 */
export function DetailNotice({ error, copy, fetchedAt, onRetry }: { error: AppError; copy?: ErrorCopy; fetchedAt: string; onRetry: () => void }) {
  const now = useAppStore((state) => state.ui.now);
  const said = copy ?? { ...errorCopy(error, 'detail'), body: error.message };
  const when = (
    <time dateTime={fetchedAt} title={exactTime(fetchedAt)}>
      {relativeTime(fetchedAt, new Date(now))}
    </time>
  );
  return (
    <div className={`detail-notice tone-border-${said.tone}`} role="status" data-error-kind={error.kind}>
      <Icon name={said.icon} className={`text-${said.tone}`} />
      <div className="detail-notice-text">
        <p className="detail-notice-title">
          {said.title} – showing the copy from {when}
        </p>
        <p className="detail-notice-body">{said.body}</p>
      </div>
      <Button size="sm" variant="secondary" icon="refresh" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
