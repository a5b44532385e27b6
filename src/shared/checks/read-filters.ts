import type { PathSegment } from '../compare/diff-icps';
import type { LeadProviderCriterion } from '../icp-schema';
import { normalizeForSearch } from '../search/normalize-text';
import { dimensionOf, keyWords, SIZE_DIMENSION, type Dimension } from './filter-dimensions';
import { numberFrom, readBucket, readRangeObject, type Interval, type RangeReading } from './numeric-ranges';

/*
 * Reads a lead provider criterion's `filters` (no fixed shape: the reference pages already
 * disagree) into what the rules and the overlap need: per dimension the values it includes and
 * excludes (compared case- and accent-insensitively) and its numeric ranges. Any JSON is read
 * without throwing; what has no readable shape is listed as unreadable and otherwise skipped.
 *
 * Shapes understood, at any depth: lists and single values; {min, max} ranges (numbers or
 * numeric strings); size buckets ("501-1000", "5001+") under the employee size dimension;
 * nested groups ({location: {country: [...]}}); arrays of objects (their values pooled per key);
 * include/exclude written as sub-keys ({job_title: {include, exclude}}), as a wrapper
 * ({exclude: {country: [...]}}) or in the key ("excluded_countries", "job_titles_exclude").
 */

export interface DimensionConstraint extends Dimension {
  /** Where its first value was read. */
  path: PathSegment[];
  /** Normalized value -> the value as first written. */
  include: Map<string, string>;
  exclude: Map<string, string>;
  /** Where its first excluded value was read (null: none). */
  excludePath: PathSegment[] | null;
  /** Included ranges; empty with rangeGiven when the only range given selects nothing. */
  ranges: Interval[];
  rangeGiven: boolean;
}

export interface FilterReading {
  constraints: Map<string, DimensionConstraint>;
  /** Lists holding a value more than once, ignoring case and accents. */
  repeats: { path: PathSegment[]; label: string; values: string[] }[];
  /** Ranges and buckets whose minimum is above their maximum. */
  inverted: { path: PathSegment[]; label: string; min: number; max: number }[];
  /** Keys whose value is empty (null, "", [] or {}): they limit nothing. */
  empties: { path: PathSegment[]; label: string }[];
  /** Values no dimension could be read from; skipped. */
  unreadable: PathSegment[][];
  /** Nothing in the filters includes, excludes or bounds anything. */
  empty: boolean;
}

/** A dimension limits a search when it includes values or gives a range. */
export const limits = (constraint: DimensionConstraint): boolean => constraint.include.size > 0 || constraint.rangeGiven;

type Mode = 'include' | 'exclude';

/** Where the walk is: the dimension keys so far, the dimension they name, include or exclude. */
interface Scope {
  keys: readonly string[];
  dimension: Dimension | null;
  mode: Mode;
}

const TOP: Scope = { keys: [], dimension: null, mode: 'include' };

const MAX_DEPTH = 24;
const KEEP_WORDS = new Set(['include', 'included', 'in', 'any_of', 'one_of', 'value', 'is', 'eq', 'equal']);
const EXCLUDE_WORDS = new Set(['exclude', 'excluded', 'exclusion', 'not', 'not_in', 'none_of', 'nin', 'ne', 'not_equal', 'must_not']);
const GROUP_WORDS = new Set(['and', 'or', 'any', 'all', 'filter', 'condition', 'item', 'group', 'must', 'should', 'criterion', 'criteria', 'rule']);
/** How a list is combined or matched, not what it selects: not read as a dimension. */
const MODIFIER_WORDS = new Set(['operator', 'op', 'match', 'match_type', 'mode', 'logic', 'combinator', 'case_sensitive', 'exact', 'strict']);
const EXCLUDE_PREFIXES = new Set(['exclude', 'excluded', 'not', 'without', 'except']);
const EXCLUDE_SUFFIXES = new Set(['exclude', 'excluded', 'exclusion']);

const readings = new WeakMap<object, FilterReading>();

