import type { Icp } from '../icp-schema';
import type { CheckSummaries, CoverageView, IcpChecks, PairRow, PairsPage, ReviewOverview, ReviewSelection } from './checks-contract';
import { coverageDimensions, coverageMap, type CoverageMap } from './coverage-map';
import { describePair, overlapFindings } from './overlap-findings';
import { reviewWorkspace, type WorkspaceReview } from './review-workspace';
import { checkIcp, sortFindings } from './check-icp';

/*
 * The answers the checks:* channels give, from one reviewed list. Everything is computed once
 * per list (the review) or once per dimension (coverage), then served in the small pieces the
 * renderer asks for: a page of pairs, one ICP's findings, the ids behind one count.
 */

/** Overlap findings listed in one ICP's Checks section; the rest are counted. */
const OVERLAPS_LISTED = 20;

export interface ReviewQueries {
  readonly fetchedAt: string | null;
  summaries(): CheckSummaries;
  /**
   * One ICP's findings. An ICP not in the list (an admin opened it by a link: the API lists an
   * ICP only to its users) is checked on its own from `copy`, main's saved copy: its rules, not
   * its overlaps, which only the list can tell. At most `overlapsListed` overlap findings are
   * listed (duplicates first when capped), the rest counted.
   */
  icp(id: string, copy?: Icp, overlapsListed?: number): IcpChecks;
  overview(): ReviewOverview;
  pairs(offset: number, limit: number): PairsPage;
  coverage(dimension: string): CoverageView;
  /** The ICPs a Review entry stands for, in list order. */
  ids(selection: ReviewSelection): string[];
}

export function createReviewQueries(icps: readonly Icp[], options: { now: Date; fetchedAt: string | null }): ReviewQueries {
  const review: WorkspaceReview = reviewWorkspace(icps, options);
  const byId = new Map(icps.map((icp) => [icp.id, icp]));
  const icpOf = (id: string) => byId.get(id);
  const maps = new Map<string, CoverageMap>();
  const mapOf = (dimension: string) => {
    let map = maps.get(dimension);
    if (map === undefined) {
      map = coverageMap(icps, dimension, options);
      maps.set(dimension, map);
    }
    return map;
  };
  let dimensions: ReviewOverview['dimensions'] | null = null;

  return {
    fetchedAt: options.fetchedAt,
    summaries() {
      const out: CheckSummaries = { fetchedAt: options.fetchedAt, ids: [], problems: [], warnings: [], notes: [], overlaps: [] };
      for (const [id, summary] of review.summaries) {
        if (summary.problems + summary.warnings + summary.notes + summary.overlaps === 0) continue;
        out.ids.push(id);
        out.problems.push(summary.problems);
        out.warnings.push(summary.warnings);
        out.notes.push(summary.notes);
        out.overlaps.push(summary.overlaps);
      }
      return out;
    },
    icp(id, copy, overlapsListed = OVERLAPS_LISTED) {
      const icp = byId.get(id);
      if (icp === undefined) return { findings: copy?.id === id ? checkIcp(copy, options) : [], moreOverlaps: 0, reviewed: false };
      // Only the listed overlaps are described: an ICP may overlap thousands.
      const listed = overlapFindings(icp, review.overlaps, icpOf, overlapsListed);
      return {
        findings: sortFindings([...(review.findings.get(id) ?? []), ...listed]),
        moreOverlaps: review.overlaps.countOf(id) - listed.length,
        reviewed: true,
      };
    },
    overview() {
      dimensions ??= coverageDimensions(icps, options);
      return {
        fetchedAt: options.fetchedAt,
        icpCount: icps.length,
        rules: review.rules.map(({ rule, severity, title, icpIds, count }) => ({ rule, severity, title, icpCount: icpIds.length, count })),
        pairCount: review.overlaps.pairCount,
        duplicateCount: review.overlaps.duplicateCount,
        dimensions,
      };
    },
    pairs(offset, limit) {
      // Duplicates first (the surest waste), then the rest, each in list order.
      const wanted: { a: string; b: string }[] = [];
      let at = 0;
      for (const duplicates of [true, false]) {
        review.overlaps.eachPair((a, b, duplicate) => {
          if (duplicate !== duplicates) return;
          if (at >= offset && wanted.length < limit) wanted.push({ a, b });
          at += 1;
        });
      }
      const pairs = wanted.flatMap(({ a, b }): PairRow[] => {
        const partner = review.overlaps.partnersOf(a).find((candidate) => candidate.id === b);
        const view = partner ? describePair({ a, b, duplicate: partner.duplicate, criteria: partner.criteria }, icpOf) : null;
        if (view === null) return [];
        return [{ a: { id: a, name: view.a.name }, b: { id: b, name: view.b.name }, duplicate: view.duplicate, text: view.text }];
      });
      return { total: review.overlaps.pairCount, offset, pairs };
    },
    coverage(dimension) {
      const map = mapOf(dimension);
      return {
        dimension: map.dimension,
        label: map.label,
        rows: map.rows.map(({ key, value, count, order }) => ({ key, value, count, order })),
        unconstrained: map.unconstrained.length,
        activeCount: map.activeCount,
      };
    },
    ids(selection) {
      switch (selection.kind) {
        case 'rule':
          return review.rules.find((entry) => entry.rule === selection.rule)?.icpIds ?? [];
        case 'coverage':
          return mapOf(selection.dimension).rows.find((row) => row.key === selection.key)?.icpIds ?? [];
        case 'unconstrained':
          return mapOf(selection.dimension).unconstrained;
      }
    },
  };
}
