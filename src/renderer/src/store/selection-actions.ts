import { patchState, useAppStore } from './app-store';
import { openIcp } from './detail-actions';
import { visibleIds } from './visible-icps';

/*
 * List selection, Finder-style: a click opens the row, Ctrl/Cmd+click toggles it in the checked
 * set, Shift+click checks the range from the anchor; arrows move the cursor, Shift+arrows extend
 * the checked range, Space toggles the cursor row, Enter opens it.
 */

export type CursorMove = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last';

const PAGE = 10;

function rangeBetween(ids: readonly string[], from: string | null, to: string): string[] {
  const end = ids.indexOf(to);
  const start = from === null ? -1 : ids.indexOf(from);
  if (start === -1) return [to];
  const [lo, hi] = start <= end ? [start, end] : [end, start];
  return ids.slice(lo, hi + 1);
}

export function moveCursor(move: CursorMove, extend = false): void {
  const ids = visibleIds();
  if (ids.length === 0) return;
  const { selection, detail } = useAppStore.getState();
  const from = selection.cursorId ?? detail.openId;
  const at = from === null ? -1 : ids.indexOf(from);
  const steps: Record<CursorMove, number> = { up: -1, down: 1, pageUp: -PAGE, pageDown: PAGE, first: -Infinity, last: Infinity };
  const target = at === -1 ? (steps[move] < 0 ? ids.length - 1 : 0) : Math.max(0, Math.min(ids.length - 1, at + steps[move]));
  const id = ids[target]!;
  if (extend) {
    const anchor = selection.anchorId ?? from ?? id;
    patchState('selection', { cursorId: id, anchorId: anchor, checked: new Set(rangeBetween(ids, anchor, id)) });
  } else {
    patchState('selection', { cursorId: id, anchorId: id });
  }
}

export function clickRow(id: string, modifiers: { toggle: boolean; range: boolean }): void {
  const { selection, detail } = useAppStore.getState();
  if (modifiers.range) {
    const ids = visibleIds();
    const anchor = selection.anchorId ?? detail.openId ?? selection.cursorId;
    const range = rangeBetween(ids, anchor, id);
    const checked = modifiers.toggle ? new Set([...selection.checked, ...range]) : new Set(range);
    patchState('selection', { cursorId: id, checked, anchorId: anchor ?? id });
    return;
  }
  if (modifiers.toggle) {
    const checked = new Set(selection.checked);
    // The first Ctrl/Cmd+click keeps the open row, as in a file manager.
    if (checked.size === 0 && detail.openId !== null && detail.openId !== id) checked.add(detail.openId);
    if (checked.has(id)) checked.delete(id);
    else checked.add(id);
    patchState('selection', { cursorId: id, checked, anchorId: id });
    return;
  }
  patchState('selection', { cursorId: id, anchorId: id, checked: new Set() });
  void openIcp(id);
}

export function toggleCursorChecked(): void {
  const { selection } = useAppStore.getState();
  const id = selection.cursorId;
  if (id === null) return;
  const checked = new Set(selection.checked);
  if (checked.has(id)) checked.delete(id);
  else checked.add(id);
  patchState('selection', { checked, anchorId: id });
}

export function openCursor(): void {
  const { cursorId } = useAppStore.getState().selection;
  if (cursorId !== null) void openIcp(cursorId);
}

export function checkAllVisible(): void {
  patchState('selection', { checked: new Set(visibleIds()) });
}

export function clearChecked(): void {
  patchState('selection', { checked: new Set() });
}