/**
 * A criterion's filters read once for as long as the object is held (the rules and the overlap
 * both need them). Paths are relative to `filters`.
 */
export function readCriterionFilters(criterion: LeadProviderCriterion): FilterReading {
  const filters: unknown = criterion.filters;
  if (typeof filters !== 'object' || filters === null) return readFilters(filters, []);
  let reading = readings.get(filters);
  if (reading === undefined) {
    reading = readFilters(filters, []);
    readings.set(filters, reading);
  }
  return reading;
}

export function readFilters(filters: unknown, base: readonly PathSegment[]): FilterReading {
  const reading: FilterReading = { constraints: new Map(), repeats: [], inverted: [], empties: [], unreadable: [], empty: true };
  const isEmptyObject = typeof filters === 'object' && filters !== null && !Array.isArray(filters) && Object.keys(filters).length === 0;
  if (!isEmptyObject) walk(reading, filters, [...base], TOP, 0);
  for (const constraint of reading.constraints.values()) {
    if (limits(constraint) || constraint.exclude.size > 0) reading.empty = false;
  }
  // A shape ICP Desk cannot read may well limit the search: never call such filters empty.
  if (reading.unreadable.length > 0) reading.empty = false;
  return reading;
}

function walk(reading: FilterReading, value: unknown, path: PathSegment[], scope: Scope, depth: number): void {
  if (depth > MAX_DEPTH) {
    reading.unreadable.push(path);
    return;
  }
  if (value === null || value === undefined) {
    noteEmpty(reading, path, scope);
    return;
  }
  if (Array.isArray(value)) {
    readList(reading, value as unknown[], path, scope, depth);
    return;
  }
  if (typeof value === 'object') {
    readObject(reading, value as Record<string, unknown>, path, scope, depth);
    return;
  }
  if (scope.dimension === null) {
    reading.unreadable.push(path);
    return;
  }
  if (typeof value === 'string' && value.trim() === '') {
    noteEmpty(reading, path, scope);
    return;
  }
  addValue(reading, scope.dimension, path, scope.mode, value);
}

function readList(reading: FilterReading, list: readonly unknown[], path: PathSegment[], scope: Scope, depth: number): void {
  if (list.length === 0) {
    noteEmpty(reading, path, scope);
    return;
  }
  const { dimension, mode } = scope;
  let seen: Set<string> | null = null;
  let repeated: string[] | null = null;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (item === null || item === undefined) continue;
    if (typeof item === 'object') {
      walk(reading, item, [...path, index], scope, depth + 1);
      continue;
    }
    if (dimension === null) {
      reading.unreadable.push(path);
      return;
    }
    if (typeof item === 'string' && item.trim() === '') continue;
    const key = normalizedValue(item);
    seen ??= new Set();
    if (seen.has(key)) (repeated ??= []).push(displayValue(item));
    else seen.add(key);
    addValue(reading, dimension, path, mode, item);
  }
  if (repeated !== null && dimension !== null) reading.repeats.push({ path, label: dimension.label, values: [...new Set(repeated)] });
}

function readObject(reading: FilterReading, object: Record<string, unknown>, path: PathSegment[], scope: Scope, depth: number): void {
  const own = Object.keys(object);
  if (own.length === 0) {
    noteEmpty(reading, path, scope);
    return;
  }
  const range = readRangeObject(object);
  if (range !== null) {
    if (scope.dimension === null) reading.unreadable.push(path);
    else addRange(reading, scope.dimension, path, scope.mode, range);
    return;
  }
  for (const key of own) {
    if (keyMeaning(key).modifier) continue;
    walk(reading, object[key], [...path, key], enter(scope, key), depth + 1);
  }
}

/** The scope under a key: a dimension name, an include/exclude switch, or the same (a grouping word). */
function enter(scope: Scope, key: string): Scope {
  const meaning = keyMeaning(key);
  const mode: Mode = meaning.excludes ? 'exclude' : scope.mode;
  if (meaning.name === null) return mode === scope.mode ? scope : { ...scope, mode };
  const keys = [...scope.keys, meaning.name];
  return { keys, dimension: dimensionOf(keys), mode };
}

