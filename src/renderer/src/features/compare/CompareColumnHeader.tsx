import type { ReactNode } from 'react';
import type { IcpDetail } from '../../../../shared/ipc-contract';
import { relativeTime } from '../../../../shared/format/relative-time';
import { refusedDetailSentence, refusedStatusOf } from '../../../../shared/offline/refused-details';
import { patchState, useAppStore, type CompareEntry } from '../../store/app-store';
import { retryCompareEntry } from '../../store/compare-actions';
import { openIcp } from '../../store/detail-actions';
import { Button } from '../../ui/Button';
import { HiddenCharactersMark, IsolatedText } from '../../ui/IsolatedText';
import { ExpiryBadge } from '../icp-list/ExpiryBadge';
import './compare-table.css';

/** Where a compared copy came from, or that it is being refreshed, or why the refresh failed. */
function SourceLine({ detail, entry, now }: { detail: IcpDetail; entry: CompareEntry; now: number }) {
  if (entry.loading) {
    return (
      <span className="compare-source" role="status">
        <span className="spinner compare-spinner" aria-hidden="true" />
        Updating…
      </span>
    );
  }
  if (entry.error && entry.error.kind !== 'network') {
    const refused = refusedStatusOf(entry.error);
    return (
      <span className="compare-source compare-source-error">
        {refused === null ? `Refresh failed: ${entry.error.message}` : `${refusedDetailSentence(refused)}; showing the copy the list carried.`}{' '}
        <button type="button" className="link-button" onClick={() => retryCompareEntry(detail.icp.id)}>
          Try again
        </button>
      </span>
    );
  }
  if (detail.source === 'cache') return <span className="compare-source">Saved copy from {relativeTime(detail.fetchedAt, new Date(now))}</span>;
  return null;
}

/** Opens one compared ICP in the detail view; the selection stays, so C compares them again. */
function openKeepingSelection(id: string): void {
  patchState('selection', { cursorId: id, anchorId: id });
  void openIcp(id);
}

/** A column's letter (read as "A: …") and its title; the Changes tab's version columns use it too. */
export function CompareColumnTitle({ letter, children }: { letter: string; children: ReactNode }) {
  return (
    <div className="compare-column-title">
      <span className="compare-letter" aria-hidden="true">
        {letter}
      </span>
      <span className="visually-hidden">{letter}: </span>
      {children}
    </div>
  );
}

/** A column's head: its letter, the ICP's name (opens it), expiry and where the copy came from. */
export function CompareColumnHeader({ letter, detail, entry }: { letter: string; detail: IcpDetail; entry: CompareEntry }) {
  const now = useAppStore((state) => state.ui.now);
  const { icp } = detail;
  return (
    <div className="compare-column-head">
      <CompareColumnTitle letter={letter}>
        <IsolatedText className="compare-column-name" text={icp.name} />
        <HiddenCharactersMark text={icp.name} compact />
      </CompareColumnTitle>
      <div className="compare-column-meta">
        <ExpiryBadge activeUntil={icp.activeUntil} now={now} />
        <Button
          size="sm"
          variant="ghost"
          icon="panel"
          aria-label={`Open ${icp.name}`}
          title="Open this ICP in the detail view"
          onClick={() => openKeepingSelection(icp.id)}
        />
      </div>
      <SourceLine detail={detail} entry={entry} now={now} />
    </div>
  );
}
