import { formatNumber } from '../../../../shared/format/numbers';
import { hasActiveFilters } from '../../list-query/list-query';
import { useAppStore } from '../../store/app-store';
import { clearFilters } from '../../store/view-actions';
import { selectVisibleRows, visibleIds } from '../../store/visible-icps';
import { Button } from '../../ui/Button';
import { FilterBar } from '../list-filters/FilterBar';
import { SearchBox } from '../list-filters/SearchBox';
import { SortSelect } from '../list-filters/SortSelect';
import { ExportMenu } from '../export/ExportMenu';
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

/** "12 of 30 ICPs" (a polite live region), "Clear filters", and "Export all ▾"/"Export shown ▾". */
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
      <ExportMenu
        ids={visibleIds}
        count={shown}
        variant="ghost"
        disabled={shown === 0}
        label={filtering ? 'Export shown' : 'Export all'}
        name={filtering ? `Export shown, ${icpCount(shown)}` : `Export all ${icpCount(shown)}`}
        title={filtering ? 'Save or copy the ICPs the search and filters show, in list order' : 'Save or copy every ICP, in list order'}
      />
    </div>
  );
}
