import { signatureOf } from '../compare/diff-icps';
import type { Icp } from '../icp-schema';
import { changedRows } from './version-rows';

/*
 * When a newly received copy of an ICP is a new version. Equality is on content:
 * - key order never matters (APIs and editors reorder keys);
 * - every field counts, including ones this app does not know and edits deep inside filters;
 * - updatedAt alone does not: a save that changed nothing else leaves the ICP "touched";
 * - neither does reordering what Compare treats as a set (list values, custom filters, CRM
 *   conditions): the targeting is the same and no row of the diff would show it, so it too is
 *   "touched". A version is therefore always something the change summary can name.
 */

export type VersionComparison = 'same' | 'touched' | 'changed';

/**
 * The ICP's content as one string (JSON with sorted keys, updatedAt left out): equal strings mean
 * equal content. Main keeps a hash of it per ICP so an unchanged refresh compares hashes only.
 */
export function contentKey(icp: Icp): string {
  const { updatedAt: _updatedAt, ...content } = icp;
  return signatureOf(content);
}

export function compareVersions(previous: Icp, next: Icp): VersionComparison {
  if (contentKey(previous) === contentKey(next)) return previous.updatedAt === next.updatedAt ? 'same' : 'touched';
  return changeBetween(previous, next);
}

/**
 * The second half of compareVersions, for two copies already known to differ in content (main
 * knows it from their content keys' hashes): a change if any row of the diff shows it.
 */
export function changeBetween(previous: Icp, next: Icp): 'changed' | 'touched' {
  return changedRows(previous, next).length > 0 ? 'changed' : 'touched';
}
