import type { CompareRow, CompareSection } from './diff-icps';
import { customFilterTitle } from '../format/custom-filter-view';
import { humanizeKey } from '../format/humanize-key';

/*
 * Words for the compare grid: a label per row from its path ("Location › Country", "Search 1",
 * "AI filter 2") and a tag for rows that differ, naming ICPs by their column letter
 * ("Only in B", "Differs"), since the header shows which ICP each letter is.
 */

export const COLUMN_LETTERS = ['A', 'B', 'C', 'D'] as const;
export const MAX_COMPARED = COLUMN_LETTERS.length;

export const SECTION_TITLES: Record<CompareSection, string> = {
  icp: 'Overview',
  leadProviderCriteria: 'Lead provider criteria',
  customFilterCriteria: 'Custom filters',
  crmFilters: 'CRM filters',
};

const TOP_LEVEL_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  activeUntil: 'Active until',
  leadsPerList: 'Leads per list',
  userIds: 'Users',
  createdAt: 'Created',
  updatedAt: 'Last updated',
};

const CRM_LABELS: Record<string, string> = {
  provider: 'Provider',
  textSearch: 'Text search',
  query: 'Legacy query',
  filters: 'Conditions',
};

const joinKeys = (keys: readonly (string | number)[]) => keys.map((key) => humanizeKey(String(key))).join(' \u203a ');

export function rowLabel(row: Pick<CompareRow, 'path' | 'section' | 'kind'>): string {
  const { path } = row;
  switch (row.section) {
    case 'icp':
      return path.length === 1 ? (TOP_LEVEL_LABELS[String(path[0])] ?? humanizeKey(String(path[0]))) : joinKeys(path);
    case 'leadProviderCriteria': {
      if (row.kind === 'block') return `Search ${Number(path[1]) + 1}`;
      const rest = path.slice(2);
      if (rest[0] === 'filters') return rest.length === 1 ? 'Filters' : joinKeys(rest.slice(1));
      return joinKeys(rest);
    }
    case 'customFilterCriteria': {
      const occurrence = Number(path[2]);
      if (row.kind === 'block') return customFilterTitle(String(path[1])) + (occurrence > 0 ? ` (${occurrence + 1})` : '');
      return joinKeys(path.slice(3));
    }
    case 'crmFilters':
      if (row.kind === 'block') return 'CRM provider';
      return path.length === 2 ? (CRM_LABELS[String(path[1])] ?? humanizeKey(String(path[1]))) : joinKeys(path.slice(1));
  }
}

/** "Only in B", "Only in A, C", "Differs"; null when every ICP agrees. */
export function differenceTag(row: Pick<CompareRow, 'status' | 'cells'>): string | null {
  const present = row.cells.flatMap((cell, index) => (cell.kind === 'absent' ? [] : [COLUMN_LETTERS[index] ?? String(index + 1)]));
  switch (row.status) {
    case 'same':
      return null;
    case 'changed':
      return 'Differs';
    case 'added':
    case 'removed':
      return `Only in ${present.join(', ')}`;
    case 'different':
      return present.length < row.cells.length ? `Only in ${present.join(', ')}` : 'Differs';
  }
}

/** "A and C", "A, B and D": who has a set item, for its tooltip and screen readers. */
export function lettersPhrase(letters: readonly string[]): string {
  if (letters.length <= 1) return letters.join('');
  return `${letters.slice(0, -1).join(', ')} and ${letters[letters.length - 1]}`;
}
