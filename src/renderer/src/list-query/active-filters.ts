import type { CheckChip, ExpiryFilter, ListView } from '../../../shared/ipc-contract';
import { EXPIRING_WITHIN_DAYS } from '../../../shared/format/expiry';
import { customFilterLabel } from './custom-filter-choices';
import { DEFAULT_LIST_VIEW } from './list-query';

/*
 * What narrows the list right now, in words, each removable on its own: the "no ICPs match"
 * state names them ("Search “cto germany”", "Expiring within 30 days") so the reader sees why
 * the list is empty and which one to drop.
 */

export const EXPIRY_LABELS: Record<ExpiryFilter, string> = {
  active: 'Active',
  expiring: `Expiring within ${EXPIRING_WITHIN_DAYS} days`,
  expired: 'Expired',
  noExpiry: 'No expiry',
};

const SEARCH_TYPE_LABELS: Record<'person' | 'company', string> = {
  person: 'Person search',
  company: 'Company search',
};

export type ActiveFilter =
  | { kind: 'search'; label: string }
  | { kind: 'expiry'; value: ExpiryFilter; label: string }
  | { kind: 'searchType'; value: 'person' | 'company'; label: string }
  | { kind: 'customFilterType'; value: string; label: string }
  | { kind: 'hasCrmFilters'; label: string }
  | { kind: 'offlineOnly'; label: string }
  | { kind: 'check'; value: CheckChip; label: string }
  | { kind: 'focus'; label: string };

const CHECK_CHIP_LABELS: Record<CheckChip, string> = {
  problems: 'Has problems',
  warnings: 'Has warnings',
  overlaps: 'Overlaps',
};

export function activeFilters(view: ListView): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  const search = view.search.trim();
  if (search !== '') filters.push({ kind: 'search', label: `Search \u201c${search}\u201d` });
  for (const value of view.expiry) filters.push({ kind: 'expiry', value, label: EXPIRY_LABELS[value] });
  for (const value of view.searchTypes) filters.push({ kind: 'searchType', value, label: SEARCH_TYPE_LABELS[value] });
  for (const value of view.customFilterTypes) {
    filters.push({ kind: 'customFilterType', value, label: `Custom filter: ${customFilterLabel(value)}` });
  }
  if (view.hasCrmFilters) filters.push({ kind: 'hasCrmFilters', label: 'Has CRM filters' });
  if (view.offlineOnly) filters.push({ kind: 'offlineOnly', label: 'Available offline' });
  for (const value of view.checks ?? []) filters.push({ kind: 'check', value, label: CHECK_CHIP_LABELS[value] });
  if (view.focus) filters.push({ kind: 'focus', label: view.focus.label });
  return filters;
}

/** The view without one filter; everything else (the sort included) as it was. */
export function withoutFilter(view: ListView, filter: ActiveFilter): ListView {
  switch (filter.kind) {
    case 'search':
      return { ...view, search: '' };
    case 'expiry':
      return { ...view, expiry: view.expiry.filter((value) => value !== filter.value) };
    case 'searchType':
      return { ...view, searchTypes: view.searchTypes.filter((value) => value !== filter.value) };
    case 'customFilterType':
      return { ...view, customFilterTypes: view.customFilterTypes.filter((value) => value !== filter.value) };
    case 'hasCrmFilters':
      return { ...view, hasCrmFilters: false };
    case 'offlineOnly':
      return { ...view, offlineOnly: false };
    case 'check':
      return { ...view, checks: (view.checks ?? []).filter((value) => value !== filter.value) };
    case 'focus':
      return { ...view, focus: null };
  }
}

/** The search and every chip cleared; the sort kept (it hides nothing). */
export function withoutFilters(view: ListView): ListView {
  return { ...DEFAULT_LIST_VIEW, sort: view.sort };
}

/** Adds or removes one value of a chip group, keeping the group's order stable. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}
