import type { Icp } from '../../../../shared/icp-schema';
import type { IcpSummary } from '../../../../shared/ipc-contract';

/** What the detail header shows; available from the list's summary before the detail arrives. */
export interface HeaderModel {
  id: string;
  name: string;
  description: string | null;
  activeUntil: string | null;
  /** Known once the detail arrived: the list's summary leaves it out. */
  createdAt: string | null;
  updatedAt: string;
  leadsPerList: number;
  /** Known once the detail arrived; the summary only has the count. */
  userIds: string[] | null;
  userCount: number;
}

export function headerFromIcp(icp: Icp): HeaderModel {
  return {
    id: icp.id,
    name: icp.name,
    description: icp.description,
    activeUntil: icp.activeUntil,
    createdAt: icp.createdAt,
    updatedAt: icp.updatedAt,
    leadsPerList: icp.leadsPerList,
    userIds: icp.userIds,
    userCount: icp.userIds.length,
  };
}

export function headerFromSummary(summary: IcpSummary): HeaderModel {
  return {
    id: summary.id,
    name: summary.name,
    description: summary.description,
    activeUntil: summary.activeUntil,
    createdAt: null,
    updatedAt: summary.updatedAt,
    leadsPerList: summary.leadsPerList,
    userIds: null,
    userCount: summary.userCount,
  };
}
