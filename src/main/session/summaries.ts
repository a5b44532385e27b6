import type { Icp } from '../../shared/icp-schema';
import { searchEntryOf, summarizeIcp, type IcpSummaryBase, type SearchEntry } from '../../shared/icp-summary';
import type { SearchTexts } from '../../shared/ipc-contract';

// Summaries and search texts cost more than the list call that produced the ICPs, so each ICP
// object is summarized once for as long as it is held.
const summaries = new WeakMap<Icp, IcpSummaryBase>();
const searchEntries = new WeakMap<Icp, SearchEntry>();

const memo =
  <T>(cache: WeakMap<Icp, T>, make: (icp: Icp) => T) =>
  (icp: Icp): T => {
    let made = cache.get(icp);
    if (made === undefined) {
      made = make(icp);
      cache.set(icp, made);
    }
    return made;
  };

const summaryOf = memo(summaries, summarizeIcp);
const searchEntryOfIcp = memo(searchEntries, searchEntryOf);

export function summarize(icps: readonly Icp[]): IcpSummaryBase[] {
  return icps.map(summaryOf);
}

export function searchTextsOf(icps: readonly Icp[]): SearchTexts {
  const entries = icps.map(searchEntryOfIcp);
  return { ids: icps.map((icp) => icp.id), texts: entries.map((entry) => entry.text), wordStarts: entries.map((entry) => entry.wordStarts) };
}
