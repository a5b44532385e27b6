import { useRef, type KeyboardEvent } from 'react';
import { reviewMarkOf } from '../../list-query/review-filter';
import { useAppStore } from '../../store/app-store';
import { markOpenReviewed, setDetailTab } from '../../store/history-actions';
import { Button } from '../../ui/Button';
import { ReviewBadge } from './ReviewBadge';
import './history.css';

const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'changes', label: 'Changes' },
] as const;

export const detailTabPanelId = 'detail-tab-panel';

/**
 * The detail's tabs (the ICP as it is now, and its Changes), with its review state and "Mark as
 * reviewed" when it is New or Changed. Arrow keys move between the tabs (ARIA tabs pattern).
 */
export function DetailTabs({ id }: { id: string }) {
  const tab = useAppStore((state) => state.history.tab);
  const mark = useAppStore((state) => reviewMarkOf(state.history, id));
  const ref = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = tab === 'details' ? 'changes' : 'details';
    setDetailTab(next);
    ref.current?.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };

  return (
    <div className="detail-tabs-bar">
      <div className="detail-tabs" role="tablist" aria-label="ICP views" ref={ref} onKeyDown={onKeyDown}>
        {TABS.map(({ id: tabId, label }) => (
          <button
            key={tabId}
            type="button"
            role="tab"
            id={`detail-tab-${tabId}`}
            data-tab={tabId}
            className="detail-tab"
            aria-selected={tab === tabId}
            aria-controls={detailTabPanelId}
            tabIndex={tab === tabId ? 0 : -1}
            onClick={() => setDetailTab(tabId)}
          >
            {label}
          </button>
        ))}
      </div>
      <span className="detail-tabs-spacer" />
      {mark ? (
        <span className="detail-review">
          <ReviewBadge mark={mark} />
          <Button size="sm" variant="secondary" icon="check" onClick={() => void markOpenReviewed(id)} title="Count the current version as reviewed">
            Mark as reviewed
          </Button>
        </span>
      ) : null}
    </div>
  );
}
