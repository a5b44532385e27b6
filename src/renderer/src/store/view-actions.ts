import type { CheckChip, ExpiryFilter, ListView, ResponseOf, SortKey } from '../../../shared/ipc-contract';
import { call } from '../bridge';
import { toggled, withoutFilter, withoutFilters, withReview, type ActiveFilter } from '../list-query/active-filters';
import { DEFAULT_LIST_VIEW } from '../list-query/list-query';
import { patchState, useAppStore } from './app-store';

/*
 * The list view (search, sort, chips) survives a restart: main keeps it in the open account's
 * folder, so each account has its own. It is read on start and when another account opens,
 * before the list is shown, and saved ~300 ms after the last change, so typing a search writes
 * once, not per keystroke. A pending save is flushed when the window goes away and before
 * another account opens.
 */

const SAVE_DELAY_MS = 300;

let timer: ReturnType<typeof setTimeout> | null = null;
let lastSaved: ListView | null = null;

/**
 * Reads the saved view; the default view if there is none or main could not answer. `early` is
 * the start's answer to view:get when it already asked.
 */
export async function restoreView(early?: Promise<ResponseOf<'view:get'>>): Promise<void> {
  if (useAppStore.getState().view.restored) return;
  const result = await (early ?? call('view:get', {}));
  const saved = result.ok && result.data ? { ...DEFAULT_LIST_VIEW, ...result.data } : DEFAULT_LIST_VIEW;
  lastSaved = saved;
  patchState('view', { current: saved, restored: true });
}

/** Another account opened: its own view replaces the one shown. */
export async function reloadView(): Promise<void> {
  patchState('view', { restored: false });
  await restoreView();
}

/** Saves a pending change now; resolves once main has it (before another account opens). */
export async function saveViewNow(): Promise<void> {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const { view } = useAppStore.getState();
  if (!view.restored || view.current === lastSaved) return;
  lastSaved = view.current;
  // A Review focus is a moment's question about one list, not a way of looking at every list.
  await call('view:save', { view: { ...view.current, focus: null } });
}

const saveNow = () => void saveViewNow();

/** Saves the view after every change (debounced) for as long as the app runs. */
export function followViewChanges(): () => void {
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.view.current === previous.view.current || !state.view.restored) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  });
  window.addEventListener('pagehide', saveNow);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', saveNow);
    saveNow();
  };
}

const view = () => useAppStore.getState().view.current;
const replace = (next: ListView) => patchState('view', { current: next });
const setListView = (changes: Partial<ListView>) => replace({ ...view(), ...changes });

export const setSearch = (search: string) => setListView({ search });
export const setSort = (sort: SortKey) => setListView({ sort });
export const toggleExpiry = (value: ExpiryFilter) => setListView({ expiry: toggled(view().expiry, value) });
export const toggleSearchType = (value: 'person' | 'company') => setListView({ searchTypes: toggled(view().searchTypes, value) });
export const toggleCustomFilterType = (type: string) => setListView({ customFilterTypes: toggled(view().customFilterTypes, type) });
export const toggleHasCrmFilters = () => setListView({ hasCrmFilters: !view().hasCrmFilters });
export const toggleOfflineOnly = () => setListView({ offlineOnly: !view().offlineOnly });
export const toggleReviewMark = (value: 'new' | 'changed') => replace(withReview(view(), toggled(view().review ?? [], value)));
export const toggleCheckChip = (chip: CheckChip) => setListView({ checks: toggled(view().checks ?? [], chip) });
export const focusOn = (focus: ListView['focus']) => setListView({ focus });
export const clearFilters = () => replace(withoutFilters(view()));
export const removeFilter = (filter: ActiveFilter) => replace(withoutFilter(view(), filter));
