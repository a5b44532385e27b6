import { useAppStore } from './app-store';
import { reloadOpenIcp } from './detail-actions';
import { copyIcps, exportIcps } from './export-actions';
import { refreshList } from './list-actions';
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
