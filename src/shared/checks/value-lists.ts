import { normalizeForSearch } from '../search/normalize-text';

/*
 * Value lists compared as a reviewer reads them: "CTO", "cto" and "ČTO" are one value (search's
 * normalization), shown as first written.
 */

// A workspace repeats the same few thousand titles, countries and industries across its ICPs:
// each is normalized once. Bounded, so a workspace of unique values costs no more than before.
const keys = new Map<string, string>();
const KEYS_LIMIT = 50_000;

/** What two values are compared by. */
export function valueKey(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  let key = keys.get(value);
  if (key === undefined) {
    key = normalizeForSearch(value);
    if (keys.size < KEYS_LIMIT) keys.set(value, key);
  }
  return key;
}

/** How a value is named in a message. */
export function valueText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return typeof value === 'string' ? value.trim() : String(value);
}

/** Values listed more than once, each named once, as first written. */
export function repeatedValues(values: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  const repeated: string[] = [];
  for (const value of values) {
    if (value === null || typeof value === 'object') continue;
    const key = valueKey(value);
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    if (times === 2) repeated.push(valueText(value));
  }
  return repeated;
}

/** Values of `b` that `a` also lists, as `a` writes them. */
export function sharedValues(a: readonly unknown[], b: readonly unknown[]): string[] {
  const inB = new Set(b.filter((value) => value !== null && typeof value !== 'object').map(valueKey));
  const shared = new Map<string, string>();
  for (const value of a) {
    if (value === null || typeof value === 'object') continue;
    const key = valueKey(value);
    if (inB.has(key) && !shared.has(key)) shared.set(key, valueText(value));
  }
  return [...shared.values()];
}
