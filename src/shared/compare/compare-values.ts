import { CUSTOM_FILTER_DEFAULTS, isKnownCustomFilterType, searchTypeOf } from '../icp-facts';
import type { LeadProviderCriterion } from '../icp-schema';
import { describeCrmFilters } from '../format/custom-filter-view';
import { toDisplayJson } from '../format/display-json';
import { formatNumber, formatPercent, formatRange } from '../format/numbers';
import { exactTime } from '../format/relative-time';
import { isRange } from './collapse-ranges';
import type { Icp } from '../icp-schema';
import { signatureOf, type CompareCell, type CompareRow } from './diff-icps';
import { ABSENT, valueAt } from './compare-paths';
import { COLUMN_LETTERS } from './compare-labels';

/*
 * What one compare cell shows, formatted as the detail view formats the same value: dates in
 * full, ranges as "500 – 10,000", custom filter numbers with their unit and documented default,
 * CRM conditions as one line each, lists as chips marked by which ICPs have them.
 */

export interface ChipView {
  text: string;
  /** Every compared ICP has this item. */
  inAll: boolean;
  /** Column letters of the ICPs that have it. */
  holders: string[];
}

export type CellView =
  | { kind: 'absent'; text: string }
  | { kind: 'text'; text: string; mono?: boolean; muted?: boolean; block?: boolean }
  | { kind: 'chips'; chips: ChipView[]; mono?: boolean };

const MONO_KEYS = new Set(['regex', 'field', 'textSearch', 'query', 'provider', 'includeSearchStrings', 'excludeSearchStrings']);
const DATE_KEYS = new Set(['createdAt', 'updatedAt', 'activeUntil']);

const providerName = (provider: unknown) => (provider === 'bullhorn' ? 'Bullhorn' : String(provider));

function blockText(row: CompareRow, value: unknown): CellView {
  switch (row.section) {
    case 'leadProviderCriteria': {
      const criterion = value as LeadProviderCriterion;
      const { type, legacy } = searchTypeOf(criterion);
      const kind = legacy ? 'Person search (legacy)' : `${type[0]?.toUpperCase() ?? ''}${type.slice(1)} search`;
      return { kind: 'text', text: `${kind} \u00b7 ${String(criterion.provider)}` };
    }
    case 'customFilterCriteria':
      return { kind: 'text', text: 'Used' };
    default:
      return { kind: 'text', text: providerName((value as { provider?: unknown }).provider) };
  }
}

function absentText(row: CompareRow): string {
  if (row.kind === 'field') return 'Not set';
  if (row.section === 'leadProviderCriteria') return 'No such search';
  if (row.section === 'customFilterCriteria') return 'Not used';
  return 'No CRM filters';
}

/** A custom filter's numeric "value", in its unit, or its documented default when left out. */
function customNumber(type: string, value: unknown): CellView | null {
  if (!isKnownCustomFilterType(type) || !(type in CUSTOM_FILTER_DEFAULTS)) return null;
  const fallback = CUSTOM_FILTER_DEFAULTS[type as keyof typeof CUSTOM_FILTER_DEFAULTS];
  const format = (n: number) =>
    type === 'maxPercentFromCRM' ? formatPercent(n) : type === 'minDaysUntilReuse' ? `${formatNumber(n)} ${n === 1 ? 'day' : 'days'}` : formatNumber(n);
  if (value === null || value === undefined) return { kind: 'text', text: `${format(fallback)} (default)`, muted: true };
  return typeof value === 'number' ? { kind: 'text', text: format(value) } : null;
}

function plainValue(row: CompareRow, value: unknown): CellView {
  const last = row.path[row.path.length - 1];
  const key = typeof last === 'string' ? last : '';
  if (row.section === 'icp' && row.path.length === 1) {
    if (key === 'description' && value === null) return { kind: 'text', text: 'No description', muted: true };
    if (key === 'activeUntil' && value === null) return { kind: 'text', text: 'No end date', muted: true };
    if (DATE_KEYS.has(key) && typeof value === 'string') return { kind: 'text', text: exactTime(value) };
    if (key === 'leadsPerList' && typeof value === 'number') return { kind: 'text', text: formatNumber(value) };
  }
  if (row.section === 'customFilterCriteria' && key === 'value' && row.path.length === 4) {
    const shown = customNumber(String(row.path[1]), value);
    if (shown) return shown;
  }
  if (isRange(value)) return { kind: 'text', text: formatRange(value) };
  if (typeof value === 'string') {
    if (value === '') return { kind: 'text', text: '(empty text)', muted: true };
    return { kind: 'text', text: value, mono: MONO_KEYS.has(key) };
  }
  // Scalars exactly as sent: filter numbers are often codes (NAICS 541511) that separators corrupt.
  if (typeof value === 'number') return { kind: 'text', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'Yes' : 'No' };
  if (value === null) return { kind: 'text', text: 'None', muted: true };
  return { kind: 'text', text: toDisplayJson(value), mono: true, block: true };
}

function chipText(row: CompareRow, value: unknown): string {
  if (row.section === 'crmFilters' && typeof value === 'object' && value !== null) {
    const view = describeCrmFilters({ provider: '', filters: [value as never] });
    return view?.conditions[0]?.summary ?? toDisplayJson(value);
  }
  return typeof value === 'string' ? value : toDisplayJson(value);
}

export function cellViews(row: CompareRow, icps: readonly Icp[]): CellView[] {
  // Which columns hold each set item, by the same equality diffIcps used.
  const holders = new Map<string, string[]>();
  row.cells.forEach((cell, index) => {
    if (cell.kind !== 'set') return;
    for (const item of cell.items) {
      const signature = signatureOf(item.value);
      const list = holders.get(signature) ?? [];
      list.push(COLUMN_LETTERS[index] ?? String(index + 1));
      holders.set(signature, list);
    }
  });
  const mono = row.section === 'crmFilters' || row.path[0] === 'userIds' || MONO_KEYS.has(String(row.path[row.path.length - 1]));
  return row.cells.map((cell: CompareCell, index): CellView => {
    if (cell.kind === 'absent') {
      // A custom filter used without its number: the documented default applies, as the API says.
      const icp = icps[index];
      const isDefault = row.section === 'customFilterCriteria' && row.path[3] === 'value' && row.path.length === 4;
      if (isDefault && icp && valueAt(icp, row.path.slice(0, 3)) !== ABSENT) {
        const shown = customNumber(String(row.path[1]), undefined);
        if (shown) return shown;
      }
      return { kind: 'absent', text: absentText(row) };
    }
    if (cell.kind === 'set') {
      if (cell.items.length === 0) return { kind: 'text', text: 'None', muted: true };
      const chips = cell.items.map((item) => ({
        text: chipText(row, item.value),
        inAll: item.inAll,
        holders: holders.get(signatureOf(item.value)) ?? [],
      }));
      return { kind: 'chips', chips, mono };
    }
    return row.kind === 'block' ? blockText(row, cell.value) : plainValue(row, cell.value);
  });
}
