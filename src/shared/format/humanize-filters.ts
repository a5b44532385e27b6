import { toDisplayJson } from './display-json';
import { humanizeKey } from './humanize-key';
import { formatRange } from './numbers';

export { humanizeKey } from './humanize-key';

/*
 * A provider's `filters` object has no fixed shape (the two reference pages already disagree),
 * so the UI renders this tree instead of the object. Every key becomes exactly one node, in the
 * object's own key order; what has no better form is shown as JSON. Nothing here throws, for
 * any JSON value.
 *
 * Numbers are shown exactly as sent (String(n)) except in ranges: scalars and lists are often
 * codes (NAICS 541511, SIC 7372, a year) that thousands separators would corrupt, while a
 * {min, max} pair is a quantity ("500 – 10,000").
 */

export type FilterNode =
  /** Arrays of strings and/or numbers: one chip per item, as given ("501-1000", "5001+"). */
  | { kind: 'chips'; key: string; label: string; values: string[] }
  /** Objects with only `min` and/or `max`, at least one a number (null means unbounded). */
  | { kind: 'range'; key: string; label: string; text: string; min?: number; max?: number }
  /** Strings, numbers, booleans ("Yes"/"No"). An empty string stays "" for the UI to mark. */
  | { kind: 'text'; key: string; label: string; value: string }
  /** Non-empty plain objects that are not ranges. */
  | { kind: 'group'; key: string; label: string; children: FilterNode[] }
  /** Everything else: null, empty arrays/objects, arrays of objects, mixed arrays, too deep. */
  | { kind: 'json'; key: string; label: string; json: string };

/** Deeper groups are shown as JSON: past this a tree is no easier to read than the JSON. */
export const MAX_GROUP_DEPTH = 12;

export function humanizeFilters(filters: Record<string, unknown>): FilterNode[] {
  return humanizeObject(filters, 0);
}

function humanizeObject(object: Record<string, unknown>, depth: number): FilterNode[] {
  // Own keys only: JSON.parse makes "__proto__" an own key, and reading it back by name returns
  // that own value, not the prototype.
  return Object.keys(object).map((key) => humanizeEntry(key, object[key], depth));
}

function humanizeEntry(key: string, value: unknown, depth: number): FilterNode {
  const label = humanizeKey(key);
  if (typeof value === 'string') return { kind: 'text', key, label, value };
  if (typeof value === 'number') return { kind: 'text', key, label, value: String(value) };
  if (typeof value === 'boolean') return { kind: 'text', key, label, value: value ? 'Yes' : 'No' };

  if (Array.isArray(value)) {
    const values = chipValues(value);
    if (values !== null) return { kind: 'chips', key, label, values };
  } else if (isPlainObject(value)) {
    const range = rangeOf(value);
    if (range !== null) return { kind: 'range', key, label, ...range };
    if (Object.keys(value).length > 0 && depth < MAX_GROUP_DEPTH) {
      return { kind: 'group', key, label, children: humanizeObject(value, depth + 1) };
    }
  }
  return { kind: 'json', key, label, json: toDisplayJson(value) };
}

function chipValues(array: readonly unknown[]): string[] | null {
  if (array.length === 0) return null;
  const values: string[] = new Array<string>(array.length);
  for (let i = 0; i < array.length; i++) {
    const item = array[i];
    if (typeof item === 'string') values[i] = item;
    else if (typeof item === 'number' && Number.isFinite(item)) values[i] = String(item);
    else return null;
  }
  return values;
}

type RangeParts = { text: string; min?: number; max?: number };

function rangeOf(object: Record<string, unknown>): RangeParts | null {
  const keys = Object.keys(object);
  if (keys.length === 0 || keys.some((key) => key !== 'min' && key !== 'max')) return null;
  const min = object['min'];
  const max = object['max'];
  if (!isBound(min) || !isBound(max)) return null;
  if (typeof min !== 'number' && typeof max !== 'number') return null;
  const parts: RangeParts = { text: formatRange({ min, max }) };
  if (typeof min === 'number') parts.min = min;
  if (typeof max === 'number') parts.max = max;
  return parts;
}

function isBound(value: unknown): value is number | null | undefined {
  return value === undefined || value === null || (typeof value === 'number' && Number.isFinite(value));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
