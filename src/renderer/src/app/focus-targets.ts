import { closeCompare } from '../store/compare-actions';

/*
 * The elements keyboard shortcuts and menu commands move focus to, by id: the components render
 * the ids, and these helpers find them in the DOM.
 */

export const SEARCH_INPUT_ID = 'icp-search';
export const LISTBOX_ID = 'icp-listbox';
export const SORT_SELECT_ID = 'icp-sort';
export const FILTER_TOOLBAR_ID = 'icp-filters';

export function focusSearch(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

export function focusList(): void {
  document.getElementById(LISTBOX_ID)?.focus();
}

/** Back from the compare view to the list, with the list focused once it shows again. */
export function leaveCompare(): void {
  closeCompare();
  setTimeout(focusList, 0);
}

export function focusSort(): void {
  document.getElementById(SORT_SELECT_ID)?.focus();
}

/** Focuses the filter toolbar's current chip (a roving tab stop: arrows move between chips). */
export function focusFilters(): void {
  const toolbar = document.getElementById(FILTER_TOOLBAR_ID);
  (toolbar?.querySelector<HTMLElement>('[tabindex="0"]') ?? toolbar?.querySelector<HTMLElement>('button'))?.focus();
}
