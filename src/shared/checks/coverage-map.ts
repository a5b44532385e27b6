import { expiryOf } from '../format/expiry';
import type { Icp } from '../icp-schema';
import { CANONICAL_DIMENSIONS, SIZE_DIMENSION } from './filter-dimensions';
import { formatInterval, intervalsMeet, mergeIntervals, readBucket, type Interval } from './numeric-ranges';
import { readCriterionFilters } from './read-filters';

/*
 * What the workspace covers along one dimension: each value with the active ICPs that include
 * it. An ICP's values are those its criteria include (less what the same criterion excludes);
 * an ICP none of whose criteria constrain the dimension is listed apart, as covering any value.
 * Employee size is shown in the documented size buckets, each covered by the ICPs whose ranges
 * or buckets reach into it; other ranges are shown as given.
 */

export interface CoverageDimension {
  dimension: string;
  label: string;
  /** Active ICPs that constrain it. */
  icpCount: number;
}

export interface CoverageRow {
  /** Stable: a normalized value or a range. */
  key: string;
  value: string;
  icpIds: string[];
  count: number;
  /** Natural order for sorting by value (size buckets by size, text alphabetically). */
  order: number;
}

export interface CoverageMap {
  dimension: string;
  label: string;
  rows: CoverageRow[];
  /** Active ICPs that do not constrain this dimension. */
  unconstrained: string[];
  activeCount: number;
}

export type CoverageSort = { by: 'count' | 'value'; direction: 'asc' | 'desc' };

/** The company_size buckets of the reference pages, the bands employee size is shown in. */
const SIZE_BANDS: readonly string[] = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000', '10001+'];

const activeIcps = (icps: readonly Icp[], now: Date) => icps.filter((icp) => expiryOf(icp.activeUntil, now).state !== 'expired');

/** The dimensions to offer: the canonical ones first (when any ICP constrains them), then the rest by use. */
export function coverageDimensions(icps: readonly Icp[], options: { now: Date }): CoverageDimension[] {
  const found = new Map<string, { label: string; icps: Set<string> }>();
  for (const icp of activeIcps(icps, options.now)) {
    for (const criterion of icp.leadProviderCriteria) {
      for (const constraint of readCriterionFilters(criterion).constraints.values()) {
        if (constraint.include.size === 0 && !constraint.rangeGiven) continue;
        let entry = found.get(constraint.id);
        if (entry === undefined) {
          entry = { label: constraint.label, icps: new Set() };
          found.set(constraint.id, entry);
        }
        entry.icps.add(icp.id);
      }
    }
  }
  const canonical = Object.keys(CANONICAL_DIMENSIONS);
  const rank = (id: string) => (canonical.includes(id) ? canonical.indexOf(id) : canonical.length);
  return [...found]
    .map(([dimension, { label, icps: ids }]) => ({ dimension, label, icpCount: ids.size }))
    .sort((a, b) => rank(a.dimension) - rank(b.dimension) || b.icpCount - a.icpCount || a.label.localeCompare(b.label));
}

export function coverageMap(icps: readonly Icp[], dimension: string, options: { now: Date }): CoverageMap {
  const active = activeIcps(icps, options.now);
  const values = new Map<string, { value: string; icps: Set<string> }>();
  const ranges = new Map<string, { interval: Interval; icps: Set<string> }>();
  const unconstrained: string[] = [];
  let label = dimension in CANONICAL_DIMENSIONS ? CANONICAL_DIMENSIONS[dimension as keyof typeof CANONICAL_DIMENSIONS] : dimension;
  for (const icp of active) {
    let constrained = false;
    for (const criterion of icp.leadProviderCriteria) {
      const constraint = readCriterionFilters(criterion).constraints.get(dimension);
      if (constraint === undefined || (constraint.include.size === 0 && !constraint.rangeGiven)) continue;
      constrained = true;
      label = constraint.label;
      for (const [key, text] of constraint.include) {
        if (constraint.exclude.has(key)) continue;
        const entry = values.get(key) ?? { value: text, icps: new Set<string>() };
        entry.icps.add(icp.id);
        values.set(key, entry);
      }
      for (const interval of mergeIntervals(constraint.ranges)) {
        const key = `${interval.min}..${interval.max}`;
        const entry = ranges.get(key) ?? { interval, icps: new Set<string>() };
        entry.icps.add(icp.id);
        ranges.set(key, entry);
      }
    }
    if (!constrained) unconstrained.push(icp.id);
  }
  const rangeRows = dimension === SIZE_DIMENSION ? bandRows(ranges) : givenRangeRows(ranges);
  const valueRows = [...values]
    .sort(([, x], [, y]) => x.value.localeCompare(y.value))
    .map(([key, entry], index) => row(`value:${key}`, entry.value, entry.icps, rangeRows.length + index));
  return { dimension, label, rows: [...rangeRows, ...valueRows], unconstrained, activeCount: active.length };
}

/** Each size bucket with the ICPs whose ranges reach into it. */
function bandRows(ranges: Map<string, { interval: Interval; icps: Set<string> }>): CoverageRow[] {
  return SIZE_BANDS.flatMap((band, index) => {
    const reading = readBucket(band);
    if (reading?.kind !== 'range') return [];
    const icps = new Set<string>();
    for (const { interval, icps: ids } of ranges.values()) if (intervalsMeet([interval], [reading.interval])) ids.forEach((id) => icps.add(id));
    return [row(`range:${band}`, formatInterval(reading.interval), icps, index)];
  });
}

function givenRangeRows(ranges: Map<string, { interval: Interval; icps: Set<string> }>): CoverageRow[] {
  return [...ranges]
    .sort(([, x], [, y]) => x.interval.min - y.interval.min || x.interval.max - y.interval.max)
    .map(([key, { interval, icps }], index) => row(`range:${key}`, formatInterval(interval), icps, index));
}

function row(key: string, value: string, icps: ReadonlySet<string>, order: number): CoverageRow {
  return { key, value, icpIds: [...icps], count: icps.size, order };
}

export function sortCoverage<R extends Pick<CoverageRow, 'count' | 'order'>>(rows: readonly R[], sort: CoverageSort): R[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = sort.by === 'count' ? a.count - b.count : a.order - b.order;
    // Ties keep the natural order, whichever way the column is sorted.
    return sign * primary || a.order - b.order;
  });
}
