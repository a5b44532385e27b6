import { useLayoutEffect } from 'react';
import { notifyListCommitted, notifySearchCommitted } from '../../perf/marks';
import { useAppStore } from '../../store/app-store';

/**
 * Renders nothing: its layout effects run in the same commit as the list, once the list for new
 * data or a new search is in the DOM, and hand over to the perf marks (see perf/marks.ts).
 */
export function ListPaintMarks() {
  // The reply counter, not the items: this component must not hold the list (see UiState.listSettled in store/app-store.ts).
  const applied = useAppStore((state) => state.list.applied);
  const search = useAppStore((state) => state.view.current.search);
  useLayoutEffect(() => notifyListCommitted(), [applied]);
  useLayoutEffect(() => notifySearchCommitted(), [search]);
  return null;
}
