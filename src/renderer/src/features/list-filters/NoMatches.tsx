import { formatNumber } from '../../../../shared/format/numbers';
import { activeFilters } from '../../list-query/active-filters';
import { useAppStore } from '../../store/app-store';
import { clearFilters, removeFilter } from '../../store/view-actions';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import '../icp-list/icp-list.css';
import './list-filters.css';

/** Nothing passes the search and chips: say which ones are filtering, each removable, or all at once. */
export function NoMatches() {
  const view = useAppStore((state) => state.view.current);
  const total = useAppStore((state) => state.list.items.length);
  const filters = activeFilters(view);
  const search = view.search.trim();
  const onlySearch = filters.length === 1 && filters[0]!.kind === 'search';
  return (
    <div className="list-placeholder list-empty no-matches">
      <span className="list-empty-icon" aria-hidden="true">
        <Icon name="search" size={22} />
      </span>
      <h2 className="list-empty-title">{onlySearch ? `No ICPs match \u201c${search}\u201d` : 'No ICPs match these filters'}</h2>
      <p className="list-empty-text">
        {onlySearch
          ? `None of the ${formatNumber(total)} ICPs mentions every word. Search looks at names, descriptions, filter values, prompts and user IDs.`
          : `None of the ${formatNumber(total)} ICPs passes every filter below. Remove one, or clear them all.`}
      </p>
      <ul className="no-matches-filters" aria-label="Filtering by">
        {filters.map((filter) => (
          <li key={`${filter.kind}-${filter.label}`} className="no-matches-filter">
            <span>{filter.label}</span>
            <button
              type="button"
              className="no-matches-remove"
              aria-label={`Remove filter: ${filter.label}`}
              title="Remove this filter"
              onClick={() => removeFilter(filter)}
            >
              <Icon name="close" size={12} />
            </button>
          </li>
        ))}
      </ul>
      <Button variant="primary" onClick={clearFilters}>
        {onlySearch ? 'Clear search' : 'Clear filters'}
      </Button>
    </div>
  );
}
