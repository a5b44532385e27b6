import type * as z from 'zod';
import { searchTypeOf, type Icp } from './icp-schema';
import { IcpSummary } from './ipc-contract';
import { buildSearchText } from './search/normalize-text';
import { wordStartMask } from './search/word-start-mask';

/** Everything the list shows of one ICP, minus whether it is available offline. */
export const IcpSummaryBase = IcpSummary.omit({ offline: true });
export type IcpSummaryBase = z.infer<typeof IcpSummaryBase>;

export function summarizeIcp(icp: Icp): IcpSummaryBase {
  const crm = icp.crmFilters;
  const searchText = buildSearchText(icp);
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
    searchText,
    wordStarts: wordStartMask(searchText),
  };
}
