import type { CheckCounts } from '../../../shared/checks/checks-contract';
import type { CheckChip, ExpiryFilter, IcpSummary, ListView, SearchTexts, SortKey } from '../../../shared/ipc-contract';
import { containsAllTerms, MIN_USER_ID_TERM, normalizeForSearch, searchTerms, USER_IDS_MARKER } from '../../../shared/search/normalize-text';
import { maskDecides, wordStartBit, wordStartMask } from '../../../shared/search/word-start-mask';
import { compareNames, nameSortKey } from '../../../shared/sort-keys';
import { hasRow, type PrefixIndex } from './prefix-index';
import { expiryStateAt, localDayIndex } from './expiry-state';

/*
 * Slicing the ICP list: search, filter chips and sort. Work is split by how often it runs:
 * prepareRows once per list (and per day, for expiry), sortRows once per sort key, filterRows
 * on every keystroke, over plain precomputed fields, so 100,000 rows stay instant.
 */

export interface PreparedRow {
  readonly summary: IcpSummary;
  readonly expiry: ExpiryFilter;
  /** activeUntil as epoch ms; +Infinity for "no expiry" so it sorts last. */
  readonly expiresAt: number;
  readonly updatedAt: number;
  /** Its searches' types as bits (SEARCH_TYPE_BITS): a number, not a Set, for 100,000 rows. */
  readonly searchTypes: number;
  /** Its position in the prepared list (prefix-index bitsets are by position). */
  readonly index: number;
  /** The name as it sorts: normalized, digit runs padded so "ICP 9" comes before "ICP 10". */
  readonly nameKey: string;
  /**
   * What search reads. The list's search texts arrive after the list itself (icps:searchTexts);
   * until then a row is searched by its name, and attachSearch swaps the full text in.
   */
  search: RowSearch;
}

export interface RowSearch {
  /** Every searchable string of the ICP, normalized (see search/normalize-text.ts). */
  readonly text: string;
  /** Which characters start a word of the text (see word-start-mask.ts). */
  readonly wordStarts: number;
  /** Where the user ids begin in the text, or -1. */
  readonly userIdsAt: number;
}

/** A list's search texts by ICP id, and the list they were fetched for. */
export interface ListSearch {
  readonly byId: ReadonlyMap<string, RowSearch>;
  readonly forItems: readonly IcpSummary[];
}

export function rowSearchesOf(texts: SearchTexts): Map<string, RowSearch> {
  const byId = new Map<string, RowSearch>();
  texts.ids.forEach((id, i) => {
    const text = texts.texts[i] ?? '';
    byId.set(id, { text, wordStarts: texts.wordStarts[i] ?? 0, userIdsAt: text.lastIndexOf(USER_IDS_MARKER) });
  });
  return byId;
}

/** Gives each row the search text the list's texts hold for it (rows they do not know keep theirs). */
export function attachSearch(rows: readonly PreparedRow[], byId: ReadonlyMap<string, RowSearch>): void {
  for (const row of rows) {
    const found = byId.get(row.summary.id);
    if (found) row.search = found;
  }
}

/** The search types the chips filter by (legacy criteria already read as person searches). */
const SEARCH_TYPE_BITS: Readonly<Record<string, number>> = { person: 1, company: 2 };

export const DEFAULT_LIST_VIEW: ListView = {
  search: '',
  sort: 'name',
  expiry: [],
  searchTypes: [],
  customFilterTypes: [],
  hasCrmFilters: false,
  offlineOnly: false,
  checks: [],
  focus: null,
};

export function prepareRows(items: readonly IcpSummary[], now: Date, searches: ReadonlyMap<string, RowSearch> | null = null): PreparedRow[] {
  // expiryOf's rules without a date-library call per row (see expiry-state.ts).
  const nowMs = now.getTime();
  const today = localDayIndex(nowMs);
  return items.map((summary, index) => {
    const parsed = summary.activeUntil === null ? Number.POSITIVE_INFINITY : Date.parse(summary.activeUntil);
    const expiresAt = Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
    const nameText = normalizeForSearch(summary.name);
    return {
      summary,
      expiry: expiryStateAt(expiresAt, nowMs, today),
      expiresAt,
      updatedAt: Date.parse(summary.updatedAt) || 0,
      searchTypes: summary.criteria.reduce((bits, criterion) => bits | (SEARCH_TYPE_BITS[criterion.type] ?? 0), 0),
      index,
      nameKey: nameSortKey(summary.name, nameText),
      search: searches?.get(summary.id) ?? { text: nameText, wordStarts: wordStartMask(nameText), userIdsAt: -1 },
    };
  });
}

// Main sends the list in this order already, so the usual sort finds it sorted in one pass.
const byName = (a: PreparedRow, b: PreparedRow) => compareNames(a.nameKey, a.summary.name, a.summary.id, b.nameKey, b.summary.name, b.summary.id);

