import type { DataSource, IcpListPage } from '../../../shared/ipc-contract';
import { call } from '../bridge';
import { latestReply } from '../../../shared/latest-reply';
import { patchState, useAppStore } from './app-store';
import { afterPaint, markListData } from '../perf/marks';
import { noteFailure, noteOnline } from './error-routing';
import { rowSearchesOf } from '../list-query/list-query';
import { columnsLength, fromColumns } from '../../../shared/summary-columns';
import { showToast } from './toast-actions';
import { loadHistoryMarks } from './history-actions';

/*
 * Stale-while-revalidate for the list: the cached copy shows at once, the network's replaces it
 * when it arrives, and a failed refresh keeps what is shown (with the reason in list.error).
 * A reply is applied only if no reply to a later request was applied first.
 */

export const listReplies = latestReply();
/** Only the newest network request clears the "refreshing" state. */
let latestNetworkTicket = 0;

type ListReply = ReturnType<typeof requestList>;

/** On start and after sign-in: the cache (or the start's early answer for it), then the network. */
export async function loadList(early: ListReply | null | undefined = null): Promise<void> {
  await fetchList('cache', early);
  await fetchList('network');
}

export function refreshList(): Promise<void> {
  return fetchList('network');
}

/** Re-reads main's copy without the network (e.g. to pick up which ICPs are now offline). */
export function rereadList(): Promise<void> {
  return fetchList('cache');
}

const requestList = (source: DataSource) => call('icps:list', { source });

async function fetchList(source: DataSource, early: ListReply | null | undefined = null): Promise<void> {
  const ticket = listReplies.take();
  if (source === 'network') {
    latestNetworkTicket = ticket;
    patchState('list', { refreshing: true });
  }

  const result = await (early ?? requestList(source));

  const settlesRefresh = source === 'network' && ticket === latestNetworkTicket;
  if (!listReplies.accept(ticket)) {
    if (settlesRefresh) patchState('list', { refreshing: false });
    return;
  }
  if (result.ok) {
    applyPage(result.data, ticket, source, settlesRefresh);
    if (source === 'network') noteOnline();
  } else {
    patchState('list', { applied: ticket, error: result.error, ...(settlesRefresh ? { refreshing: false } : {}) });
    noteFailure(result.error);
  }
}

function applyPage(page: IcpListPage, ticket: number, source: DataSource, settlesRefresh: boolean): void {
  const { list } = useAppStore.getState();
  const count = columnsLength(page.columns);
  // An empty cache (never synced) says nothing yet: keep the skeleton until the network answers.
  const empty = page.fetchedAt === null && count === 0;
  const shown = !(empty && source === 'cache');
  // Marked before the store changes: turning the columns into rows, and the store's subscribers
  // preparing and sorting them inside patchState, belong to "data arrived -> list painted".
  if (shown) markListData(count, page.source);
  const items = shown ? fromColumns(page.columns, page) : list.items;
  // The same copy of the list read again (after "Make available offline"): its texts still hold.
  const keptTexts = shown && list.search && textsFetchedFor !== null && textsFetchedFor === page.fetchedAt ? { byId: list.search.byId, forItems: items } : null;
  patchState('list', {
    applied: ticket,
    ...(shown ? { items, warnings: page.warnings, source: page.source, fetchedAt: page.fetchedAt, loaded: true } : {}),
    ...(keptTexts ? { search: keptTexts } : {}),
    ...(source === 'network' ? { error: null } : {}),
    ...(settlesRefresh ? { refreshing: false } : {}),
  });
  if (shown) pruneSelection();
  // Main recorded this list in the history before answering: the marks queue behind that.
  if (shown) void loadHistoryMarks();
  // Reading, sending and parsing the texts costs main and the renderer tens of milliseconds at
  // 10,000 ICPs: asked once the list is on screen, they do not compete with painting it.
  if (shown && count > 0 && !keptTexts) afterPaint(() => void fetchSearchTexts());
}

const searchReplies = latestReply();
/** The copy of the list (its fetchedAt) the texts in the store were fetched for. */
let textsFetchedFor: string | null = null;

/**
 * The search texts of the list just applied. They come apart from the list because they are as
 * big as the rest of it: the list paints first, and search covers names until they arrive.
 */
async function fetchSearchTexts(): Promise<void> {
  const ticket = searchReplies.take();
  const askedFor = useAppStore.getState().list.fetchedAt;
  const result = await call('icps:searchTexts', {});
  // A newer list asked again, or the account's data was reset (sign-out) meanwhile.
  if (!searchReplies.isNewest(ticket) || useAppStore.getState().list.fetchedAt !== askedFor) return;
  if (!result.ok) {
    // A lost session or network shows elsewhere; a damaged cache is worth saying here.
    if (result.error.kind === 'storage' || result.error.kind === 'internal') showToast('error', 'Search covers ICP names only for now', result.error.message);
    return;
  }
  // No newer list was applied (it would have asked again), so these texts are the shown list's.
  const { list } = useAppStore.getState();
  textsFetchedFor = askedFor;
  patchState('list', { search: { byId: rowSearchesOf(result.data), forItems: list.items } });
}

/** Drops checked rows and the cursor when their ICP left the list. */
function pruneSelection(): void {
  const { list, selection } = useAppStore.getState();
  if (selection.checked.size === 0 && selection.cursorId === null) return;
  const present = new Set(list.items.map((icp) => icp.id));
  const checked = [...selection.checked].filter((id) => present.has(id));
  const cursorGone = selection.cursorId !== null && !present.has(selection.cursorId);
  if (checked.length !== selection.checked.size || cursorGone) {
    patchState('selection', { checked: new Set(checked), ...(cursorGone ? { cursorId: null } : {}) });
  }
}
