import { collapseRanges } from '../compare/collapse-ranges';
import { diffIcps, type CompareRow } from '../compare/diff-icps';
import type { Icp } from '../icp-schema';

/*
 * What a reviewer would see change between two versions of one ICP: Compare's own rows (the
 * same alignment, set semantics and range merging as the compare view), with the two versions as
 * columns A and B, keeping only the rows that differ. Left out:
 * - "Last updated": it moves with every save, so it makes a version "touched", never a change;
 * - a search, filter or CRM block marked changed: its field rows say what changed in it, and
 *   when none does, only the order of items inside a set moved (the block compares whole).
 */

const isUpdatedAt = (row: CompareRow) => row.path.length === 1 && row.path[0] === 'updatedAt';

export function changedRows(previous: Icp, next: Icp): CompareRow[] {
  const pair = [previous, next];
  return collapseRanges(diffIcps(pair), pair).filter(
    (row) => row.status !== 'same' && !isUpdatedAt(row) && !(row.kind === 'block' && row.status === 'changed'),
  );
}
