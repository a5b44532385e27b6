import { formatNumber } from '../../../../shared/format/numbers';
import { reviewMarkOf } from '../../list-query/review-filter';
import { useAppStore, type AppState } from '../../store/app-store';
import { askMarkAllShown } from '../../store/history-actions';
import { toggleReviewMark } from '../../store/view-actions';
import { selectVisibleRows } from '../../store/visible-icps';
import { Icon } from '../../ui/Icon';
import './history.css';

let countedFrom: { rows: unknown; newIds: unknown; changedIds: unknown } | null = null;
let counted = 0;

/** How many shown rows are New or Changed, counted once per list, filter or marks change. */
function selectShownToReview(state: AppState): number {
  const rows = selectVisibleRows(state);
  const { newIds, changedIds } = state.history;
  if (countedFrom?.rows !== rows || countedFrom.newIds !== newIds || countedFrom.changedIds !== changedIds) {
    countedFrom = { rows, newIds, changedIds };
    counted = 0;
    for (const row of rows) if (reviewMarkOf(state.history, row.summary.id) !== null) counted += 1;
  }
  return counted;
}

/**
 * Beside the expiry overview: how many ICPs are New and Changed since review (over the whole
 * list), each also the chip that shows only those, and "Mark shown as reviewed" for what the
 * list shows right now.
 */
export function ReviewOverview() {
  const newCount = useAppStore((state) => state.history.newIds.size);
  const changedCount = useAppStore((state) => state.history.changedIds.size);
  const chosen = useAppStore((state) => state.view.current.review);
  const toReview = useAppStore(selectShownToReview);
  const chips = [
    { mark: 'new' as const, count: newCount, label: 'New', title: 'ICPs you have not reviewed yet' },
    { mark: 'changed' as const, count: changedCount, label: 'Changed since review', title: 'ICPs changed on the server since you reviewed them' },
  ];
  return (
    <div className="review-overview" role="group" aria-label="Review">
      {chips.map(({ mark, count, label, title }) => {
        const pressed = chosen?.includes(mark) ?? false;
        return (
          <button
            key={mark}
            type="button"
            className={`filter-chip review-chip review-chip-${mark}`}
            aria-pressed={pressed}
            title={`${title}: ${formatNumber(count)}. ${pressed ? 'Click to stop filtering by it.' : 'Click to show only these.'}`}
            onClick={() => toggleReviewMark(mark)}
          >
            <span className="review-chip-dot" aria-hidden="true" />
            {label}: <span className="review-chip-count">{formatNumber(count)}</span>
          </button>
        );
      })}
      {toReview > 0 ? (
        <button
          type="button"
          className="filter-chip review-mark-all"
          title={`Mark the ${formatNumber(toReview)} new or changed ICPs the list shows as reviewed`}
          onClick={askMarkAllShown}
        >
          <Icon name="checkCircle" size={13} />
          Mark all shown as reviewed
        </button>
      ) : null}
    </div>
  );
}
