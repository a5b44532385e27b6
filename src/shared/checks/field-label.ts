import { rowLabel } from '../compare/compare-labels';
import type { CompareSection, PathSegment } from '../compare/diff-icps';

/*
 * A finding's field in the words the detail and Compare use: Compare's row labels ("Search 1",
 * "AI filter (2)", "Location › Country"), joined from the block to the field so a finding read
 * out of context still says where it is ("Search 1 › Location › Country").
 */

const SEPARATOR = ' \u203a ';

// Findings of one rule point at the same few fields across a workspace: each label is made once.
const labels = new Map<string, string>();
const LABELS_LIMIT = 10_000;

export function fieldLabel(path: readonly PathSegment[]): string {
  // Indexes and keys apart: a filter key "0" is not the first item.
  const key = path.map((segment) => (typeof segment === 'number' ? `#${segment}` : `:${segment}`)).join('\u0000');
  let label = labels.get(key);
  if (label === undefined) {
    label = labelOf(path);
    if (labels.size < LABELS_LIMIT) labels.set(key, label);
  }
  return label;
}

function labelOf(path: readonly PathSegment[]): string {
  const [first] = path;
  if (first === undefined) return 'ICP';
  if (first === 'leadProviderCriteria' && path.length >= 2) return nested(path, 'leadProviderCriteria', 2);
  if (first === 'customFilterCriteria' && path.length >= 3) return nested(path, 'customFilterCriteria', 3);
  if (first === 'crmFilters') {
    if (path.length === 1) return 'CRM filters';
    if (path[1] === 'filters' && typeof path[2] === 'number') return `CRM filters${SEPARATOR}Condition ${path[2] + 1}`;
    return `CRM filters${SEPARATOR}${rowLabel({ path: [...path], section: 'crmFilters', kind: 'field' })}`;
  }
  return rowLabel({ path: [first], section: 'icp', kind: 'field' });
}

function nested(path: readonly PathSegment[], section: CompareSection, blockLength: number): string {
  const block = rowLabel({ path: path.slice(0, blockLength), section, kind: 'block' });
  if (path.length === blockLength) return block;
  // Indexes inside a filter value (an item of an array of objects) mean nothing to a reviewer.
  const keys = [...path.slice(0, blockLength), ...path.slice(blockLength).filter((segment) => typeof segment === 'string')];
  if (keys.length === blockLength) return block;
  return block + SEPARATOR + rowLabel({ path: keys, section, kind: 'field' });
}
