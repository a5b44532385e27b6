import type { Icp } from '../../shared/icp-schema';
import { summarizeIcp, type IcpSummaryBase } from '../../shared/icp-summary';
import type { IcpSummary } from '../../shared/ipc-contract';

// Summaries (search text above all) cost more than the list call that produced the ICPs, so
// each ICP object is summarized once for as long as it is held.
const memo = new WeakMap<Icp, IcpSummaryBase>();

export function summarize(icps: readonly Icp[]): IcpSummaryBase[] {
  return icps.map((icp) => {
    let base = memo.get(icp);
    if (!base) {
      base = summarizeIcp(icp);
      memo.set(icp, base);
    }
    return base;
  });
}

export function withOffline(summaries: readonly IcpSummaryBase[], offlineIds: ReadonlySet<string>): IcpSummary[] {
  return summaries.map((base) => ({ ...base, offline: offlineIds.has(base.id.toLowerCase()) }));
}
