import { useAppStore } from './app-store';
import { reloadOpenIcp } from './detail-actions';
import { refreshList } from './list-actions';
import { exportIcps } from './export-actions';
import { inListOrder, visibleIds } from './visible-icps';

/** Refresh (button, Ctrl/Cmd+R, menu): the list and the open ICP, from the API. */
export async function refreshAll(): Promise<void> {
  const { detail } = useAppStore.getState();
  await Promise.all([refreshList(), detail.openId ? reloadOpenIcp() : Promise.resolve()]);
}

/** Every ICP the list shows right now (search, chips and sort applied), in list order, as JSON (the app menu's Export All). */
export function exportAllVisible(): Promise<void> {
  return exportIcps(visibleIds(), 'json');
}

/** The checked rows, in list order: what the selection bar exports. */
export function checkedInListOrder(): string[] {
  return inListOrder(useAppStore.getState().selection.checked);
}
