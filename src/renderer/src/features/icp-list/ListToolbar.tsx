import type { KeyboardEvent } from 'react';
import { formatNumber } from '../../format/numbers';
import { useAppStore } from '../../store/app-store';
import { moveCursor, openCursor } from '../../store/selection-actions';
import { useVisibleIcps } from '../../store/visible-icps';
import { exportAllVisible, focusList, SEARCH_INPUT_ID } from '../../store/workspace-actions';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import './icp-list.css';

const icpCount = (n: number) => `${formatNumber(n)} ${n === 1 ? 'ICP' : 'ICPs'}`;

/** Search box, how many ICPs are shown, and "export all" for exactly those. */
export function ListToolbar() {
  const query = useAppStore((state) => state.ui.query);
  const total = useAppStore((state) => state.list.items.length);
  const loaded = useAppStore((state) => state.list.loaded);
  const shown = useVisibleIcps().length;
  const setQuery = (value: string) => useAppStore.getState().setUi({ query: value });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') setQuery('');
      else focusList();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusList();
      moveCursor('first');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      focusList();
      moveCursor('first');
      openCursor();
    }
  };

  const filtered = query.trim() !== '';
  return (
    <div className="list-toolbar">
      <div className="list-search">
        <Icon name="search" size={14} className="list-search-icon" />
        <input
          id={SEARCH_INPUT_ID}
          className="input list-search-input"
          type="search"
          placeholder="Search ICPs"
          aria-label="Search ICPs"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {query ? (
          <button type="button" className="list-search-clear" aria-label="Clear search" onClick={() => setQuery('')}>
            <Icon name="close" size={12} />
          </button>
        ) : (
          <kbd className="kbd list-search-kbd" aria-hidden="true">
            /
          </kbd>
        )}
      </div>
      <div className="list-toolbar-row">
        <span className="list-count" aria-live="polite">
          {!loaded ? 'Loading…' : filtered ? `${formatNumber(shown)} of ${icpCount(total)}` : icpCount(total)}
        </span>
        <Button
          size="sm"
          variant="ghost"
          icon="download"
          disabled={shown === 0}
          aria-label={filtered ? `Export the ${icpCount(shown)} shown` : `Export all ${icpCount(shown)}`}
          title="Export every ICP in this list as JSON"
          onClick={() => void exportAllVisible()}
        >
          Export all
        </Button>
      </div>
    </div>
  );
}
