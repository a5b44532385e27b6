import type { CustomFilter, Icp } from '../icp-schema';

/*
 * Side-by-side comparison of ICPs as rows aligned by path, so the compare view can show
 * "job titles differ, employee size max differs, everything else is the same" at a glance.
 * Data only: labels and formatting are the renderer's job (humanizeKey, describeCustomFilter).
 *
 * Alignment:
 * - Top-level fields by name (id is left out: the column headers identify the ICPs).
 * - Lead provider criteria by index; their filters recursively by key path
 *   (["leadProviderCriteria", 0, "filters", "company", "employee_size", "max"]). Keys are
 *   unioned in first-seen order, so "job_title" and "job_titles" are two rows, each absent on
 *   one side.
 * - Custom filters by type, then by occurrence of that type (an ICP may hold two "ai" filters):
 *   ["customFilterCriteria", "ai", 0, "prompt"]. Reordering filters is not a change.
 * - CRM filters by field; null and a missing crmFilters both mean "none": absent cells, and no
 *   CRM rows at all when no ICP has any. Its conditions are a set (order does not change what
 *   they select); a condition that differs in any way is one item out and one item in.
 *
 * Values: recursion continues while every ICP that has a value there has a non-empty plain
 * object. Arrays whose items are all primitives, and CRM condition lists, are compared as sets
 * with a per-item mark; anything else (arrays of objects, mixed shapes) is compared as a whole
 * by JSON equality that ignores object key order.
 *
 * Status: with two ICPs it is relative to the first ('added' = only the second has it). With
 * one it is 'same'. With three or more it is 'same' (every ICP has an equal value) or
 * 'different'; cells say which ICPs have a value.
 */

export type PathSegment = string | number;

export type CompareStatus = 'same' | 'changed' | 'added' | 'removed' | 'different';

export type CompareSection = 'icp' | 'leadProviderCriteria' | 'customFilterCriteria' | 'crmFilters';

type SetItem = {
  value: unknown;
  /** Every compared ICP has this item. */
  inAll: boolean;
  /** How many compared ICPs have it. */
  count: number;
};

export type CompareCell =
  | { kind: 'absent' }
  | { kind: 'value'; value: unknown }
  /** Items in this ICP's order, duplicates removed. */
  | { kind: 'set'; items: SetItem[] };

export type CompareRow = {
  /** Unique among the rows; stable for the same path. */
  key: string;
  path: PathSegment[];
  section: CompareSection;
  /**
   * 'block' heads one lead provider criterion, one custom filter or the CRM filters; its cells
   * hold the whole object and its status says whether anything inside differs. The 'field'
   * rows under it follow.
   */
  kind: 'block' | 'field';
  status: CompareStatus;
  /** One per ICP, in the order given. */
  cells: CompareCell[];
};

/** Past this depth a value is compared whole: deeper rows would be unreadable anyway. */
const MAX_DIFF_DEPTH = 24;

const TOP_LEVEL_FIELDS = ['name', 'description', 'activeUntil', 'leadsPerList', 'userIds', 'createdAt', 'updatedAt'];
const NOT_DIFFED_GENERICALLY = new Set(['id', ...TOP_LEVEL_FIELDS, 'leadProviderCriteria', 'customFilterCriteria', 'crmFilters']);
const CRITERION_FIELDS = ['provider', 'type', 'filters'];
const CRM_FIELDS = ['provider', 'textSearch', 'query', 'filters'];

/** A cell's input: the ICP's value at a path, or ABSENT when it has no such key. */
const ABSENT: unique symbol = Symbol('absent');
type Slot = unknown;

type Emit = (row: CompareRow) => void;

export function diffIcps(icps: readonly Icp[]): CompareRow[] {
  const rows: CompareRow[] = [];
  if (icps.length === 0) return rows;
  const emit: Emit = (row) => rows.push(row);

  for (const field of TOP_LEVEL_FIELDS) {
    diffSlots(
      [field],
      icps.map((icp) => ownValue(icp, field)),
      'icp',
      emit,
      0,
    );
  }
  for (const key of unionKeys(icps)) {
    if (NOT_DIFFED_GENERICALLY.has(key)) continue;
    diffSlots(
      [key],
      icps.map((icp) => ownValue(icp, key)),
      'icp',
      emit,
      0,
    );
  }

  diffCriteria(icps, emit);
  diffCustomFilters(icps, emit);
  diffCrmFilters(icps, emit);
  return rows;
}

