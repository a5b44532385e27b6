import { signatureOf } from '../compare/diff-icps';
import { searchTypeOf } from '../icp-facts';
import type { Icp, LeadProviderCriterion } from '../icp-schema';
import { mergeIntervals } from './numeric-ranges';
import { readCriterionFilters } from './read-filters';

/*
 * What a criterion selects, as one string: equal strings mean identical criteria however their
 * keys are spelled ("job_title" or "job_titles"), ordered or cased. Duplicates are ICPs whose
 * criteria have the same set of signatures.
 */

function criterionSignature(criterion: LeadProviderCriterion): string {
  const reading = readCriterionFilters(criterion);
  const parts = [searchTypeOf(criterion).type, criterion.provider.trim().toLowerCase()];
  const dims = [...reading.constraints.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const dim of dims) {
    const ranges = mergeIntervals(dim.ranges).map((r) => `${r.min}..${r.max}`);
    parts.push(`${dim.id}=${[...dim.include.keys()].sort().join('|')}!${[...dim.exclude.keys()].sort().join('|')}#${dim.rangeGiven ? ranges.join('|') : '-'}`);
  }
  // What could not be read still tells criteria apart.
  if (reading.unreadable.length > 0) parts.push(signatureOf(criterion.filters));
  return parts.join('\u0001');
}

export function icpSignature(icp: Icp): string {
  return [...new Set(icp.leadProviderCriteria.map(criterionSignature))].sort().join('\u0002');
}
