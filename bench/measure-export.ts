import { generateIcps } from '../tests/support/test-api/generate-icps';
import { EXPORT_OVERLAPS_LISTED } from '../src/main/export/export-items';
import { createReviewQueries, type ReviewQueries } from '../src/shared/checks/review-queries';
import { icpsToCsv } from '../src/shared/export/csv-export';
import type { ExportItem } from '../src/shared/export/export-item';
import { reportHtml } from '../src/shared/export/report-html';
import type { IcpVersion } from '../src/shared/history/history-schema';
import { changesSinceReview } from '../src/shared/history/version-summaries';
import type { Icp } from '../src/shared/icp-schema';
import { checkIcpList } from '../src/shared/icp-validation';
import { BENCH_NOW } from './measure-main';
import { measureExportParts, type ExportPartsFigures } from './measure-export-parts';
import { median, repeat } from './stats';

export interface ExportFigures {
  count: number;
  /** What an export adds per ICP: the checks worker's batch answer (review already made) and the changes' lines. */
  extrasMs: number;
  /** icpsToCsv over validated ICPs with their findings and changes: the text of the whole file. */
  csvMs: number;
  csvMb: number;
  /** reportHtml over the same items: model and the whole HTML text. */
  reportMs: number;
  reportMb: number;
  /** CPU time of the two generations above. */
  csvCpuMs: number;
  reportCpuMs: number;
  parts: ExportPartsFigures;
}

/** Larger sets are not measured: a report of 100,000 ICPs is longer than a JS string may be. */
export const EXPORT_MAX_COUNT = 10_000;

/** One ICP in this many changed since review (two versions: reviewed, then edited). */
const CHANGED_EVERY = 10;

const version = (seq: number, icp: Icp): IcpVersion => ({ seq, seenAt: BENCH_NOW.toISOString(), source: 'list', icp });

/** The items as export-items.ts assembles them, from the same shared code the worker and the history run. */
function itemsOf(icps: readonly Icp[], queries: ReviewQueries): ExportItem[] {
  return icps.map((icp, index) => {
    const checked = queries.icp(icp.id, undefined, EXPORT_OVERLAPS_LISTED);
    const item: ExportItem = { icp, findings: checked.findings.map(({ severity, message, field }) => ({ severity, message, field })) };
    if (checked.moreOverlaps > 0) item.moreOverlaps = checked.moreOverlaps;
    if (index % CHANGED_EVERY === 0) {
      const edited: Icp = { ...icp, leadsPerList: icp.leadsPerList + 5, description: `${icp.description ?? ''} (edited)` };
      item.changesSinceReview = changesSinceReview([version(2, edited), version(1, icp)], 1);
    } else {
      item.changesSinceReview = [];
    }
    return item;
  });
}

/**
 * The generation part of exporting: what the CSV and report code take for `count` ICPs, from
 * validated ICPs (with their findings and changes since review) to the file's text (writing it
 * is the export writer's, measured with it). The review itself is the checks figures'.
 */
export async function measureExport(count: number, runs: number): Promise<ExportFigures> {
  const checked = checkIcpList(JSON.parse(JSON.stringify(generateIcps(count, { seed: 7, now: BENCH_NOW }))) as unknown[]);
  if (checked.invalid.length > 0) throw new Error(`${checked.invalid.length} generated ICPs did not validate`);
  // The review is made once per list, before any export: only its answers are the export's work.
  const queries = createReviewQueries(checked.icps, { now: BENCH_NOW, fetchedAt: null });
  let items: ExportItem[] = [];
  const extras = await repeat(runs, 1, async () => {
    const started = performance.now();
    items = itemsOf(checked.icps, queries);
    return performance.now() - started;
  });
  const clock = { now: BENCH_NOW, timeZone: 'Europe/Berlin' };
  let csvChars = 0;
  let reportChars = 0;
  const generation = (make: () => string, size: (chars: number) => void) =>
    repeat(runs, 1, async () => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      size(make().length);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: (used.user + used.system) / 1000 };
    });
  const csv = await generation(
    () => icpsToCsv(items, clock),
    (chars) => (csvChars = chars),
  );
  const report = await generation(
    () => reportHtml({ account: 'Bench account', items, clock }),
    (chars) => (reportChars = chars),
  );
  const parts = await measureExportParts(checked.icps, runs);
  return {
    count,
    extrasMs: median(extras),
    csvMs: median(csv.map((run) => run.ms)),
    csvCpuMs: median(csv.map((run) => run.cpuMs)),
    csvMb: csvChars / 1e6,
    reportMs: median(report.map((run) => run.ms)),
    reportCpuMs: median(report.map((run) => run.cpuMs)),
    reportMb: reportChars / 1e6,
    parts,
  };
}
