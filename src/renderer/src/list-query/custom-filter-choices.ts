import { isKnownCustomFilterType } from '../../../shared/icp-facts';
import { customFilterTitle } from '../../../shared/format/custom-filter-view';
import type { PreparedRow } from './list-query';

/*
 * The choices of the "Custom filter" chip menu: every type present in the list, most common
 * first, with a readable name and how many ICPs use it. A chosen type that is no longer in the
 * list (another account, a refresh) stays listed with 0, so it can still be turned off.
 */

export interface CustomFilterChoice {
  type: string;
  label: string;
  known: boolean;
  count: number;
  chosen: boolean;
}

export function customFilterLabel(type: string): string {
  return isKnownCustomFilterType(type) ? customFilterTitle(type) : type;
}

export function customFilterChoices(rows: readonly PreparedRow[], chosen: readonly string[]): CustomFilterChoice[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const type of row.summary.customFilterTypes) counts.set(type, (counts.get(type) ?? 0) + 1);
  for (const type of chosen) if (!counts.has(type)) counts.set(type, 0);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || customFilterLabel(a[0]).localeCompare(customFilterLabel(b[0])))
    .map(([type, count]) => ({
      type,
      label: customFilterLabel(type),
      known: isKnownCustomFilterType(type),
      count,
      chosen: chosen.includes(type),
    }));
}
