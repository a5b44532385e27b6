import { isSortKey, SORT_KEYS, type SortKey } from '../../../../shared/sort-keys';
import { SORT_LABELS } from '../../list-query/list-query';
import { useAppStore } from '../../store/app-store';
import { setSort } from '../../store/view-actions';
import { SORT_SELECT_ID } from '../../app/focus-targets';
import { Icon } from '../../ui/Icon';
import './list-filters.css';

/** Option labels short enough for the narrow toolbar; the tooltip has the long form. */
const SORT_OPTION_LABELS: Record<SortKey, string> = {
  name: 'Name',
  updatedAt: 'Last updated',
  activeUntil: 'Expiry (soonest)',
  leadsPerList: 'Leads per list',
};

/** A native select: labelled, keyboard- and screen-reader-friendly on every platform as is. */
export function SortSelect() {
  const sort = useAppStore((state) => state.view.current.sort);
  return (
    <div className="sort-select" title={`Sort by ${SORT_LABELS[sort].toLowerCase()} (S)`}>
      <Icon name="sort" size={14} className="sort-select-icon" />
      <label className="visually-hidden" htmlFor={SORT_SELECT_ID}>
        Sort by
      </label>
      <select
        id={SORT_SELECT_ID}
        className="sort-select-input"
        value={sort}
        aria-keyshortcuts="S"
        onChange={(event) => {
          const key = event.target.value;
          if (isSortKey(key)) setSort(key);
        }}
      >
        {SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {SORT_OPTION_LABELS[key]}
          </option>
        ))}
      </select>
      <Icon name="chevronDown" size={12} className="sort-select-chevron" />
    </div>
  );
}