function diffCriteria(icps: readonly Icp[], emit: Emit): void {
  const count = Math.max(...icps.map((icp) => icp.leadProviderCriteria.length));
  for (let index = 0; index < count; index++) {
    const criteria = icps.map((icp) => icp.leadProviderCriteria[index] ?? ABSENT);
    const base: PathSegment[] = ['leadProviderCriteria', index];
    emit(wholeRow(base, criteria, 'leadProviderCriteria', 'block'));
    for (const field of CRITERION_FIELDS) {
      diffSlots(
        [...base, field],
        criteria.map((c) => ownValue(c, field)),
        'leadProviderCriteria',
        emit,
        0,
      );
    }
    for (const key of unionKeys(criteria)) {
      if (CRITERION_FIELDS.includes(key)) continue;
      diffSlots(
        [...base, key],
        criteria.map((c) => ownValue(c, key)),
        'leadProviderCriteria',
        emit,
        0,
      );
    }
  }
}

function diffCustomFilters(icps: readonly Icp[], emit: Emit): void {
  // type -> per ICP, that ICP's filters of the type in their original order.
  const byType = new Map<string, CustomFilter[][]>();
  icps.forEach((icp, icpIndex) => {
    for (const filter of icp.customFilterCriteria) {
      let perIcp = byType.get(filter.type);
      if (perIcp === undefined) {
        perIcp = icps.map(() => []);
        byType.set(filter.type, perIcp);
      }
      perIcp[icpIndex]?.push(filter);
    }
  });
  for (const [type, perIcp] of byType) {
    const count = Math.max(...perIcp.map((filters) => filters.length));
    for (let occurrence = 0; occurrence < count; occurrence++) {
      const filters = perIcp.map((list) => list[occurrence] ?? ABSENT);
      const base: PathSegment[] = ['customFilterCriteria', type, occurrence];
      emit(wholeRow(base, filters, 'customFilterCriteria', 'block'));
      for (const key of unionKeys(filters)) {
        if (key === 'type') continue;
        diffSlots(
          [...base, key],
          filters.map((f) => ownValue(f, key)),
          'customFilterCriteria',
          emit,
          0,
        );
      }
    }
  }
}

function diffCrmFilters(icps: readonly Icp[], emit: Emit): void {
  // null and a missing crmFilters both mean "no CRM filters": an absent cell either way.
  const crms: Slot[] = icps.map((icp) => icp.crmFilters ?? ABSENT);
  if (crms.every((crm) => crm === ABSENT)) return;
  emit(wholeRow(['crmFilters'], crms, 'crmFilters', 'block'));
  for (const field of CRM_FIELDS) {
    const values = crms.map((crm) => ownValue(crm, field));
    const isConditionList = field === 'filters' && values.some(Array.isArray) && values.every((v) => v === ABSENT || Array.isArray(v));
    if (isConditionList) {
      emit(setRow(['crmFilters', field], values, 'crmFilters'));
    } else {
      diffSlots(['crmFilters', field], values, 'crmFilters', emit, 0);
    }
  }
  for (const key of unionKeys(crms)) {
    if (CRM_FIELDS.includes(key)) continue;
    diffSlots(
      ['crmFilters', key],
      crms.map((crm) => ownValue(crm, key)),
      'crmFilters',
      emit,
      0,
    );
  }
}

// ---- generic recursion ------------------------------------------------------------------------

function diffSlots(path: PathSegment[], slots: readonly Slot[], section: CompareSection, emit: Emit, depth: number): void {
  const present = slots.filter((slot) => slot !== ABSENT);
  if (present.length === 0) return;
  if (depth < MAX_DIFF_DEPTH && present.every(isNonEmptyPlainObject)) {
    for (const key of unionKeys(slots)) {
      diffSlots(
        [...path, key],
        slots.map((slot) => ownValue(slot, key)),
        section,
        emit,
        depth + 1,
      );
    }
    return;
  }
  if (present.every(isPrimitiveArray)) {
    emit(setRow(path, slots, section));
    return;
  }
  emit(wholeRow(path, slots, section, 'field'));
}

function wholeRow(path: PathSegment[], slots: readonly Slot[], section: CompareSection, kind: CompareRow['kind']): CompareRow {
  const cells: CompareCell[] = slots.map((slot) => (slot === ABSENT ? { kind: 'absent' } : { kind: 'value', value: slot }));
  const signatures = slots.map((slot) => (slot === ABSENT ? null : signatureOf(slot)));
  return { key: JSON.stringify(path), path, section, kind, status: statusOf(signatures), cells };
}

/** Compares arrays as sets of items, by each item's JSON (so "1" and 1 are different items). */
function setRow(path: PathSegment[], slots: readonly Slot[], section: CompareSection): CompareRow {
  const itemsPerCell = slots.map((slot) => {
    if (!Array.isArray(slot)) return null;
    const items = new Map<string, unknown>();
    for (const item of slot as unknown[]) {
      const signature = signatureOf(item);
      if (!items.has(signature)) items.set(signature, item);
    }
    return items;
  });
  const counts = new Map<string, number>();
  for (const items of itemsPerCell) {
    if (items === null) continue;
    for (const signature of items.keys()) counts.set(signature, (counts.get(signature) ?? 0) + 1);
  }
  const total = slots.length;
  const cells: CompareCell[] = itemsPerCell.map((items) => {
    if (items === null) return { kind: 'absent' };
    const marked: SetItem[] = [];
    for (const [signature, value] of items) {
      const count = counts.get(signature) ?? 0;
      marked.push({ value, inAll: count === total, count });
    }
    return { kind: 'set', items: marked };
  });
  const signatures = itemsPerCell.map((items) => (items === null ? null : [...items.keys()].sort().join('\u0000')));
  return { key: JSON.stringify(path), path, section, kind: 'field', status: statusOf(signatures), cells };
}

