import { MAX_COMPARED } from '../../../shared/compare/compare-labels';
import { latestReply, type LatestReply } from '../../../shared/latest-reply';
import { patchState, useAppStore, type CompareEntry } from './app-store';
import { fetchIcpCopies } from './fetch-icp';
import { inListOrder } from './visible-icps';

/*
 * Compare fetches each ICP like the detail pane does (fetch-icp.ts). ICPs load side by side; a
 * failure is kept per ICP, so one broken or forbidden ICP does not hide the others. Replies for
 * an earlier compare are dropped.
 */

export const canCompare = (count: number) => count >= 2 && count <= MAX_COMPARED;

/** Each compared ICP's replies; superseded and replaced whenever Compare opens or closes. */
let entryReplies = new Map<string, LatestReply>();

export function dropCompareReplies(): void {
  for (const replies of entryReplies.values()) replies.supersede();
  entryReplies = new Map();
}

export function compareChecked(): void {
  const { checked } = useAppStore.getState().selection;
  if (canCompare(checked.size)) openCompare(inListOrder(checked));
}

export function openCompare(ids: string[]): void {
  dropCompareReplies();
  for (const id of ids) entryReplies.set(id, latestReply());
  patchState('compare', { ids, entries: {} });
  for (const id of ids) void loadEntry(id);
}

export function closeCompare(): void {
  if (useAppStore.getState().compare.ids === null) return;
  dropCompareReplies();
  patchState('compare', { ids: null, entries: {} });
}

export function retryCompareEntry(id: string): void {
  void loadEntry(id, false);
}

export function toggleOnlyDifferences(): void {
  patchState('compare', { onlyDifferences: !useAppStore.getState().compare.onlyDifferences });
}

async function loadEntry(id: string, withCache = true): Promise<void> {
  const replies = entryReplies.get(id);
  if (!replies) return;
  setCompareEntry(id, { loading: true, error: null });
  await fetchIcpCopies(id, { replies, apply: (update) => setCompareEntry(id, update) }, withCache);
}

const emptyEntry: CompareEntry = { detail: null, loading: false, error: null };

function setCompareEntry(id: string, changes: Partial<CompareEntry>): void {
  useAppStore.setState(({ compare }) => ({
    compare: { ...compare, entries: { ...compare.entries, [id]: { ...(compare.entries[id] ?? emptyEntry), ...changes } } },
  }));
}
