import { formatNumber } from '../../../shared/format/numbers';
import { latestReply } from '../../../shared/latest-reply';
import { isolateText } from '../../../shared/unicode/hidden-characters';
import { call } from '../bridge';
import { reviewMarkOf } from '../list-query/review-filter';
import { patchState, useAppStore } from './app-store';
import { closeIcp } from './detail-actions';
import { noteFailure } from './error-routing';
import { showToast } from './toast-actions';
import { visibleIds } from './visible-icps';

/*
 * The local history as the renderer sees it: main records every ICP it receives (off the reply's
 * path, in order), so the marks are asked for after each list or detail reply and queue behind
 * that recording in main. History never holds up the list: a failure here leaves the list as it
 * is and only says so.
 */

const marksReplies = latestReply();
const versionsReplies = latestReply();
const icps = (n: number) => `${formatNumber(n)} ${n === 1 ? 'ICP' : 'ICPs'}`;

const lowerSet = (ids: readonly string[]) => new Set(ids.map((id) => id.toLowerCase()));

/** The list's New / Changed marks and the Removed group, as main's history holds them now. */
export async function loadHistoryMarks(): Promise<void> {
  const ticket = marksReplies.take();
  const result = await call('history:marks', {});
  if (!marksReplies.accept(ticket)) return;
  if (!result.ok) {
    if (result.error.kind === 'storage') showToast('error', 'The ICP history could not be read', result.error.message);
    return;
  }
  const { openRemovedId } = useAppStore.getState().history;
  const { newIds, changedIds, removed } = result.data;
  const stillRemoved = openRemovedId !== null && removed.some((icp) => icp.id === openRemovedId);
  patchState('history', { newIds: lowerSet(newIds), changedIds: lowerSet(changedIds), removed, ...(stillRemoved ? {} : { openRemovedId: null }) });
}

/** The open ICP's versions for the Changes tab (the cached answer stays while the new one loads). */
async function loadVersions(id: string): Promise<void> {
  const ticket = versionsReplies.take();
  const shown = useAppStore.getState().history.versions;
  const same = shown?.id === id;
  patchState('history', { versions: { id, data: same ? shown.data : null, loading: true, error: null } });
  const result = await call('history:versions', { id });
  if (!versionsReplies.accept(ticket)) return;
  patchState('history', {
    versions: result.ok ? { id, data: result.data, loading: false, error: null } : { id, data: same ? shown.data : null, loading: false, error: result.error },
  });
}

/** After main received a copy of `id` (detail, refresh): its marks and, when shown, its versions may have moved. */
export async function afterReceived(id: string | null): Promise<void> {
  const { history } = useAppStore.getState();
  await Promise.all([loadHistoryMarks(), id !== null && history.versions?.id === id ? loadVersions(id) : Promise.resolve()]);
}

async function markReviewed(ids: string[]): Promise<boolean> {
  const result = await call('history:markReviewed', { ids });
  if (!result.ok) {
    noteFailure(result.error);
    showToast('error', `Could not mark ${icps(ids.length)} as reviewed`, result.error.message);
    return false;
  }
  const open = useAppStore.getState().detail.openId;
  await afterReceived(open);
  return true;
}

/** "Mark as reviewed" in the detail: the ICP's newest version becomes the reviewed one. */
export async function markOpenReviewed(id: string): Promise<void> {
  await markReviewed([id]);
}

/** The shown ICPs that are New or Changed: the ones "Mark all shown as reviewed" would mark. */
function shownToReview(): string[] {
  const { history } = useAppStore.getState();
  return visibleIds().filter((id) => reviewMarkOf(history, id) !== null);
}

/** Asks first, saying how many: marking is not undone by a click. */
export function askMarkAllShown(): void {
  const ids = shownToReview();
  if (ids.length === 0) {
    showToast('info', 'Every ICP shown is already reviewed');
    return;
  }
  patchState('history', { confirmingAll: ids });
}

export function cancelMarkAllShown(): void {
  patchState('history', { confirmingAll: null });
}

export async function confirmMarkAllShown(): Promise<void> {
  const ids = useAppStore.getState().history.confirmingAll;
  patchState('history', { confirmingAll: null });
  if (!ids || ids.length === 0) return;
  if (await markReviewed(ids)) showToast('success', `Marked ${icps(ids.length)} as reviewed`);
}

/** Shows a removed ICP's last copy in the detail pane, read-only. */
export function openRemoved(id: string): void {
  closeIcp();
  patchState('history', { openRemovedId: id, tab: 'details', openSeq: null });
}

export function closeRemoved(): void {
  patchState('history', { openRemovedId: null });
}

/** Forgets removed ICPs (their versions and review marks) once the user has seen they are gone. */
export async function dismissRemoved(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const result = await call('history:dismissRemoved', { ids });
  if (!result.ok) {
    noteFailure(result.error);
    showToast('error', `Could not dismiss ${icps(ids.length)}`, result.error.message);
    return;
  }
  await loadHistoryMarks();
}

export function setDetailTab(tab: 'details' | 'changes'): void {
  patchState('history', { tab, openSeq: null });
  const { openId } = useAppStore.getState().detail;
  if (tab === 'changes' && openId !== null) void loadVersions(openId);
}

export function openVersion(seq: number | null): void {
  const { openSeq } = useAppStore.getState().history;
  patchState('history', { openSeq: seq, closedSeq: seq === null ? openSeq : null });
}

/** "Export this version as JSON": exactly as it was received, through main's save dialog. */
export async function exportVersion(id: string, seq: number): Promise<void> {
  const result = await call('history:exportVersion', { id, seq });
  if (!result.ok) {
    noteFailure(result.error);
    showToast('error', `Could not export version ${seq}`, result.error.message);
    return;
  }
  if (result.data.saved) showToast('success', `Exported version ${seq} to ${isolateText(result.data.path)}`);
}

/**
 * Keeps the Changes tab on the open ICP: another ICP opened shows its versions (the tab stays,
 * so a reviewer can walk the list), and opening a listed ICP leaves a removed one's copy.
 */
export function followOpenIcp(): () => void {
  return useAppStore.subscribe((state, previous) => {
    const { openId } = state.detail;
    if (openId === previous.detail.openId) return;
    patchState('history', { openSeq: null, ...(openId !== null ? { openRemovedId: null } : {}) });
    if (openId !== null && state.history.tab === 'changes') void loadVersions(openId);
  });
}
