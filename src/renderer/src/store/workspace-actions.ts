import type { MenuCommand } from '../../../shared/ipc-contract';
import { onEvent } from '../bridge';
import { useAppStore } from './app-store';
import { closeCompare } from './compare-actions';
import { reloadOpenIcp } from './detail-actions';
import { copyIcps, exportIcps } from './export-actions';
import { refreshList } from './list-actions';
import { signOut } from './session-actions';
import { startSync } from './sync-actions';
import { inListOrder, visibleIds } from './visible-icps';

/** Refresh (button, Ctrl/Cmd+R, menu): the list and the open ICP, from the API. */
export async function refreshAll(): Promise<void> {
  const { detail } = useAppStore.getState();
  await Promise.all([refreshList(), detail.openId ? reloadOpenIcp() : Promise.resolve()]);
}

/** Every ICP the list shows right now (search, chips and sort applied), in list order. */
export function exportAllVisible(): Promise<void> {
  return exportIcps(visibleIds());
}

export function exportChecked(): Promise<void> {
  return exportIcps(inListOrder(useAppStore.getState().selection.checked));
}

export function copyChecked(): Promise<void> {
  return copyIcps(inListOrder(useAppStore.getState().selection.checked));
}

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

export function runMenuCommand(command: MenuCommand): void {
  const { session, setUi } = useAppStore.getState();
  if (session.phase !== 'signedIn') return;
  switch (command) {
    case 'refresh':
      void refreshAll();
      return;
    case 'signOut':
      void signOut();
      return;
    case 'makeAvailableOffline':
      void startSync();
      return;
    case 'exportAll':
      void exportAllVisible();
      return;
    case 'showShortcuts':
      setUi({ shortcutsOpen: true });
      return;
    case 'focusSearch':
      focusSearch();
      return;
  }
}

/** The app menu's commands (Electron) arrive as events. */
export function followMenuCommands(): () => void {
  return onEvent('menu:command', ({ command }) => runMenuCommand(command));
}
