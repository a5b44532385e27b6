import type { CriterionProfile, DimProfile } from './criterion-profile';

/*
 * The inverted index the overlap looks candidates up in, instead of comparing all pairs:
 * postings per included value, and per dimension the criteria that leave it open (no list, or
 * no range), which no value of that dimension can rule out. A criterion's candidates are those
 * its cheapest dimension cannot rule out, less those its second and third cheapest can; only
 * they are compared in full. Candidates are written into one reused buffer: at 100,000 ICPs this loop
 * runs millions of times, and closures or fresh arrays per criterion showed in the profile.
 */

interface RangeEntry {
  min: number;
  max: number;
  criterion: number;
}

/** Where a criterion's candidates come from: one of its dimensions, and how many that yields at most. */
interface Source {
  cost: number;
  /** Ascending lists of criterion indexes (postings, and the criteria that leave the dimension open). */
  lists: readonly (readonly number[])[];
  /** For a range dimension: its ranges, against the group's range entries sorted by min. */
  ranges: { own: readonly { min: number; max: number }[]; entries: readonly RangeEntry[] } | null;
}

export class CandidateIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly byGroup = new Map<number, number[]>();
  private readonly openOnValues = new Map<number, number[]>();
  private readonly openOnRanges = new Map<number, number[]>();
  private readonly rangeEntries = new Map<number, RangeEntry[]>();
  private readonly marks: Int32Array;
  private readonly thirdMarks: Int32Array;
  private buffer: Int32Array;
  private length = 0;

  constructor(private readonly criteria: readonly CriterionProfile[]) {
    this.marks = new Int32Array(criteria.length).fill(-1);
    this.thirdMarks = new Int32Array(criteria.length).fill(-1);
    this.buffer = new Int32Array(1024);
    criteria.forEach((criterion, index) => {
      push(this.byGroup, criterion.group, index);
      for (const dim of criterion.dims) {
        for (const value of dim.include) push(this.postings, value, index);
        for (const interval of dim.ranges ?? []) push(this.rangeEntries, dim.dim, { min: interval.min, max: interval.max, criterion: index });
      }
    });
    for (const entries of this.rangeEntries.values()) entries.sort((x, y) => x.min - y.min);
  }

  /**
   * Candidates of criterion `aIndex` among the criteria at `from` and after, possibly repeated;
   * valid until the next call. Every criterion that overlaps it is among them.
   */
  candidates(aIndex: number, from: number): { buffer: Int32Array; length: number } {
    const a = this.criteria[aIndex]!;
    const sources: Source[] = [];
    for (const dim of a.dims) {
      const source = this.sourceFor(a.group, dim);
      if (source !== null) sources.push(source);
    }
    sources.sort((x, y) => x.cost - y.cost);
    const [first, second] = sources;
    // A third dimension helps when it is a list; a range one only when about as selective:
    // scanning a broad range (a wide size band) costs more than the comparisons it saves.
    const next = sources[2];
    const third = first !== undefined && next !== undefined && (next.ranges === null || next.cost <= 2 * first.cost) ? next : undefined;
    this.length = 0;
    if (first === undefined) {
      this.collect({ cost: 0, lists: [this.byGroup.get(a.group) ?? []], ranges: null }, from, -1);
    } else if (second === undefined) {
      this.collect(first, from, -1);
    } else if (third === undefined) {
      this.mark(this.marks, second, from, aIndex, null);
      this.collect(first, from, aIndex);
    } else {
      // Marked by the third, then by the second only where the third marked: the first then
      // keeps what none of the three can rule out.
      this.mark(this.thirdMarks, third, from, aIndex, null);
      this.mark(this.marks, second, from, aIndex, this.thirdMarks);
      this.collect(first, from, aIndex);
    }
    return { buffer: this.buffer, length: this.length };
  }

  /** Adds the source's criteria to the buffer; with `markedBy` >= 0 only those it marked. */
  private collect(source: Source, from: number, markedBy: number): void {
    const marks = this.marks;
    for (const list of source.lists) {
      for (let at = lowerBound(list, from); at < list.length; at++) {
        const index = list[at]!;
        if (markedBy < 0 || marks[index] === markedBy) this.add(index);
      }
    }
    if (source.ranges !== null) {
      for (const interval of source.ranges.own) {
        for (const entry of source.ranges.entries) {
          if (entry.min > interval.max) break;
          if (entry.max >= interval.min && entry.criterion >= from && (markedBy < 0 || marks[entry.criterion] === markedBy)) this.add(entry.criterion);
        }
      }
    }
  }

  /** Marks the source's criteria with `by`; with `onlyMarkedIn`, only those it already marked with `by`. */
  private mark(marks: Int32Array, source: Source, from: number, by: number, onlyMarkedIn: Int32Array | null): void {
    for (const list of source.lists) {
      for (let at = lowerBound(list, from); at < list.length; at++) {
        const index = list[at]!;
        if (onlyMarkedIn === null || onlyMarkedIn[index] === by) marks[index] = by;
      }
    }
    if (source.ranges !== null) {
      const entries: readonly RangeEntry[] = source.ranges.entries;
      for (const interval of source.ranges.own) {
        for (const entry of entries) {
          if (entry.min > interval.max) break;
          const index = entry.criterion;
          if (entry.max >= interval.min && index >= from && (onlyMarkedIn === null || onlyMarkedIn[index] === by)) marks[index] = by;
        }
      }
    }
  }

  private add(index: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = index;
  }

  private sourceFor(group: number, dim: DimProfile): Source | null {
    const listed = dim.include.length > 0;
    const ranged = dim.ranges !== null;
    if (listed && !ranged) {
      const open = this.open(this.openOnValues, group, dim.dim, (d) => d.include.length > 0);
      const lists: (readonly number[])[] = [open];
      let cost = open.length;
      for (const value of dim.include) {
        const posting = this.postings.get(value);
        if (posting === undefined) continue;
        lists.push(posting);
        cost += posting.length;
      }
      return { cost, lists, ranges: null };
    }
    if (ranged && !listed) {
      const open = this.open(this.openOnRanges, group, dim.dim, (d) => d.ranges !== null);
      const entries = this.rangeEntries.get(dim.dim) ?? [];
      return { cost: open.length + entries.length, lists: [open], ranges: { own: dim.ranges!, entries } };
    }
    // Exclusions only, or a list and ranges together: this dimension rules out too little to help.
    return null;
  }

  /** Criteria of the group that do not constrain `dim` in the given way (built once per dimension). */
  private open(cache: Map<number, number[]>, group: number, dim: number, constrains: (d: DimProfile) => boolean): number[] {
    let open = cache.get(dim);
    if (open === undefined) {
      open = (this.byGroup.get(group) ?? []).filter((index) => {
        const found = this.criteria[index]!.dims.find((d) => d.dim === dim);
        return found === undefined || !constrains(found);
      });
      cache.set(dim, open);
    }
    return open;
  }
}

function lowerBound(sorted: readonly number[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
