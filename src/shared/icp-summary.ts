import type * as z from 'zod';
import { searchTypeOf } from './icp-facts';
import type { Icp } from './icp-schema';
import { IcpSummary, type SearchTexts } from './ipc-contract';
import { buildSearchText } from './search/normalize-text';
import { wordStartMask } from './search/word-start-mask';

/** Everything the list shows of one ICP, minus whether it is available offline. */
export const IcpSummaryBase = IcpSummary.omit({ offline: true });
export type IcpSummaryBase = z.infer<typeof IcpSummaryBase>;

export function summarizeIcp(icp: Icp): IcpSummaryBase {
  const crm = icp.crmFilters;
  return {
    id: icp.id,
    name: icp.name,
    description: icp.description,
    updatedAt: icp.updatedAt,
    activeUntil: icp.activeUntil,
    leadsPerList: icp.leadsPerList,
    userCount: icp.userIds.length,
    criteria: icp.leadProviderCriteria.map((criterion) => {
      const { type, legacy } = searchTypeOf(criterion);
      return { provider: criterion.provider, type, legacy };
    }),
    customFilterTypes: [...new Set(icp.customFilterCriteria.map((filter) => filter.type))],
    hasCrmFilters: crm !== null && crm !== undefined,
  };
}

/** One ICP's entry in SearchTexts: what search reads, sent after the list itself. */
export interface SearchEntry {
  readonly text: string;
  readonly wordStarts: number;
}

export function searchEntryOf(icp: Icp): SearchEntry {
  const text = buildSearchText(icp);
  return { text, wordStarts: wordStartMask(text) };
}

/** The texts without one ICP's entry (an ICP the server stopped showing). */
export function withoutSearchEntry(search: SearchTexts, id: string): SearchTexts {
  const at = search.ids.indexOf(id);
  if (at === -1) return search;
  const drop = <T>(items: readonly T[]) => items.filter((_, i) => i !== at);
  return { ids: drop(search.ids), texts: drop(search.texts), wordStarts: drop(search.wordStarts) };
}
