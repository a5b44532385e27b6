import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { patchState, useAppStore } from '../../store/app-store';
import { checkAllVisible, clickRow, moveCursor, openCursor, toggleCursorChecked, type CursorMove } from '../../store/selection-actions';
import { useVisibleRows } from '../../store/visible-icps';
import { LISTBOX_ID } from '../../app/focus-targets';
import { IcpRow, rowDomId } from './IcpRow';
import { useRowWindow } from './use-row-window';
import './icp-list.css';

const ROW_HEIGHT = 80;

const MOVES: Record<string, CursorMove> = {
  ArrowDown: 'down',
  j: 'down',
  ArrowUp: 'up',
  k: 'up',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
  Home: 'first',
  End: 'last',
};

/**
 * Outside the component on purpose: a callback created in a render shares that render's closure
 * scope, so a memoized one would keep the first render's `rows` (the whole list) alive forever.
 */
function onRowClick(id: string, event: MouseEvent): void {
  clickRow(id, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey });
}

/**
 * The ICPs as a virtualized listbox: only the rows in view (plus a few) are in the DOM, so
 * 100,000 ICPs scroll and filter smoothly (see use-row-window.ts). The listbox holds focus; the cursor row is its active descendant.
 * Rows are memoized by their summary and the search they highlight, so a keystroke re-renders
 * only the rows on screen.
 */
export function IcpList() {
  const rows = useVisibleRows();
  useAppStore((state) => state.ui.listSettled); // re-render once the list settles (see UiState.listSettled in store/app-store.ts)
  const query = useAppStore((state) => state.view.current.search);
  const now = useAppStore((state) => state.ui.now);
  const openId = useAppStore((state) => state.detail.openId);
  const { cursorId, checked } = useAppStore((state) => state.selection);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The cursor ring shows while the keyboard drives the list, not after a click (the open row
  // is already highlighted then).
  const [keyboard, setKeyboard] = useState(false);
  const pointerDown = useRef(false);

  // Room for the floating selection bar under the last row.
  const rowWindow = useRowWindow(scrollRef, rows.length, ROW_HEIGHT, { overscan: 6, paddingEnd: checked.size > 0 ? 64 : 0 });
  const { scrollToIndex } = rowWindow;

  // One scan per new list or cursor move, shared by scrolling and aria-activedescendant.
  const cursorIndex = useMemo(() => (cursorId === null ? -1 : rows.findIndex((row) => row.summary.id === cursorId)), [rows, cursorId]);

  useEffect(() => {
    if (cursorIndex !== -1) scrollToIndex(cursorIndex);
  }, [cursorIndex, scrollToIndex]);

  const onKeyDown = (event: KeyboardEvent) => {
    setKeyboard(true);
    const mod = event.ctrlKey || event.metaKey;
    const move = MOVES[event.key];
    if (move && !mod && !event.altKey) {
      event.preventDefault();
      moveCursor(move, event.shiftKey);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openCursor();
    } else if (event.key === ' ') {
      event.preventDefault();
      toggleCursorChecked();
    } else if (mod && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      checkAllVisible();
    }
  };

  // Focusing the list by Tab puts the cursor somewhere visible at once.
  const onFocus = () => {
    setKeyboard(!pointerDown.current);
    pointerDown.current = false;
    const { selection, detail } = useAppStore.getState();
    if (selection.cursorId === null && rows.length > 0) patchState('selection', { cursorId: detail.openId ?? rows[0]!.summary.id });
  };

  const checking = checked.size > 0;
  return (
    <div
      ref={scrollRef}
      id={LISTBOX_ID}
      className="icp-list"
      role="listbox"
      aria-label="ICPs"
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={cursorIndex !== -1 && cursorId !== null ? rowDomId(cursorId) : undefined}
      data-keyboard={keyboard || undefined}
      onKeyDown={onKeyDown}
      onMouseDown={() => {
        pointerDown.current = true;
        setKeyboard(false);
      }}
      onFocus={onFocus}
    >
      <div role="presentation" className="icp-list-canvas" style={{ height: rowWindow.totalHeight }}>
        {rows.slice(rowWindow.first, rowWindow.last).map((row, offset) => {
          const icp = row.summary;
          return (
            <IcpRow
              key={icp.id}
              icp={icp}
              query={query}
              now={now}
              top={(rowWindow.first + offset) * ROW_HEIGHT}
              open={icp.id === openId}
              checked={checked.has(icp.id)}
              cursor={icp.id === cursorId}
              checking={checking}
              onClick={onRowClick}
            />
          );
        })}
      </div>
    </div>
  );
}
