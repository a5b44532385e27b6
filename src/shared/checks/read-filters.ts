import type { PathSegment } from '../compare/diff-icps';
import type { LeadProviderCriterion } from '../icp-schema';
import { SIZE_DIMENSION, type Dimension } from './filter-dimensions';
import { enterKey, TOP_SCOPE, type Mode, type Scope } from './filter-keys';
import { numberFrom, readBucket, readRangeObject, type Interval, type RangeReading } from './numeric-ranges';
import { valueKey, valueText } from './value-lists';

/*
 * Reads a lead provider criterion's `filters` (no fixed shape: the reference pages already
 * disagree) into what the rules and the overlap need: per dimension the values it includes and
 * excludes (compared case- and accent-insensitively) and its numeric ranges. Any JSON is read
 * without throwing; what has no readable shape is listed as unreadable and otherwise skipped.
 *
 * Shapes understood, at any depth: lists and single values; {min, max} ranges (numbers or
 * numeric strings); size buckets ("501-1000", "5001+") under the employee size dimension;
 * nested groups ({location: {country: [...]}}); arrays of objects (their values pooled per key);
 * include/exclude as sub-keys, as a wrapper or in the key name (filter-keys.ts).
 */

export interface DimensionConstraint extends Dimension {
  /** Where its first value was read, relative to `filters`. */
  readonly path: PathSegment[];
  /** Normalized value -> the value as first written. */
  readonly include: ReadonlyMap<string, string>;
  readonly exclude: ReadonlyMap<string, string>;
  /** Where its first excluded value was read (null: none). */
  readonly excludePath: PathSegment[] | null;
  /** Included ranges; empty with rangeGiven when the only ranges given select nothing. */
  readonly ranges: Interval[];
  readonly rangeGiven: boolean;
}

const NO_VALUES: ReadonlyMap<string, string> = new Map();

/**
 * A constraint as the walk fills it. Most criteria exclude nothing and most constraints are
 * never reported, so the exclude map and the paths are made only when something needs them:
 * they were a good part of reading's allocations.
 */
class Constraint implements DimensionConstraint {
  include = new Map<string, string>();
  exclude: ReadonlyMap<string, string> = NO_VALUES;
  ranges: Interval[] = [];
  rangeGiven = false;
  private excludeTrail: Trail | null | undefined = undefined;

  constructor(
    readonly id: string,
    readonly label: string,
    private readonly trail: Trail | null,
  ) {}

  get path(): PathSegment[] {
    return pathOf(this.trail);
  }

  get excludePath(): PathSegment[] | null {
    return this.excludeTrail === undefined ? null : pathOf(this.excludeTrail);
  }

  excluded(trail: Trail | null): Map<string, string> {
    if (this.excludeTrail === undefined) {
      this.excludeTrail = trail;
      this.exclude = new Map();
    }
    return this.exclude as Map<string, string>;
  }
}

/** Paths are relative to the criterion's `filters`. */
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
const limits = (constraint: DimensionConstraint): boolean => constraint.include.size > 0 || constraint.rangeGiven;

/**
 * Where the walk is, as a linked list: most keys hold a value that is read and forgotten, so
 * an array path is only made for what a reading keeps.
 */
interface Trail {
  parent: Trail | null;
  segment: PathSegment;
}

function pathOf(trail: Trail | null): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at = trail; at !== null; at = at.parent) path.push(at.segment);
  return path.reverse();
}

const MAX_DEPTH = 24;
const readings = new WeakMap<object, FilterReading>();

/** A criterion's filters, read once for as long as the object is held (rules and overlap both need them). */
export function readCriterionFilters(criterion: LeadProviderCriterion): FilterReading {
  const filters: unknown = criterion.filters;
  if (typeof filters !== 'object' || filters === null) return readFilters(filters);
  let reading = readings.get(filters);
  if (reading === undefined) {
    reading = readFilters(filters);
    readings.set(filters, reading);
  }
  return reading;
}

export function readFilters(filters: unknown): FilterReading {
  const reading: FilterReading = { constraints: new Map(), repeats: [], inverted: [], empties: [], unreadable: [], empty: true };
  const isEmptyObject = typeof filters === 'object' && filters !== null && !Array.isArray(filters) && Object.keys(filters).length === 0;
  if (!isEmptyObject) walk(reading, filters, null, TOP_SCOPE, 0);
  for (const constraint of reading.constraints.values()) {
    if (limits(constraint) || constraint.exclude.size > 0) reading.empty = false;
  }
  // A shape ICP Desk cannot read may well limit the search: never call such filters empty.
  if (reading.unreadable.length > 0) reading.empty = false;
  return reading;
}

