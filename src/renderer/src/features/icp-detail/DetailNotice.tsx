import type { AppError } from '../../../../shared/api-error';
import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import { useAppStore } from '../../store/app-store';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { errorCopy } from '../errors/error-copy';
import './detail.css';

/** A refresh failed while a saved copy is shown: say so above it, with the way to try again. */
export function DetailNotice({ error, fetchedAt, onRetry }: { error: AppError; fetchedAt: string; onRetry: () => void }) {
  const now = useAppStore((state) => state.ui.now);
  const copy = errorCopy(error, 'detail');
  const when = (
    <time dateTime={fetchedAt} title={exactTime(fetchedAt)}>
      {relativeTime(fetchedAt, new Date(now))}
    </time>
  );
  return (
    <div className={`detail-notice tone-border-${copy.tone}`} role="status" data-error-kind={error.kind}>
      <Icon name={copy.icon} className={`text-${copy.tone}`} />
      <div className="detail-notice-text">
        <p className="detail-notice-title">
          {copy.title} – showing the copy from {when}
        </p>
        <p className="detail-notice-body">{error.message}</p>
      </div>
      <Button size="sm" variant="secondary" icon="refresh" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
