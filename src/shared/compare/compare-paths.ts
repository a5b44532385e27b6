import type { Icp } from '../icp-schema';
import type { PathSegment } from './diff-icps';

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