function walk(reading: FilterReading, value: unknown, trail: Trail | null, scope: Scope, depth: number): void {
  if (depth > MAX_DEPTH) {
    reading.unreadable.push(pathOf(trail));
  } else if (value === null || value === undefined) {
    noteEmpty(reading, trail, scope);
  } else if (Array.isArray(value)) {
    readList(reading, value as unknown[], trail, scope, depth);
  } else if (typeof value === 'object') {
    readObject(reading, value as Record<string, unknown>, trail, scope, depth);
  } else if (scope.dimension === null) {
    reading.unreadable.push(pathOf(trail));
  } else if (typeof value === 'string' && value.trim() === '') {
    noteEmpty(reading, trail, scope);
  } else {
    addValue(reading, scope.dimension, trail, scope.mode, value, valueKey(value));
  }
}

function readList(reading: FilterReading, list: readonly unknown[], trail: Trail | null, scope: Scope, depth: number): void {
  if (list.length === 0) {
    noteEmpty(reading, trail, scope);
    return;
  }
  const { dimension, mode } = scope;
  let seen: Set<string> | null = null;
  let repeated: Set<string> | null = null;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (item === null || item === undefined) continue;
    if (typeof item === 'object') {
      walk(reading, item, { parent: trail, segment: index }, scope, depth + 1);
      continue;
    }
    if (dimension === null) {
      reading.unreadable.push(pathOf(trail));
      return;
    }
    if (typeof item === 'string' && item.trim() === '') continue;
    const key = valueKey(item);
    seen ??= new Set();
    if (seen.has(key)) (repeated ??= new Set()).add(valueText(item));
    else seen.add(key);
    addValue(reading, dimension, trail, mode, item, key);
  }
  if (repeated !== null && dimension !== null) reading.repeats.push({ path: pathOf(trail), label: dimension.label, values: [...repeated] });
}

function readObject(reading: FilterReading, object: Record<string, unknown>, trail: Trail | null, scope: Scope, depth: number): void {
  const own = Object.keys(object);
  if (own.length === 0) {
    noteEmpty(reading, trail, scope);
    return;
  }
  const range = readRangeObject(object);
  if (range !== null) {
    if (scope.dimension === null) reading.unreadable.push(pathOf(trail));
    else addRange(reading, scope.dimension, trail, scope.mode, range);
    return;
  }
  for (const key of own) {
    const inner = enterKey(scope, key);
    if (inner !== null) walk(reading, object[key], { parent: trail, segment: key }, inner, depth + 1);
  }
}

function constraintFor(reading: FilterReading, dimension: Dimension, trail: Trail | null): Constraint {
  // Every constraint in a reading is made here.
  let constraint = reading.constraints.get(dimension.id) as Constraint | undefined;
  if (constraint === undefined) {
    constraint = new Constraint(dimension.id, dimension.label, trail);
    reading.constraints.set(dimension.id, constraint);
  }
  return constraint;
}

function addValue(reading: FilterReading, dimension: Dimension, trail: Trail | null, mode: Mode, value: unknown, key: string): void {
  if (dimension.id === SIZE_DIMENSION && mode === 'include') {
    const number = typeof value === 'number' ? numberFrom(value) : null;
    const range: RangeReading | null =
      number !== null ? { kind: 'range', interval: { min: number, max: number } } : typeof value === 'string' ? readBucket(value) : null;
    if (range !== null) {
      addRange(reading, dimension, trail, mode, range);
      return;
    }
  }
  const constraint = constraintFor(reading, dimension, trail);
  const values = mode === 'include' ? constraint.include : constraint.excluded(trail);
  if (!values.has(key)) values.set(key, valueText(value));
}

function addRange(reading: FilterReading, dimension: Dimension, trail: Trail | null, mode: Mode, range: RangeReading): void {
  if (range.kind === 'inverted') reading.inverted.push({ path: pathOf(trail), label: dimension.label, min: range.min, max: range.max });
  // An excluded range is not compared: what it leaves is rarely one interval, and it never
  // makes two ICPs more alike.
  if (mode === 'exclude') return;
  const constraint = constraintFor(reading, dimension, trail);
  constraint.rangeGiven = true;
  if (range.kind === 'range') constraint.ranges.push(range.interval);
}

function noteEmpty(reading: FilterReading, trail: Trail | null, scope: Scope): void {
  reading.empties.push({ path: pathOf(trail), label: scope.dimension?.label ?? 'Filters' });
}