interface KeyMeaning {
  /** The dimension name the key adds; null for include/exclude and grouping words. */
  name: string | null;
  excludes: boolean;
  /** Says how values combine ("operator": "OR"), not which: skipped. */
  modifier: boolean;
}

const meanings = new Map<string, KeyMeaning>();

function keyMeaning(key: string): KeyMeaning {
  let meaning = meanings.get(key);
  if (meaning === undefined) {
    meaning = classifyKey(key);
    if (meanings.size < 10_000) meanings.set(key, meaning);
  }
  return meaning;
}

function classifyKey(key: string): KeyMeaning {
  const words = keyWords(key);
  const joined = words.join('_');
  if (MODIFIER_WORDS.has(joined)) return { name: null, excludes: false, modifier: true };
  if (joined === '' || KEEP_WORDS.has(joined) || GROUP_WORDS.has(joined)) return { name: null, excludes: false, modifier: false };
  if (EXCLUDE_WORDS.has(joined)) return { name: null, excludes: true, modifier: false };
  if (words.length > 1 && EXCLUDE_PREFIXES.has(words[0]!)) return { name: words.slice(1).join('_'), excludes: true, modifier: false };
  if (words.length > 1 && EXCLUDE_SUFFIXES.has(words[words.length - 1]!)) {
    return { name: words.slice(0, -1).join('_'), excludes: true, modifier: false };
  }
  return { name: key, excludes: false, modifier: false };
}

function constraintFor(reading: FilterReading, dimension: Dimension, path: PathSegment[]): DimensionConstraint {
  let constraint = reading.constraints.get(dimension.id);
  if (constraint === undefined) {
    // Named fields, not a spread of the dimension: the spread made reading four times slower.
    constraint = { id: dimension.id, label: dimension.label, path, include: new Map(), exclude: new Map(), excludePath: null, ranges: [], rangeGiven: false };
    reading.constraints.set(dimension.id, constraint);
  }
  return constraint;
}

function addValue(reading: FilterReading, dimension: Dimension, path: PathSegment[], mode: Mode, value: unknown): void {
  if (dimension.id === SIZE_DIMENSION && mode === 'include') {
    const number = typeof value === 'number' ? numberFrom(value) : null;
    const range: RangeReading | null =
      number !== null ? { kind: 'range', interval: { min: number, max: number } } : typeof value === 'string' ? readBucket(value) : null;
    if (range !== null) {
      addRange(reading, dimension, path, mode, range);
      return;
    }
  }
  const constraint = constraintFor(reading, dimension, path);
  const values = mode === 'include' ? constraint.include : constraint.exclude;
  if (mode === 'exclude' && constraint.excludePath === null) constraint.excludePath = path;
  const key = normalizedValue(value);
  if (!values.has(key)) values.set(key, displayValue(value));
}

function addRange(reading: FilterReading, dimension: Dimension, path: PathSegment[], mode: Mode, range: RangeReading): void {
  if (range.kind === 'inverted') reading.inverted.push({ path, label: dimension.label, min: range.min, max: range.max });
  // An excluded range is not compared: what it leaves is rarely one interval, and it never
  // makes two ICPs more alike.
  if (mode === 'exclude') return;
  const constraint = constraintFor(reading, dimension, path);
  constraint.rangeGiven = true;
  if (range.kind === 'range') constraint.ranges.push(range.interval);
}

function noteEmpty(reading: FilterReading, path: PathSegment[], scope: Scope): void {
  reading.empties.push({ path, label: scope.dimension?.label ?? 'Filters' });
}

export function normalizedValue(value: unknown): string {
  return typeof value === 'string' ? normalizeForSearch(value) : String(value);
}

function displayValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return typeof value === 'string' ? value.trim() : String(value);
}