const COMPARATORS: Record<SortKey, (a: PreparedRow, b: PreparedRow) => number> = {
  name: byName,
  /** Most recently updated first. */
  updatedAt: (a, b) => b.updatedAt - a.updatedAt || byName(a, b),
  /** Soonest expiry first (past dates before future ones), no expiry last. */
  activeUntil: (a, b) => (a.expiresAt === b.expiresAt ? byName(a, b) : a.expiresAt < b.expiresAt ? -1 : 1),
  /** Largest lists first. */
  leadsPerList: (a, b) => b.summary.leadsPerList - a.summary.leadsPerList || byName(a, b),
};

export const SORT_LABELS: Record<SortKey, string> = {
  name: 'Name',
  updatedAt: 'Last updated',
  activeUntil: 'Expiry (soonest first)',
  leadsPerList: 'Leads per list',
};

export function sortRows(rows: readonly PreparedRow[], sort: SortKey): PreparedRow[] {
  return [...rows].sort(COMPARATORS[sort]);
}

export function hasActiveFilters(view: ListView): boolean {
  return (
    view.search.trim() !== '' ||
    view.expiry.length > 0 ||
    view.searchTypes.length > 0 ||
    view.customFilterTypes.length > 0 ||
    view.hasCrmFilters ||
    view.offlineOnly ||
    (view.checks ?? []).length > 0 ||
    (view.focus ?? null) !== null
  );
}

/**
 * Rows that pass every active filter group (AND across groups, OR within one: "expired or
 * expiring", "person or company") and contain every search term, in the given order.
 */
export function filterRows(sorted: readonly PreparedRow[], view: ListView, index: PrefixIndex | null = null): PreparedRow[] {
  const terms = searchTerms(view.search);
  const expiry = view.expiry.length > 0 ? new Set(view.expiry) : null;
  const types = view.searchTypes.reduce((bits, type) => bits | (SEARCH_TYPE_BITS[type] ?? 0), 0);
  const customTypes = view.customFilterTypes.length > 0 ? view.customFilterTypes : null;
  const checks = view.checks && view.checks.length > 0 ? view.checks : null;
  const focus = view.focus ? focusSet(view.focus) : null;
  if (!expiry && types === 0 && !customTypes && !view.hasCrmFilters && !view.offlineOnly && !checks && !focus && terms.length === 0) {
    return sorted as PreparedRow[];
  }
  // Terms too short for user ids can only match a word start in the fields. The mask rules rows
  // out by a term's first character, the prefix index by its first two; a one-letter term is
  // decided by the mask alone and a two-letter one by the index alone, so only longer terms
  // read the row's text.
  let required = 0;
  const bitsets: Uint32Array[] = [];
  const textTerms: string[] = [];
  for (const term of terms) {
    const short = term.length < MIN_USER_ID_TERM;
    if (short) required |= wordStartBit(term.charCodeAt(0));
    const bits = short && index ? index.rowsFor(term) : null;
    if (bits) bitsets.push(bits);
    if (!(maskDecides(term) || (bits && term.length === 2))) textTerms.push(term);
  }
  const out: PreparedRow[] = [];
  rows: for (const row of sorted) {
    if ((row.search.wordStarts & required) !== required) continue;
    for (const bits of bitsets) if (!hasRow(bits, row.index)) continue rows;
    if (expiry && !expiry.has(row.expiry)) continue;
    if (types !== 0 && (row.searchTypes & types) === 0) continue;
    if (customTypes && !customTypes.some((type) => row.summary.customFilterTypes.includes(type))) continue;
    if (view.hasCrmFilters && !row.summary.hasCrmFilters) continue;
    if (view.offlineOnly && !row.summary.offline) continue;
    if (checks && !checks.some((chip) => hasCheck(row.summary.checks, chip))) continue;
    if (focus && !focus.has(row.summary.id)) continue;
    if (textTerms.length > 0 && !containsAllTerms(row.search.text, textTerms)) continue;
    out.push(row);
  }
  return out;
}

// One Set per focus, not per keystroke: a focus may hold every id of a 100,000-ICP list.
const focusSets = new WeakMap<object, ReadonlySet<string>>();
function focusSet(focus: NonNullable<ListView['focus']>): ReadonlySet<string> {
  let set = focusSets.get(focus);
  if (set === undefined) {
    set = new Set(focus.ids);
    focusSets.set(focus, set);
  }
  return set;
}

function hasCheck(counts: CheckCounts | undefined, chip: CheckChip): boolean {
  if (counts === undefined) return false;
  return (chip === 'problems' ? counts.problems : chip === 'warnings' ? counts.warnings : counts.overlaps) > 0;
}

export interface ExpiryCounts {
  active: number;
  expiring: number;
  expired: number;
  noExpiry: number;
}

/** The expiry overview above the list: every ICP counted once, under its expiry state. */
export function countExpiry(rows: readonly PreparedRow[]): ExpiryCounts {
  const counts: ExpiryCounts = { active: 0, expiring: 0, expired: 0, noExpiry: 0 };
  for (const row of rows) counts[row.expiry] += 1;
  return counts;
}
