import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useStableList } from './use-stable-list';
import type { Icp } from '../../../../shared/icp-schema';
import { buildCompareView, countDifferences, onlyDifferences as keepDifferences } from '../../../../shared/compare/compare-view';
import { useAppStore } from '../../store/app-store';
import { toggleOnlyDifferences } from '../../store/compare-actions';
import { leaveCompare } from '../../app/focus-targets';
import { Button } from '../../ui/Button';
import { CompareFailures } from './CompareFailures';
import { CompareSkeleton } from './CompareSkeleton';
import { CompareTable } from './CompareTable';
import './compare.css';

const SCROLL_KEYS: Record<string, (element: HTMLElement) => number> = {
  ArrowDown: (element) => element.scrollTop + 40,
  ArrowUp: (element) => element.scrollTop - 40,
  PageDown: (element) => element.scrollTop + element.clientHeight * 0.9,
  PageUp: (element) => element.scrollTop - element.clientHeight * 0.9,
  Home: () => 0,
  End: (element) => element.scrollHeight,
};

/** Focus sits on the title or a button, not in the table: the reading keys scroll the table anyway. */
function scrollByKey(event: KeyboardEvent, element: HTMLElement | null): void {
  const to = SCROLL_KEYS[event.key];
  if (!to || !element || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  element.scrollTo({ top: to(element) });
}

/**
 * The compare view, full width in place of the list and detail: the chosen ICPs side by side,
 * field by field and filter by filter. Each ICP loads like the detail pane (saved copy first,
 * then the server's); one that cannot be loaded is named above the table with a retry.
 */
export function ComparePane() {
  const ids = useAppStore((state) => state.compare.ids) ?? [];
  const entries = useAppStore((state) => state.compare.entries);
  const only = useAppStore((state) => state.compare.onlyDifferences);
  const heading = useRef<HTMLHeadingElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const columns = ids.flatMap((id) => {
    const entry = entries[id];
    return entry?.detail ? [{ detail: entry.detail, entry }] : [];
  });
  // Rebuilt only when a compared copy changes, not when a spinner comes and goes.
  const icps: Icp[] = useStableList(columns.map((column) => column.detail.icp));
  const sections = useMemo(() => buildCompareView(icps), [icps]);
  const shown = useMemo(() => (only ? keepDifferences(sections) : sections), [sections, only]);
  const differences = countDifferences(sections);
  const waiting = ids.some((id) => !entries[id]?.detail && !entries[id]?.error);
  const failed = ids.filter((id) => !entries[id]?.detail && entries[id]?.error);

  return (
    <section className="compare-pane" aria-label="Compare ICPs" aria-busy={waiting} onKeyDown={(event) => scrollByKey(event, scroller.current)}>
      <header className="compare-toolbar">
        <Button variant="ghost" size="sm" icon="chevronLeft" onClick={leaveCompare} title="Back to the list (Esc)" aria-keyshortcuts="Escape">
          Back
        </Button>
        <h1 className="compare-title" tabIndex={-1} ref={heading}>
          Comparing {ids.length} ICPs
        </h1>
        {!waiting && columns.length >= 2 ? (
          <span className="compare-summary" role="status">
            {differences === 0 ? 'No differences' : differences === 1 ? '1 difference' : `${differences} differences`}
          </span>
        ) : null}
        <span className="compare-toolbar-spacer" />
        <span className="compare-legend" aria-hidden="true">
          <span className="chip compare-chip-shared">In all</span>
          <span className="chip compare-chip-partial">
            <span className="compare-chip-mark" />
            Only in some
          </span>
        </span>
        <Button
          variant="ghost"
          size="sm"
          icon="diff"
          aria-pressed={only}
          aria-keyshortcuts="D"
          title="Hide what every ICP has in common (D)"
          onClick={toggleOnlyDifferences}
        >
          Show only differences
        </Button>
      </header>
      <div className="compare-scroll" ref={scroller}>
        {failed.length > 0 ? <CompareFailures ids={failed} /> : null}
        {waiting ? (
          <CompareSkeleton columns={ids.length} />
        ) : columns.length >= 2 ? (
          <CompareTable sections={shown} columns={columns} onlyDifferences={only} />
        ) : (
          <p className="compare-too-few">
            {columns.length === 1 ? 'Only one of these ICPs could be loaded, so there is nothing to compare it with.' : 'None of these ICPs could be loaded.'}
          </p>
        )}
      </div>
    </section>
  );
}
