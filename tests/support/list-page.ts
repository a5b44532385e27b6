import type { IcpListPage, IcpSummary } from '../../src/shared/ipc-contract';
import { fromColumns } from '../../src/shared/summary-columns';

/** An icps:list reply with its summaries as the renderer reads them (the page carries columns). */
export function listedPage(data: unknown): IcpListPage & { items: IcpSummary[] } {
  const page = data as IcpListPage;
  return { ...page, items: fromColumns(page.columns, page) };
}
