import type { DataSource } from '../../../shared/ipc-contract';
import { call } from '../bridge';
import { MAX_COMPARED } from '../../../shared/compare/compare-labels';
import { useAppStore } from './app-store';
import { noteFailure, noteOnline } from './error-routing';
import { removeFromList } from './list-actions';
import { inListOrder } from './visible-icps';

/*
 * Compare fetches each ICP like the detail pane does: the cached copy first (instant when it is
 * there), then the server's. ICPs load side by side; a failure is kept per ICP, so one broken or
 * forbidden ICP does not hide the others. Replies for an earlier compare are dropped.
 */

export const canCompare = (count: number) => count >= 2 && count <= MAX_COMPARED;

export function compareChecked(): void {
  const { checked } = useAppStore.getState().selection;
  if (canCompare(checked.size)) openCompare(inListOrder(checked));
}

export function openCompare(ids: string[]): void {
  const { compare, setCompare } = useAppStore.getState();
  const generation = compare.generation + 1;
  setCompare({ ids, entries: {}, generation });
  for (const id of ids) void loadEntry(id, generation);
}

export function closeCompare(): void {
  const { compare, setCompare } = useAppStore.getState();
  if (compare.ids === null) return;
  setCompare({ ids: null, entries: {}, generation: compare.generation + 1 });
}

export function retryCompareEntry(id: string): void {
  void loadEntry(id, useAppStore.getState().compare.generation, false);
}

export function toggleOnlyDifferences(): void {
  const { compare, setCompare } = useAppStore.getState();
  setCompare({ onlyDifferences: !compare.onlyDifferences });
}

async function loadEntry(id: string, generation: number, withCache = true): Promise<void> {
  const current = () => useAppStore.getState().compare.generation === generation;
  useAppStore.getState().setCompareEntry(id, { loading: true, error: null });
  if (withCache) await fetchInto(id, 'cache', current);
  if (current()) await fetchInto(id, 'network', current);
}

async function fetchInto(id: string, source: DataSource, current: () => boolean): Promise<void> {
  const result = await call('icps:get', { id, source });
  if (!current()) return;
  const { setCompareEntry } = useAppStore.getState();
  const isNetwork = source === 'network';
  if (result.ok) {
    if (isNetwork) noteOnline();
    if (result.data !== null) setCompareEntry(id, { detail: result.data });
    if (isNetwork) setCompareEntry(id, { loading: false, error: null });
    return;
  }
  const gone = result.error.kind === 'forbidden' || result.error.kind === 'notFound';
  // A saved copy of an ICP the server no longer shows this account is not worth comparing.
  setCompareEntry(id, { loading: false, error: result.error, ...(gone ? { detail: null } : {}) });
  noteFailure(result.error);
  if (gone) removeFromList(id);
}
