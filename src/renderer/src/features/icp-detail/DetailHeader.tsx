import type { ReactNode } from 'react';
import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import { patchState, useAppStore } from '../../store/app-store';
import { copyIcps } from '../../store/export-actions';
import { Button } from '../../ui/Button';
import { HiddenCharactersMark, IsolatedText } from '../../ui/IsolatedText';
import { ExportMenu } from '../export/ExportMenu';
import { ExpiryBadge } from '../icp-list/ExpiryBadge';
import { DetailFacts } from './DetailFacts';
import { NO_DESCRIPTION, type HeaderModel } from '../../../../shared/format/header-view';
import { HiddenCharactersNote } from './HiddenCharactersNote';
import './detail.css';

/** Name, description, expiry, facts, and the ICP's actions (View JSON, Copy link, Export ▾). */
export function DetailHeader({ model, canShowJson, status }: { model: HeaderModel; canShowJson: boolean; status?: ReactNode }) {
  const showJson = useAppStore((state) => state.ui.showJson);
  const now = useAppStore((state) => state.ui.now);
  const toggleJson = () => patchState('ui', { showJson: !showJson });
  return (
    <header className="detail-header">
      <div className="detail-title-row">
        <div className="detail-titles">
          <h1 className="detail-name">
            <IsolatedText text={model.name} /> <HiddenCharactersMark text={model.name} />
          </h1>
          <p className={model.description ? 'detail-description' : 'detail-description detail-description-empty'}>
            {model.description ? <IsolatedText text={model.description} /> : NO_DESCRIPTION}
          </p>
        </div>
        <div className="detail-actions">
          <Button
            variant="ghost"
            size="sm"
            icon="braces"
            aria-pressed={showJson && canShowJson}
            disabled={!canShowJson}
            onClick={toggleJson}
            title="Show the exact object the API sent"
          >
            View JSON
          </Button>
          <Button
            variant="ghost"
            size="sm"
            icon="link"
            aria-label="Copy link to this ICP"
            title="Copy an icpdesk:// link that opens this ICP in ICP Desk"
            onClick={() => void copyIcps([model.id], 'link')}
          />
          <ExportMenu ids={() => [model.id]} count={1} label="Export" name="Export this ICP" title="Save or copy this ICP as JSON, CSV, a report or Markdown" />
        </div>
      </div>
      <div className="detail-badges">
        <ExpiryBadge activeUntil={model.activeUntil} now={now} />
        <code className="detail-id" title="ICP ID">
          {model.id}
        </code>
        {status}
      </div>
      <DetailFacts model={model} now={now} />
      <HiddenCharactersNote name={model.name} description={model.description} />
    </header>
  );
}

/** "Saved copy from 3 hours ago" / "Updating…": where the shown data came from. */
export function DetailSourceStatus({ source, fetchedAt, loading, now }: { source: 'cache' | 'network'; fetchedAt: string; loading: boolean; now: number }) {
  if (loading) {
    return (
      <span className="detail-status" role="status">
        <span className="spinner detail-status-spinner" aria-hidden="true" />
        Updating…
      </span>
    );
  }
  if (source !== 'cache') return null;
  return (
    <span className="detail-status" title={`Saved ${exactTime(fetchedAt)}`}>
      Saved copy from {relativeTime(fetchedAt, new Date(now))}
    </span>
  );
}
