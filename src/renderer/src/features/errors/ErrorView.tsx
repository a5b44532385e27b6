import type { ReactNode } from 'react';
import type { AppError } from '../../../../shared/api-error';
import { Icon } from '../../ui/Icon';
import { errorCopy, errorDetails, type ErrorPlace } from './error-copy';
import './error-view.css';

/**
 * A failure that takes the place of content: icon, a plain title, what happened, the technical
 * details in small print, and the buttons that lead on (`actions`).
 */
export function ErrorView({
  error,
  place,
  body,
  actions,
  compact = false,
}: {
  error: AppError;
  place: ErrorPlace;
  /** Replaces the standard explanation. */
  body?: ReactNode;
  actions?: ReactNode;
  compact?: boolean;
}) {
  const copy = errorCopy(error, place);
  const details = errorDetails(error);
  return (
    <div className={`error-view${compact ? ' error-view-compact' : ''}`} role="alert" data-error-kind={error.kind}>
      <span className={`error-view-icon tone-${copy.tone}`} aria-hidden="true">
        <Icon name={copy.icon} size={compact ? 18 : 22} />
      </span>
      <h2 className="error-view-title">{copy.title}</h2>
      <p className="error-view-body">{body ?? copy.body}</p>
      {details ? <p className="error-view-details">{details}</p> : null}
      {actions ? <div className="error-view-actions">{actions}</div> : null}
    </div>
  );
}
