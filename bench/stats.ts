/** Order statistics for the bench: medians and percentiles, never means (machines are noisy). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/**
 * Runs `measure` `warmups` times (told so, and its values dropped), then `runs` times, and
 * returns the measured values.
 */
export async function repeat<T>(runs: number, warmups: number, measure: (warmup: boolean) => Promise<T>): Promise<T[]> {
  for (let i = 0; i < warmups; i += 1) await measure(true);
  const out: T[] = [];
  for (let i = 0; i < runs; i += 1) out.push(await measure(false));
  return out;
}
