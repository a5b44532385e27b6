import { SortKey } from '../../../../shared/ipc-contract';
import { SORT_LABELS } from '../../review/list-query';
import { useAppStore } from '../../store/app-store';
import { setSort } from '../../store/view-actions';
import { SORT_SELECT_ID } from '../../store/workspace-actions';
import { Icon } from '../../ui/Icon';
import './review.css';

/** What the closed control shows; the options (what screen readers hear) keep the full labels. */
const SHORT_LABELS: Record<SortKey, string> = {
  name: 'Name',
  updatedAt: 'Last updated',
  activeUntil: 'Expiry',
  leadsPerList: 'Leads per list',
};

/**
 * A native select (labelled, keyboard- and screen-reader-friendly everywhere as is), drawn
 * transparent over a compact face, so the narrow list toolbar shows "⇅ Expiry" rather than a
 * truncated "Expiry (soonest fi…".
 */
export function SortSelect() {
  const sort = useAppStore((state) => state.view.current.sort);
  return (
    <div className="sort-select" title={`Sort by: ${SORT_LABELS[sort]} (S)`}>
      <span className="sort-select-face" aria-hidden="true">
        <Icon name="sort" size={14} />
        <span className="sort-select-text">{SHORT_LABELS[sort]}</span>
        <Icon name="chevronDown" size={12} />
      </span>
      <label className="visually-hidden" htmlFor={SORT_SELECT_ID}>
        Sort by
      </label>
      <select
        id={SORT_SELECT_ID}
        className="sort-select-input"
        value={sort}
        aria-keyshortcuts="S"
        onChange={(event) => {
          const parsed = SortKey.safeParse(event.target.value);
          if (parsed.success) setSort(parsed.data);
        }}
      >
        {SortKey.options.map((key) => (
          <option key={key} value={key}>
            {SORT_LABELS[key]}
          </option>
        ))}
      </select>
    </div>
  );
}
