import type { CheckCounts, CheckSummaries, ReviewSelection } from '../../../shared/checks/checks-contract';
import type { CoverageSort } from '../../../shared/checks/coverage-map';
import type { IcpSummary } from '../../../shared/ipc-contract';
import { latestReply } from '../../../shared/latest-reply';
import { call } from '../bridge';
import { patchState, useAppStore } from './app-store';
import { closeCompare, openCompare } from './compare-actions';
import { inListOrder } from './visible-icps';
import { focusOn } from './view-actions';

/*
 * Review intelligence in the renderer. Main's checks worker reviews each list once it is known;
 * the renderer asks for the counts after every new list and puts them on the rows
 * (summary.checks, read by the badge and the "Has problems" / "Has warnings" / "Overlaps" chips),
 * asks for the open ICP's findings when it opens, and for the Review view's pieces when shown.
 */

const PAIRS_PAGE = 50;
/** The longest the counts wait for the renderer to be idle after a new list. */
const SUMMARIES_AFTER_MS = 2000;

const summaryReplies = latestReply();
const icpReplies = latestReply();
const reviewReplies = latestReply();

/** The newest counts main sent, kept to decorate a list replaced for the same fetchedAt. */
let counts: { fetchedAt: string | null; byId: Map<string, CheckCounts> } | null = null;
let decorated: readonly IcpSummary[] | null = null;

function decorate(items: readonly IcpSummary[]): void {
  if (counts === null || items === decorated) return;
  const byId = counts.byId;
  const next = items.map((item) => {
    const found = byId.get(item.id);
    if (found === item.checks) return item;
    const { checks: _old, ...rest } = item;
    return found ? { ...rest, checks: found } : rest;
  });
  decorated = next;
  // The same ICPs: search texts made for the undecorated rows still describe them (list-pipeline.ts).
  const { search } = useAppStore.getState().list;
  patchState('list', { items: next, ...(search?.forItems === items ? { search: { ...search, forItems: next } } : {}) });
  patchState('checks', { countsFor: counts.fetchedAt });
}

function countsOf(summaries: CheckSummaries): Map<string, CheckCounts> {
  const byId = new Map<string, CheckCounts>();
  summaries.ids.forEach((id, i) => {
    byId.set(id, {
      problems: summaries.problems[i] ?? 0,
      warnings: summaries.warnings[i] ?? 0,
      notes: summaries.notes[i] ?? 0,
      overlaps: summaries.overlaps[i] ?? 0,
    });
  });
  return byId;
}

async function loadSummaries(): Promise<void> {
  const ticket = summaryReplies.take();
  const result = await call('checks:summaries', {});
  if (!summaryReplies.accept(ticket) || !result.ok) return;
  const { list } = useAppStore.getState();
  // Counts for another list than the one shown would badge the wrong rows.
  if (result.data.fetchedAt !== list.fetchedAt) return;
  counts = { fetchedAt: result.data.fetchedAt, byId: countsOf(result.data) };
  decorated = null;
  decorate(list.items);
  const { checks, detail } = useAppStore.getState();
  if (detail.openId !== null) void loadIcpChecks(detail.openId);
  if (checks.reviewOpen) void loadReview();
}

async function loadIcpChecks(id: string): Promise<void> {
  const ticket = icpReplies.take();
  const { icp } = useAppStore.getState().checks;
  if (icp?.id !== id) patchState('checks', { icp: { id, checks: null, error: null } });
  const result = await call('checks:icp', { id });
  if (!icpReplies.accept(ticket)) return;
  patchState('checks', { icp: result.ok ? { id, checks: result.data, error: null } : { id, checks: null, error: result.error } });
}

/**
 * After the list is painted: reviewing a large list keeps a core busy for a while, and the first
 * paint and the search index come first.
 */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: SUMMARIES_AFTER_MS });
  else setTimeout(work, 0);
}

/** Keeps counts, the open ICP's findings and the Review view in step with the list and the detail. */
export function followChecks(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.list.fetchedAt !== previous.list.fetchedAt && state.list.loaded && state.list.fetchedAt !== null) {
      whenIdle(() => void loadSummaries());
    } else if (state.list.items !== previous.list.items && counts?.fetchedAt === state.list.fetchedAt) {
      decorate(state.list.items);
    }
    if (state.detail.openId !== previous.detail.openId && state.detail.openId !== null) {
      if (state.checks.reviewOpen) patchState('checks', { reviewOpen: false });
      void loadIcpChecks(state.detail.openId);
    }
    // An ICP outside the list is checked from main's saved copy: asked again once a new copy is in.
    const copy = state.detail.detail;
    if (copy !== previous.detail.detail && copy !== null && copy.icp.id === state.detail.openId && state.checks.icp?.checks?.reviewed === false) {
      void loadIcpChecks(copy.icp.id);
    }
  });
}

async function loadReview(): Promise<void> {
  const ticket = reviewReplies.take();
  patchState('checks', { loading: true });
  const [overview, pairs] = await Promise.all([call('checks:overview', {}), call('checks:pairs', { offset: 0, limit: PAIRS_PAGE })]);
  if (!reviewReplies.accept(ticket)) return;
  if (!overview.ok || !pairs.ok) {
    patchState('checks', { loading: false, error: overview.ok ? (pairs.ok ? null : pairs.error) : overview.error });
    return;
  }
  const { dimension } = useAppStore.getState().checks;
  const known = overview.data.dimensions.some((entry) => entry.dimension === dimension);
  const chosen = known ? dimension : (overview.data.dimensions[0]?.dimension ?? null);
  patchState('checks', { overview: overview.data, pairs: pairs.data, loading: false, error: null });
  if (chosen !== null) await chooseDimension(chosen);
  else patchState('checks', { dimension: null, coverage: null });
}

export function openReview(): void {
  closeCompare();
  patchState('checks', { reviewOpen: true });
  void loadReview();
}

export function closeReview(): void {
  reviewReplies.supersede();
  patchState('checks', { reviewOpen: false });
}

export const toggleReviewView = () => (useAppStore.getState().checks.reviewOpen ? closeReview() : openReview());

export async function showPairs(offset: number): Promise<void> {
  const result = await call('checks:pairs', { offset, limit: PAIRS_PAGE });
  if (result.ok) patchState('checks', { pairs: result.data });
}

export async function chooseDimension(dimension: string): Promise<void> {
  patchState('checks', { dimension });
  const result = await call('checks:coverage', { dimension });
  if (useAppStore.getState().checks.dimension !== dimension) return;
  patchState('checks', result.ok ? { coverage: result.data, error: null } : { error: result.error });
}

export const sortCoverageBy = (sort: CoverageSort) => patchState('checks', { coverageSort: sort });

/** Filters the list to the ICPs behind one Review entry ("Rule: Empty prompt", "Country: Germany"). */
export async function focusSelection(selection: ReviewSelection, label: string): Promise<void> {
  const result = await call('checks:ids', { selection });
  if (!result.ok) {
    patchState('checks', { error: result.error });
    return;
  }
  focusOn({ label, ids: result.data });
}

export function compareAB(a: string, b: string): void {
  patchState('checks', { reviewOpen: false });
  const ordered = inListOrder([a, b]);
  openCompare(ordered.length === 2 ? ordered : [a, b]);
}
