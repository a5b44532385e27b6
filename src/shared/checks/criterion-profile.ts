import { searchTypeOf } from '../icp-facts';
import type { LeadProviderCriterion } from '../icp-schema';
import { intervalsMeet, mergeIntervals, type Interval } from './numeric-ranges';
import { readCriterionFilters, type DimensionConstraint } from './read-filters';

/*
 * A criterion as the overlap compares it: its group (search type + provider) and, per
 * dimension it constrains, its values as interned numbers, so comparing two criteria is
 * integer work.
 */

export interface DimProfile {
  /** Interned with the group: the same dimension of another provider is another number. */
  dim: number;
  /** Value ids, ascending. */
  include: Int32Array;
  exclude: Int32Array;
  /** Merged and ascending. null: no range given; empty: only ranges that select nothing. */
  ranges: Interval[] | null;
}

export interface CriterionProfile {
  /** Position of the ICP in the list given. */
  icp: number;
  /** Position of the criterion in its ICP. */
  index: number;
  group: number;
  /** Ascending by dim. */
  dims: DimProfile[];
}

/** Numbers for strings: groups and dimensions, and the values of each dimension. */
export class Interner {
  private readonly groups = new Map<string, number>();
  private readonly dims = new Map<number, Map<string, number>>();
  private readonly values = new Map<number, Map<string, number>>();
  private next = 0;

  group(type: string, provider: string): number {
    return this.idIn(this.groups, `${type}\u0000${provider}`);
  }

  dim(group: number, dimension: string): number {
    let dims = this.dims.get(group);
    if (dims === undefined) {
      dims = new Map();
      this.dims.set(group, dims);
    }
    return this.idIn(dims, dimension);
  }

  private idIn(ids: Map<string, number>, key: string): number {
    let id = ids.get(key);
    if (id === undefined) {
      id = this.next++;
      ids.set(key, id);
    }
    return id;
  }

  /** Ids of a dimension's values, ascending; unique across dimensions, so one posting map serves all. */
  valueIds(dim: number, values: ReadonlyMap<string, string>): Int32Array {
    let known = this.values.get(dim);
    if (known === undefined) {
      known = new Map();
      this.values.set(dim, known);
    }
    const out = new Int32Array(values.size);
    let at = 0;
    for (const value of values.keys()) {
      let id = known.get(value);
      if (id === undefined) {
        id = this.next++;
        known.set(value, id);
      }
      out[at++] = id;
    }
    return out.sort();
  }
}

/** null when the criterion constrains nothing ICP Desk can read. */
export function profileOf(criterion: LeadProviderCriterion, icp: number, index: number, interner: Interner): CriterionProfile | null {
  const group = interner.group(searchTypeOf(criterion).type, criterion.provider.trim().toLowerCase());
  const dims: DimProfile[] = [];
  for (const constraint of readCriterionFilters(criterion).constraints.values()) {
    if (!constrains(constraint)) continue;
    const dim = interner.dim(group, constraint.id);
    dims.push({
      dim,
      include: interner.valueIds(dim, constraint.include),
      exclude: interner.valueIds(dim, constraint.exclude),
      ranges: constraint.rangeGiven ? mergeIntervals(constraint.ranges) : null,
    });
  }
  if (dims.length === 0) return null;
  return { icp, index, group, dims: dims.sort((x, y) => x.dim - y.dim) };
}

const constrains = (c: DimensionConstraint) => c.include.size > 0 || c.exclude.size > 0 || c.rangeGiven;

/** The full test: same group, and every dimension both constrain leaves something both select. */
export function profilesOverlap(a: CriterionProfile, b: CriterionProfile): boolean {
  if (a.group !== b.group) return false;
  const xs = a.dims;
  const ys = b.dims;
  let j = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    while (j < ys.length && ys[j]!.dim < x.dim) j++;
    if (j === ys.length) return true;
    const y = ys[j]!;
    if (y.dim === x.dim && !dimensionsMeet(x, y)) return false;
  }
  return true;
}

function dimensionsMeet(x: DimProfile, y: DimProfile): boolean {
  const xListed = x.include.length > 0;
  const yListed = y.include.length > 0;
  let compared = false;
  // Lists compare with lists, and with a side that only excludes (it selects all but those).
  if ((xListed && yListed) || (xListed && y.ranges === null) || (yListed && x.ranges === null)) {
    if (valuesMeet(x, y)) return true;
    compared = true;
  }
  if (x.ranges !== null && y.ranges !== null) {
    if (intervalsMeet(x.ranges, y.ranges)) return true;
    compared = true;
  }
  // A list against a range, or exclusions on both sides: nothing says they differ.
  return !compared;
}

/** Included values both select, minus what either excludes; a side without a list selects all. */
function valuesMeet(x: DimProfile, y: DimProfile): boolean {
  const xs = x.include;
  const ys = y.include;
  if (xs.length === 0 || ys.length === 0) {
    const listed = xs.length === 0 ? ys : xs;
    for (let i = 0; i < listed.length; i++) if (selectedByBoth(x, y, listed[i]!)) return true;
    return false;
  }
  // Both ascending: one merge pass.
  let i = 0;
  let j = 0;
  while (i < xs.length && j < ys.length) {
    const p = xs[i]!;
    const q = ys[j]!;
    if (p < q) i++;
    else if (q < p) j++;
    else {
      if (selectedByBoth(x, y, p)) return true;
      i++;
      j++;
    }
  }
  return false;
}

function selectedByBoth(x: DimProfile, y: DimProfile, value: number): boolean {
  return (x.exclude.length === 0 || !contains(x.exclude, value)) && (y.exclude.length === 0 || !contains(y.exclude, value));
}

function contains(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid]!;
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** Same group, dimensions, values and ranges: a cheap test before comparing whole ICPs. */
export function sameProfile(a: CriterionProfile, b: CriterionProfile): boolean {
  if (a.group !== b.group || a.dims.length !== b.dims.length) return false;
  return a.dims.every((x, i) => {
    const y = b.dims[i]!;
    return x.dim === y.dim && sameIds(x.include, y.include) && sameIds(x.exclude, y.exclude) && sameRanges(x.ranges, y.ranges);
  });
}

function sameIds(x: Int32Array, y: Int32Array): boolean {
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

function sameRanges(x: Interval[] | null, y: Interval[] | null): boolean {
  if (x === null || y === null) return x === y;
  return x.length === y.length && x.every((r, i) => r.min === y[i]!.min && r.max === y[i]!.max);
}
