import type { IcpSummary, IcpSummaryColumns } from './ipc-contract';

/*
 * Reading IcpSummaryColumns (the list as it travels; see ipc-contract.ts). Zod-free: the renderer
 * turns every list page back into summaries with it.
 */

export const columnsLength = (columns: IcpSummaryColumns): number => columns.id.length;

/** The summaries the columns hold, in order, each marked available offline when its id is listed. */
export function fromColumns(columns: IcpSummaryColumns, offlineIds: readonly string[]): IcpSummary[] {
  const offline = new Set(offlineIds);
  const keys = Object.keys(columns) as (keyof IcpSummaryColumns)[];
  const summaries = new Array<IcpSummary>(columnsLength(columns));
  for (let i = 0; i < summaries.length; i += 1) {
    const summary: Record<string, unknown> = {};
    for (const key of keys) summary[key] = columns[key][i];
    summary.offline = offline.has(columns.id[i]!.toLowerCase());
    summaries[i] = summary as IcpSummary;
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
