import { searchTypeOf } from './icp-facts';
import type { Icp } from './icp-schema';
import { IcpSummaryBase, type IcpSummaryColumns } from './ipc-contract';
import { buildSearchText } from './search/normalize-text';
import { wordStartMask } from './search/word-start-mask';
import { compareNames, nameSortKey } from './sort-keys';

export type { IcpSummaryBase };

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

const SUMMARY_KEYS = Object.keys(IcpSummaryBase.shape) as (keyof IcpSummaryBase)[];

/**
 * Summaries as columns, the form they travel and are cached in (see IcpSummaryColumns), in name
 * order: the list's default sort then finds them sorted (one pass instead of a sort).
 */
export function toColumns(summaries: readonly IcpSummaryBase[]): IcpSummaryColumns {
  const keyed = summaries.map((summary) => ({ summary, key: nameSortKey(summary.name) }));
  keyed.sort((a, b) => compareNames(a.key, a.summary.name, a.summary.id, b.key, b.summary.name, b.summary.id));
  const ordered = keyed.map(({ summary }) => summary);
  const columns = Object.fromEntries(SUMMARY_KEYS.map((key) => [key, ordered.map((summary) => summary[key])]));
  return columns as IcpSummaryColumns;
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
