import { formatRange } from '../format/numbers';

/*
 * Numeric ranges in provider filters: {min, max} objects (bounds may be null, absent or numbers
 * sent as strings) and size buckets written as text ("501-1000", "1,001-5,000", "5001+").
 * Both become closed intervals, so a bucket can be compared with a range.
 */

/** Closed interval; an open end is -Infinity or Infinity. */
export interface Interval {
  min: number;
  max: number;
}

const NUMBER_TEXT = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$/;

/** 500, "500", "1,000" -> a number; anything else -> null. */
export function numberFrom(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return NUMBER_TEXT.test(text) ? Number(text.replaceAll(',', '')) : null;
}

export type RangeReading =
  | { kind: 'range'; interval: Interval }
  /** min above max: a range that selects nothing. */
  | { kind: 'inverted'; min: number; max: number };

/**
 * {min, max} with at least one numeric bound and no other keys; null when the object is not a
 * range (then it is read as a group of filters).
 */
export function readRangeObject(object: Record<string, unknown>): RangeReading | null {
  const keys = Object.keys(object);
  if (keys.length === 0 || keys.some((key) => key !== 'min' && key !== 'max')) return null;
  const min = object['min'];
  const max = object['max'];
  const low = numberFrom(min);
  const high = numberFrom(max);
  const isOpen = (bound: unknown, parsed: number | null) => parsed !== null || bound === null || bound === undefined;
  if (!isOpen(min, low) || !isOpen(max, high) || (low === null && high === null)) return null;
  if (low !== null && high !== null && low > high) return { kind: 'inverted', min: low, max: high };
  return { kind: 'range', interval: { min: low ?? -Infinity, max: high ?? Infinity } };
}

const BOUNDED_BUCKET = /^(\d[\d,]*)\s*[-\u2013\u2014]\s*(\d[\d,]*)$/;
const OPEN_BUCKET = /^(\d[\d,]*)\s*\+$/;
// Apollo-style "1,10": two bounds joined by a comma, told apart from "1,000" by the digit count.
const COMMA_BUCKET = /^(\d+),(\d+)$/;

/** "501-1000" -> [501, 1000], "5001+" -> [5001, ∞), "1000-500" -> inverted, else null. */
export function readBucket(text: string): RangeReading | null {
  const trimmed = text.trim();
  const open = OPEN_BUCKET.exec(trimmed);
  if (open) {
    const min = numberFrom(open[1]);
    return min === null ? null : { kind: 'range', interval: { min, max: Infinity } };
  }
  const bounded = BOUNDED_BUCKET.exec(trimmed) ?? (/^\d{1,3}(,\d{3})+$/.test(trimmed) ? null : COMMA_BUCKET.exec(trimmed));
  if (!bounded) return null;
  const min = numberFrom(bounded[1]);
  const max = numberFrom(bounded[2]);
  if (min === null || max === null) return null;
  return min > max ? { kind: 'inverted', min, max } : { kind: 'range', interval: { min, max } };
}

/** The parts two sets of intervals share, merged where they touch (501–1,000 + 1,001–5,000). */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const shared: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const min = Math.max(x.min, y.min);
      const max = Math.min(x.max, y.max);
      if (min <= max) shared.push({ min, max });
    }
  }
  return mergeIntervals(shared);
}

export function intervalsMeet(a: readonly Interval[], b: readonly Interval[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    for (let j = 0; j < b.length; j++) {
      const y = b[j]!;
      if (x.min <= y.max && y.min <= x.max) return true;
    }
  }
  return false;
}

export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => x.min - y.min || x.max - y.max);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    // Whole-number bounds that follow each other (…1,000 then 1,001…) are one run of sizes.
    const touches = last !== undefined && (next.min <= last.max || (Number.isInteger(last.max) && next.min === last.max + 1));
    if (last !== undefined && touches) last.max = Math.max(last.max, next.max);
    else merged.push({ ...next });
  }
  return merged;
}

/** "500 – 1,000", "≥ 5,001": the detail's range format. */
export function formatInterval(interval: Interval): string {
  const bound = (n: number) => (Number.isFinite(n) ? n : null);
  return formatRange({ min: bound(interval.min), max: bound(interval.max) });
}
