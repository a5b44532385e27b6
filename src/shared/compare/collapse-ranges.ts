import type { Icp } from '../icp-schema';
import { signatureOf, statusOf, type CompareRow } from './diff-icps';
import { ABSENT, valueAt } from './compare-paths';

/*
 * diffIcps splits {min, max} objects into a "min" row and a "max" row. Reviewers read employee
 * size as one quantity ("500 – 10,000" vs "50 – 200"), as the detail view shows it, so where
 * every ICP that has the object has a range there, the two rows become one row at the object's
 * path, its cells holding the whole range.
 */

export function isRange(value: unknown): value is { min?: number | null; max?: number | null } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length === 0 || keys.some((key) => key !== 'min' && key !== 'max')) return false;
  const bounds = keys.map((key) => (value as Record<string, unknown>)[key]);
  const isBound = (bound: unknown) => bound === null || (typeof bound === 'number' && Number.isFinite(bound));
  return bounds.every(isBound) && bounds.some((bound) => typeof bound === 'number');
}

export function collapseRanges(rows: readonly CompareRow[], icps: readonly Icp[]): CompareRow[] {
  const out: CompareRow[] = [];
  const merged = new Set<string>();
  for (const row of rows) {
    const last = row.path[row.path.length - 1];
    if (row.kind !== 'field' || (last !== 'min' && last !== 'max') || row.path.length < 2) {
      out.push(row);
      continue;
    }
    const parentPath = row.path.slice(0, -1);
    const key = JSON.stringify(parentPath);
    if (merged.has(key)) continue;
    const values = icps.map((icp) => valueAt(icp, parentPath));
    const present = values.filter((value) => value !== ABSENT);
    if (present.length === 0 || !present.every(isRange)) {
      out.push(row);
      continue;
    }
    merged.add(key);
    out.push({
      key,
      path: parentPath,
      section: row.section,
      kind: 'field',
      status: statusOf(values.map((value) => (value === ABSENT ? null : signatureOf(value)))),
      cells: values.map((value) => (value === ABSENT ? { kind: 'absent' } : { kind: 'value', value })),
    });
  }
  return out;
}
