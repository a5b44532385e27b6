import type { IcpSummary, IcpSummaryColumns } from './ipc-contract';

/*
 * Reading IcpSummaryColumns (the list as it travels; see ipc-contract.ts). Zod-free: the renderer
 * turns every list page back into summaries with it.
 */

export const columnsLength = (columns: IcpSummaryColumns): number => columns.id.length;

/** The summaries the columns hold, in order, each marked available offline when its id is listed. */
export function fromColumns(columns: IcpSummaryColumns, offlineIds: readonly string[]): IcpSummary[] {
  const offline = new Set(offlineIds);
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
      offline: offline.size > 0 && offline.has(id[i]!.toLowerCase()),
    };
  }
  return summaries;
}

/** The columns without the ICP with this id (one the server stopped showing). */
export function withoutRow(columns: IcpSummaryColumns, id: string): IcpSummaryColumns {
  const at = columns.id.indexOf(id);
  if (at === -1) return columns;
  const keep = (_: unknown, i: number) => i !== at;
  return Object.fromEntries(Object.entries(columns).map(([key, values]) => [key, (values as unknown[]).filter(keep)])) as IcpSummaryColumns;
}
