import type { IcpListPage, IcpSummary, IcpSummaryColumns } from './ipc-contract';
import type { RefusedStatus } from './offline/refused-details';

/*
 * Reading IcpSummaryColumns (the list as it travels; see ipc-contract.ts). Zod-free: the renderer
 * turns every list page back into summaries with it.
 */

export const columnsLength = (columns: IcpSummaryColumns): number => columns.id.length;

/** What a list page says of its ICPs beside their summaries. */
export type ListMarks = Pick<IcpListPage, 'listSaved' | 'offlineIds' | 'refused'>;

/**
 * The summaries the columns hold, in order, each marked available offline (the list is saved, or
 * its id is among offlineIds) and refused when the page says so.
 */
export function fromColumns(columns: IcpSummaryColumns, marks: ListMarks): IcpSummary[] {
  const offline = new Set(marks.listSaved ? [] : marks.offlineIds);
  const refused = new Map<string, RefusedStatus>(marks.refused.map((item) => [item.id.toLowerCase(), item.status]));
  const { id, name, description, updatedAt, activeUntil, leadsPerList, userCount, criteria, customFilterTypes, hasCrmFilters } = columns;
  const summaries = new Array<IcpSummary>(id.length);
  // One object literal of one shape per row (typed, so a field added to the schema must be added
  // here): at 10,000 rows, building objects key by key was several times slower.
  for (let i = 0; i < id.length; i += 1) {
    summaries[i] = {
      id: id[i]!,
      name: name[i]!,
      description: description[i] ?? null,
      updatedAt: updatedAt[i]!,
      activeUntil: activeUntil[i] ?? null,
      leadsPerList: leadsPerList[i]!,
      userCount: userCount[i]!,
      criteria: criteria[i]!,
      customFilterTypes: customFilterTypes[i]!,
      hasCrmFilters: hasCrmFilters[i]!,
      offline: marks.listSaved || (offline.size > 0 && offline.has(id[i]!.toLowerCase())),
      refused: refused.size > 0 ? (refused.get(id[i]!.toLowerCase()) ?? null) : null,
    };
  }
  return summaries;
}
