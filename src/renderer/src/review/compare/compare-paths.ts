import type { Icp } from '../../../../shared/icp-schema';
import type { CompareStatus, PathSegment } from '../../../../shared/compare/diff-icps';

/*
 * Reading an ICP at a compare row's path. diffIcps addresses custom filters by type and
 * occurrence (["customFilterCriteria", "ai", 1, "prompt"]: the second AI filter), everything
 * else by plain keys and indexes.
 */

export const ABSENT: unique symbol = Symbol('absent');
export type Found = unknown;

export function valueAt(icp: Icp, path: readonly PathSegment[]): Found {
  let at: unknown = icp;
  let index = 0;
  if (path[0] === 'customFilterCriteria' && path.length >= 3) {
    const [, type, occurrence] = path;
    const filters = icp.customFilterCriteria.filter((filter) => filter.type === type);
    at = filters[occurrence as number];
    if (at === undefined) return ABSENT;
    index = 3;
  }
  for (; index < path.length; index++) {
    const key = path[index]!;
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return ABSENT;
    at = (at as Record<PathSegment, unknown>)[key];
  }
  return at;
}

/** Same rules as diffIcps: with two ICPs relative to the first, with more same/different. */
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

/** JSON with sorted object keys: key order is not a difference (as in diffIcps). */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${(value as unknown[]).map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
    .join(',')}}`;
}
