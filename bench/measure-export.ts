import { generateIcps } from '../tests/support/test-api/generate-icps';
import { icpsToCsv } from '../src/shared/export/csv-export';
import type { ExportItem } from '../src/shared/export/export-item';
import { reportHtml } from '../src/shared/export/report-html';
import { checkIcpList } from '../src/shared/icp-validation';
import { BENCH_NOW } from './measure-main';
import { median, repeat } from './stats';

export interface ExportFigures {
  count: number;
  /** icpsToCsv over validated ICPs: the text of the whole file. */
  csvMs: number;
  csvMb: number;
  /** reportHtml over the same ICPs: model and the whole HTML text. */
  reportMs: number;
  reportMb: number;
}

/** Larger sets are not measured: a report of 100,000 ICPs is longer than a JS string may be. */
export const EXPORT_MAX_COUNT = 10_000;

/**
 * The generation part of exporting: what the CSV and report code take for `count` ICPs, from
 * validated ICPs to the file's text (writing it is the export writer's, measured with it).
 */
export async function measureExport(count: number, runs: number): Promise<ExportFigures> {
  const checked = checkIcpList(JSON.parse(JSON.stringify(generateIcps(count, { seed: 7, now: BENCH_NOW }))) as unknown[]);
  if (checked.invalid.length > 0) throw new Error(`${checked.invalid.length} generated ICPs did not validate`);
  const items: ExportItem[] = checked.icps.map((icp) => ({ icp }));
  const clock = { now: BENCH_NOW, timeZone: 'Europe/Berlin' };
  let csvChars = 0;
  let reportChars = 0;
  const csv = await repeat(runs, 1, async () => {
    const started = performance.now();
    csvChars = icpsToCsv(items, clock).length;
    return performance.now() - started;
  });
  const report = await repeat(runs, 1, async () => {
    const started = performance.now();
    reportChars = reportHtml({ account: 'Bench account', items, clock }).length;
    return performance.now() - started;
  });
  return { count, csvMs: median(csv), csvMb: csvChars / 1e6, reportMs: median(report), reportMb: reportChars / 1e6 };
}
