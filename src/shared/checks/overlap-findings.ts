import type { Icp, LeadProviderCriterion } from '../icp-schema';
import type { Finding } from './finding';
import { makeFinding } from './make-finding';
import { formatInterval, intersectIntervals } from './numeric-ranges';
import type { OverlapPair, Overlaps } from './overlap-index';
import { readCriterionFilters, type DimensionConstraint } from './read-filters';

/*
 * Overlaps in words: what two overlapping criteria share, per dimension both constrain
 * ("Job title: CTO, VP Engineering · Country: Germany · Employee size: 501 – 1,000"), and the
 * finding each ICP of a pair gets, linked to the other. Made on demand, for the ICPs and pairs
 * on screen: a large workspace has far more pairs than anyone reads.
 */

export interface SharedDimension {
  dimension: string;
  label: string;
  /** Values as the first ICP writes them; ranges in the detail's format. */
  values: string[];
}

const DIMENSION_SEPARATOR = ' \u00b7 ';

export function sharedDimensions(a: LeadProviderCriterion, b: LeadProviderCriterion): SharedDimension[] {
  const theirs = readCriterionFilters(b).constraints;
  const shared: SharedDimension[] = [];
  for (const mine of readCriterionFilters(a).constraints.values()) {
    const other = theirs.get(mine.id);
    if (other === undefined) continue;
    const values = [...sharedValues(mine, other), ...sharedRanges(mine, other)];
    if (values.length > 0) shared.push({ dimension: mine.id, label: mine.label, values });
  }
  return shared;
}

function sharedValues(x: DimensionConstraint, y: DimensionConstraint): string[] {
  const excluded = (key: string) => x.exclude.has(key) || y.exclude.has(key);
  // A side without a list selects every value it does not exclude.
  if (x.include.size === 0 || y.include.size === 0) {
    const listed = x.include.size === 0 ? y : x;
    const unlisted = listed === x ? y : x;
    if (unlisted.exclude.size === 0) return [];
    return [...listed.include].filter(([key]) => !excluded(key)).map(([, text]) => text);
  }
  return [...x.include].filter(([key]) => y.include.has(key) && !excluded(key)).map(([, text]) => text);
}

function sharedRanges(x: DimensionConstraint, y: DimensionConstraint): string[] {
  if (!x.rangeGiven || !y.rangeGiven) return [];
  return intersectIntervals(x.ranges, y.ranges).map(formatInterval);
}

/** "Job title: CTO, VP Engineering · Country: Germany". */
export function describeShared(shared: readonly SharedDimension[]): string {
  return shared.map((dimension) => `${dimension.label}: ${dimension.values.join(', ')}`).join(DIMENSION_SEPARATOR);
}

export interface PairView {
  a: Icp;
  b: Icp;
  duplicate: boolean;
  shared: SharedDimension[];
  /** describeShared(shared), or why nothing is listed. */
  text: string;
}

export function describePair(pair: OverlapPair, icpOf: (id: string) => Icp | undefined): PairView | null {
  const a = icpOf(pair.a);
  const b = icpOf(pair.b);
  const criterionA = a?.leadProviderCriteria[pair.criteria[0]];
  const criterionB = b?.leadProviderCriteria[pair.criteria[1]];
  if (a === undefined || b === undefined || criterionA === undefined || criterionB === undefined) return null;
  const shared = sharedDimensions(criterionA, criterionB);
  return { a, b, duplicate: pair.duplicate, shared, text: shared.length > 0 ? describeShared(shared) : DIFFERENT_FILTERS };
}

const DIFFERENT_FILTERS = 'They limit different filters, so none separates them';

/**
 * The overlap and duplicate findings of one ICP, each linked to the other ICP; when there are
 * more than `limit`, the first `limit` with duplicates before overlaps (the strongest: both find
 * exactly the same leads).
 */
export function overlapFindings(icp: Icp, overlaps: Overlaps, icpOf: (id: string) => Icp | undefined, limit = Infinity): Finding[] {
  const findings: Finding[] = [];
  const partners = overlaps.partnersOf(icp.id);
  const strongestFirst =
    partners.length > limit ? [...partners.filter((partner) => partner.duplicate), ...partners.filter((partner) => !partner.duplicate)] : partners;
  for (const partner of strongestFirst) {
    if (findings.length >= limit) break;
    const other = icpOf(partner.id);
    if (other === undefined) continue;
    const [mine, theirs] = partner.criteria;
    const path = ['leadProviderCriteria', mine];
    const name = `\u201c${other.name}\u201d`;
    if (partner.duplicate) {
      findings.push(makeFinding('duplicate', `Duplicate of ${name}: the same lead provider criteria, so both find the same leads.`, path, other.id));
      continue;
    }
    const criterion = icp.leadProviderCriteria[mine];
    const otherCriterion = other.leadProviderCriteria[theirs];
    const shared = criterion && otherCriterion ? sharedDimensions(criterion, otherCriterion) : [];
    const why = shared.length > 0 ? `(${describeShared(shared)})` : `(${DIFFERENT_FILTERS.toLowerCase()})`;
    findings.push(makeFinding('overlap', `Competes with ${name} for the same people ${why}.`, path, other.id));
  }
  return findings;
}