/** A row's status from each ICP's signature (null: absent): relative to the first with two ICPs, same/different with more. */
export function statusOf(signatures: readonly (string | null)[]): CompareStatus {
  if (signatures.length === 2) {
    const [first, second] = signatures;
    if (first === null) return second === null ? 'same' : 'added';
    if (second === null) return 'removed';
    return first === second ? 'same' : 'changed';
  }
  const first = signatures[0];
  if (first === null || first === undefined) return signatures.length <= 1 ? 'same' : 'different';
  return signatures.every((signature) => signature === first) ? 'same' : 'different';
}

// ---- values -----------------------------------------------------------------------------------

function ownValue(container: Slot, key: PathSegment): Slot {
  if (typeof container !== 'object' || container === null) return ABSENT;
  // hasOwn, not `in`: "constructor" or "__proto__" must not find Object.prototype's members.
  if (!Object.hasOwn(container, key)) return ABSENT;
  return (container as Record<PathSegment, unknown>)[key];
}

function unionKeys(slots: readonly Slot[]): string[] {
  const seen = new Set<string>();
  const keys: string[] = [];
  for (const slot of slots) {
    if (typeof slot !== 'object' || slot === null || Array.isArray(slot)) continue;
    for (const key of Object.keys(slot)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  return keys;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isNonEmptyPlainObject(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).length > 0;
}

function isPrimitiveArray(value: unknown): boolean {
  return Array.isArray(value) && (value as unknown[]).every((item) => item === null || typeof item !== 'object');
}

/** Keys of values that have no JSON form, one per value: see signatureOf. */
const opaqueKeys = new WeakMap<object, string>();
let opaqueCount = 0;

function opaqueKey(value: unknown): string {
  const key = `\u0000unserializable ${++opaqueCount}`;
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') return key;
  const known = opaqueKeys.get(value);
  if (known !== undefined) return known;
  opaqueKeys.set(value, key);
  return key;
}

// What the work stack of signatureOf holds: a value to write, text to write as is, or the end of
// a container (which leaves the set of containers being written, for cycle checks).
const VALUE = 0;
const TEXT = 1;
const LEAVE = 2;

/**
 * Equality key: JSON with object keys sorted, so key order (which differs between API versions
 * and editors) is not a change. Written with an explicit stack, so no depth overflows it and two
 * deep values that differ get different keys. A value that has no JSON form (a cycle, a function,
 * a symbol) gets a key of its own, so it is never reported equal to another value.
 */
export function signatureOf(value: unknown): string {
  const out: string[] = [];
  const kinds: number[] = [VALUE];
  const items: unknown[] = [value];
  const open = new Set<object>();
  while (kinds.length > 0) {
    const kind = kinds.pop();
    const item = items.pop();
    if (kind === TEXT) {
      out.push(item as string);
      continue;
    }
    if (kind === LEAVE) {
      open.delete(item as object);
      continue;
    }
    if (item === undefined) out.push('undefined');
    else if (typeof item === 'bigint') out.push(`${item.toString()}n`);
    else if (typeof item === 'function' || typeof item === 'symbol') return opaqueKey(value);
    else if (typeof item !== 'object' || item === null) out.push(JSON.stringify(item));
    else if (open.has(item)) return opaqueKey(value);
    else {
      open.add(item);
      kinds.push(LEAVE);
      items.push(item);
      // Pushed in reverse: the stack writes the opening bracket first and the closing one last.
      if (Array.isArray(item)) {
        kinds.push(TEXT);
        items.push(']');
        for (let i = item.length - 1; i >= 0; i--) {
          kinds.push(VALUE, TEXT);
          items.push(item[i], i === 0 ? '[' : ',');
        }
        if (item.length === 0) {
          kinds.push(TEXT);
          items.push('[');
        }
      } else {
        const record = item as Record<string, unknown>;
        const keys = Object.keys(record).sort();
        kinds.push(TEXT);
        items.push('}');
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i]!;
          kinds.push(VALUE, TEXT);
          items.push(record[key], `${i === 0 ? '{' : ','}${JSON.stringify(key)}:`);
        }
        if (keys.length === 0) {
          kinds.push(TEXT);
          items.push('{');
        }
      }
    }
  }
  return out.join('');
}
