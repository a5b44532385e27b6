/**
 * A small seeded PRNG (mulberry32) with the picks the generator needs. Not for anything secret:
 * it exists so the same seed gives the same demo data on every machine and run.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** 32 random bits as an unsigned integer. */
  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick() needs a non-empty list');
    return item;
  }

  /**
   * Between `min` and `max` distinct items, in their original order. The arrays are frozen and
   * shared between calls: generating 100,000 ICPs is mostly allocation, so the generator reuses
   * every list it can.
   */
  subset<T>(items: readonly T[], min: number, max: number): readonly T[] {
    const size = this.int(Math.min(min, items.length), Math.min(max, items.length));
    return this.pick(subsetsOf(items)[size] ?? [EMPTY]) as readonly T[];
  }
}

const EMPTY: readonly never[] = Object.freeze([]);
const subsetCache = new WeakMap<readonly unknown[], readonly (readonly unknown[])[][]>();

/** All subsets of `items`, grouped by size: `[size][i]`. Only for short lists (2^n subsets). */
function subsetsOf(items: readonly unknown[]): readonly (readonly unknown[])[][] {
  const cached = subsetCache.get(items);
  if (cached) return cached;
  if (items.length > 12) throw new RangeError('subset() is meant for short word lists');
  const bySize: (readonly unknown[])[][] = items.map(() => []);
  bySize.push([]);
  for (let mask = 0; mask < 1 << items.length; mask++) {
    const subset = items.filter((_, i) => (mask & (1 << i)) !== 0);
    bySize[subset.length]?.push(Object.freeze(subset));
  }
  subsetCache.set(items, bySize);
  return bySize;
}
