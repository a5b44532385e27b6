import { formatNumber } from '../../../../shared/format/numbers';
import { hasActiveFilters } from '../../list-query/list-query';
import { useAppStore } from '../../store/app-store';
import { clearFilters } from '../../store/view-actions';
import { selectVisibleRows } from '../../store/visible-icps';
import { exportAllVisible } from '../../store/workspace-actions';
import { Button } from '../../ui/Button';
import { FilterBar } from '../list-filters/FilterBar';
import { SearchBox } from '../list-filters/SearchBox';
import { SortSelect } from '../list-filters/SortSelect';
import './icp-list.css';

const icpCount = (n: number) => `${formatNumber(n)} ${n === 1 ? 'ICP' : 'ICPs'}`;

/**
 * Search and sort, the expiry overview and filter chips, how many ICPs are shown, and "export
 * all" for exactly those. The toolbar itself subscribes to nothing: only the parts that show
 * what a keystroke changed (search box, count) re-render on each one.
 */
export function ListToolbar() {
  return (
    <div className="list-toolbar">
      <div className="list-toolbar-search">
        <SearchBox />
        <SortSelect />
      </div>
      <FilterBar />
      <ListCountRow />
    </div>
  );
}

/** "12 of 30 ICPs" (a polite live region), "Clear filters", and "Export all"/"Export shown". */
function ListCountRow() {
  const filtering = useAppStore((state) => hasActiveFilters(state.view.current));
  const total = useAppStore((state) => state.list.items.length);
  const loaded = useAppStore((state) => state.list.loaded);
  const shown = useAppStore((state) => selectVisibleRows(state).length);
  return (
    <div className="list-toolbar-row">
      <span className="list-count-wrap">
        <span className="list-count" role="status" aria-live="polite">
          {!loaded ? 'Loading…' : filtering ? `${formatNumber(shown)} of ${icpCount(total)}` : icpCount(total)}
        </span>
        {filtering ? (
          <Button size="sm" variant="ghost" className="list-clear" onClick={clearFilters} title="Clear the search and every filter (the sort stays)">
            Clear filters
          </Button>
        ) : null}
      </span>
      <Button
        size="sm"
        variant="ghost"
        icon="download"
        disabled={shown === 0}
        aria-label={filtering ? `Export shown, ${icpCount(shown)}` : `Export all ${icpCount(shown)}`}
        title={filtering ? 'Export the ICPs the search and filters show, as JSON, in list order' : 'Export every ICP as JSON, in list order'}
        onClick={() => void exportAllVisible()}
      >
        {filtering ? 'Export shown' : 'Export all'}
      </Button>
    </div>
  );
}
