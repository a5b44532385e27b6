import type { PathSegment } from '../compare/diff-icps';
import { formatNumber } from '../format/numbers';
import { searchTypeOf } from '../icp-facts';
import type { Icp, LeadProviderCriterion } from '../icp-schema';
import type { Finding } from './finding';
import { makeFinding, quoteList } from './make-finding';
import { readCriterionFilters } from './read-filters';

/*
 * Rules on lead provider criteria. Filters are read by read-filters.ts, whatever their shape;
 * a provider or search type ICP Desk does not know gets a note and no other finding, since its
 * filters may mean something else there.
 */

/** The lead providers the reference pages document. */
const KNOWN_PROVIDERS: ReadonlySet<string> = new Set(['baseProvider']);

export function checkCriteria(icp: Icp): Finding[] {
  if (icp.leadProviderCriteria.length === 0) {
    return [makeFinding('no-criteria', 'This ICP has no lead provider criteria: there is nothing to search for.', ['leadProviderCriteria'])];
  }
  return icp.leadProviderCriteria.flatMap((criterion, index) => checkCriterion(criterion, index));
}

function checkCriterion(criterion: LeadProviderCriterion, index: number): Finding[] {
  const base: PathSegment[] = ['leadProviderCriteria', index];
  const search = `Search ${index + 1}`;
  if (!KNOWN_PROVIDERS.has(criterion.provider)) {
    const message = `${search} uses the provider \u201c${criterion.provider}\u201d, which ICP Desk does not know: its filters are not checked.`;
    return [makeFinding('unknown-provider', message, [...base, 'provider'])];
  }
  const { type, known } = searchTypeOf(criterion);
  if (!known) {
    const message = `${search} has the search type \u201c${type}\u201d, which ICP Desk does not know: its filters are not checked.`;
    return [makeFinding('unknown-search-type', message, [...base, 'type'])];
  }
  const filtersPath: PathSegment[] = [...base, 'filters'];
  const at = (path: readonly PathSegment[]) => [...filtersPath, ...path];
  const reading = readCriterionFilters(criterion);
  const findings: Finding[] = [];
  if (reading.empty) {
    findings.push(makeFinding('empty-filters', `${search} has empty filters: it does not say whom to look for.`, filtersPath));
  } else {
    for (const { path, label } of reading.empties) {
      findings.push(makeFinding('empty-filter-value', `${label} in ${search.toLowerCase()} is empty: it limits nothing.`, at(path)));
    }
  }
  for (const { path, label, min, max } of reading.inverted) {
    const message = `${label} in ${search.toLowerCase()} runs from ${formatNumber(min)} down to ${formatNumber(max)}: its minimum is above its maximum, so it selects nothing.`;
    findings.push(makeFinding('range-inverted', message, at(path)));
  }
  for (const constraint of reading.constraints.values()) {
    if (constraint.exclude.size === 0) continue;
    const both = [...constraint.exclude.keys()].filter((key) => constraint.include.has(key)).map((key) => constraint.include.get(key)!);
    if (both.length === 0) continue;
    const verb = both.length === 1 ? 'is' : 'are';
    const message = `${quoteList(both)} ${verb} both included and excluded in ${constraint.label} (${search.toLowerCase()}).`;
    findings.push(makeFinding('include-exclude-conflict', message, at(constraint.excludePath ?? constraint.path)));
  }
  for (const { path, label, values } of reading.repeats) {
    const message = `${label} in ${search.toLowerCase()} lists ${quoteList(values)} more than once (ignoring case and accents).`;
    findings.push(makeFinding('value-repeated', message, at(path)));
  }
  for (const path of reading.unreadable) {
    findings.push(makeFinding('unreadable-filter', 'ICP Desk cannot read this filter\u2019s shape and did not check it.', at(path)));
  }
  return findings;
}
