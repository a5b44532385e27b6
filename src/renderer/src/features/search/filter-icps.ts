import type { IcpSummary } from '../../../../shared/ipc-contract';
import { matchQuery } from '../../../../shared/search/normalize-text';

/*
 * The list's search, kept to one module so the full search feature (filters, sort, highlighting)
 * can replace it without touching the list. For now: every term of the query must occur in the
 * ICP's normalized search text (name, description, filter values...), case- and accent-insensitive.
 * The last answer is remembered: the list, the keyboard and "export all" ask for the same one.
 */

let lastItems: readonly IcpSummary[] | null = null;
let lastQuery = '';
let lastResult: IcpSummary[] = [];

export function filterIcps(items: readonly IcpSummary[], query: string): IcpSummary[] {
  if (items === lastItems && query === lastQuery) return lastResult;
  lastItems = items;
  lastQuery = query;
  lastResult = query.trim() === '' ? [...items] : items.filter((icp) => matchQuery(icp.searchText, query));
  return lastResult;
}
