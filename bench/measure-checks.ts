import { generateIcps } from '../tests/support/test-api/generate-icps';
import { checkIcp } from '../src/shared/checks/check-icp';
import { coverageMap } from '../src/shared/checks/coverage-map';
import { findOverlaps } from '../src/shared/checks/overlap-index';
import type { Icp } from '../src/shared/icp-schema';
import { BENCH_NOW } from './measure-main';
import { median, repeat } from './stats';

export interface CheckFigures {
  count: number;
  /** Every rule on every ICP, from freshly parsed ICPs (no reading cached). */
  checksMs: number;
  /** Overlaps of all active ICPs, from freshly parsed ICPs (reading their filters included). */
  overlapsMs: number;
  overlapRuns: number;
  pairs: number;
  duplicates: number;
  /** ICPs with at least one problem or warning. */
  flagged: number;
  /** The coverage map by country, after the checks (readings cached, as in the app). */
  coverageMs: number;
  /** The same two as this process's CPU time, which a machine busy with other work inflates far less. */
  checksCpuMs: number;
  overlapsCpuMs: number;
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * The review's figures at one size. Each run parses the list afresh so nothing read in an
 * earlier run is reused. At 100,000 ICPs the overlap runs once, without a warm-up: the
 * generated workspace holds millions of pairs and a run takes minutes on a loaded machine.
 */
export async function measureChecks(count: number, runs: number): Promise<CheckFigures> {
  const bytes = JSON.stringify(generateIcps(count, { seed: 7, now: BENCH_NOW }));
  const options = { now: BENCH_NOW };
  let flagged = 0;
  const checks = await repeat(runs, 1, async () => {
    const icps = JSON.parse(bytes) as Icp[];
    const started = performance.now();
    const cpuStarted = cpuMs();
    let withFindings = 0;
    for (const icp of icps) if (checkIcp(icp, options).some((finding) => finding.severity !== 'note')) withFindings += 1;
    const ms = performance.now() - started;
    const cpu = cpuMs() - cpuStarted;
    flagged = withFindings;
    const coverageStarted = performance.now();
    coverageMap(icps, 'country', options);
    return { ms, cpu, coverageMs: performance.now() - coverageStarted };
  });
  const overlapRuns = count >= 100_000 ? 1 : runs;
  let pairs = 0;
  let duplicates = 0;
  const overlaps = await repeat(overlapRuns, count >= 100_000 ? 0 : 1, async () => {
    const icps = JSON.parse(bytes) as Icp[];
    const started = performance.now();
    const cpuStarted = cpuMs();
    const found = findOverlaps(icps, options);
    const ms = performance.now() - started;
    const cpu = cpuMs() - cpuStarted;
    pairs = found.pairCount;
    duplicates = found.duplicateCount;
    return { ms, cpu };
  });
  return {
    count,
    checksMs: median(checks.map((run) => run.ms)),
    overlapsMs: median(overlaps.map((run) => run.ms)),
    overlapRuns,
    pairs,
    duplicates,
    flagged,
    coverageMs: median(checks.map((run) => run.coverageMs)),
    checksCpuMs: median(checks.map((run) => run.cpu)),
    overlapsCpuMs: median(overlaps.map((run) => run.cpu)),
  };
}
