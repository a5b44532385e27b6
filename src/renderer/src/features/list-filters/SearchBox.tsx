import type { ChangeEvent, KeyboardEvent } from 'react';
import { markSearchInput } from '../../perf/marks';
import { useAppStore } from '../../store/app-store';
import { moveCursor, openCursor } from '../../store/selection-actions';
import { setSearch } from '../../store/view-actions';
import { focusList, SEARCH_INPUT_ID } from '../../app/focus-targets';
import { Icon } from '../../ui/Icon';
import './list-filters.css';

/** The schema main saves the view with caps the search at this length. */
const MAX_SEARCH = 500;

/**
 * Instant search over everything an ICP says (names, descriptions, filter values, prompts,
 * regexes, CRM text, user ids). Down/Enter go to the first result; Esc clears, then leaves.
 */
export function SearchBox() {
  const search = useAppStore((state) => state.view.current.search);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    markSearchInput();
    setSearch(event.target.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (search !== '') setSearch('');
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

  return (
    <div className="list-search">
      <Icon name="search" size={14} className="list-search-icon" />
      <input
        id={SEARCH_INPUT_ID}
        className="input list-search-input"
        type="search"
        placeholder="Search names, filters…"
        aria-label="Search ICPs"
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_SEARCH}
        value={search}
        onChange={onChange}
        onKeyDown={onKeyDown}
      />
      {search ? (
        <button type="button" className="list-search-clear" aria-label="Clear search" onClick={() => setSearch('')}>
          <Icon name="close" size={12} />
        </button>
      ) : (
        <kbd className="kbd list-search-kbd" aria-hidden="true">
          /
        </kbd>
      )}
    </div>
  );
}
