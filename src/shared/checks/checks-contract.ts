import * as z from 'zod';
import { RULE_IDS, SEVERITIES, type RuleId as RuleIdType, type Severity as SeverityType } from './finding';

/*
 * What the checks send across the process boundary (see the checks:* channels in
 * ipc-contract.ts). Main computes the review in a worker from the cached list; the renderer only
 * ever holds counts, one ICP's findings, one page of pairs and one dimension's coverage, so a
 * 100,000-ICP workspace with millions of overlapping pairs never travels whole.
 */

const RuleId = z.enum(RULE_IDS as [RuleIdType, ...RuleIdType[]]);
const Severity = z.enum(SEVERITIES as [SeverityType, ...SeverityType[]]);

/** Per-ICP counts of findings (list badge and the "Has problems" / "Has warnings" / "Overlaps" chips). */
export const CheckCounts = z.object({
  problems: z.number().int(),
  warnings: z.number().int(),
  notes: z.number().int(),
  overlaps: z.number().int(),
});
export type CheckCounts = z.infer<typeof CheckCounts>;

/** Counts for the ICPs with any finding, as parallel arrays (entry i of each for ids[i]). */
export const CheckSummaries = z.object({
  /** The list these were computed from. */
  fetchedAt: z.string().nullable(),
  ids: z.array(z.string()),
  problems: z.array(z.number().int()),
  warnings: z.array(z.number().int()),
  notes: z.array(z.number().int()),
  overlaps: z.array(z.number().int()),
});
export type CheckSummaries = z.infer<typeof CheckSummaries>;

export const FindingView = z.object({
  rule: RuleId,
  severity: Severity,
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  field: z.string(),
  otherIcpId: z.string().optional(),
});
export type FindingView = z.infer<typeof FindingView>;

export const IcpChecks = z.object({
  /** Problems first; overlap findings beyond the first few are counted in moreOverlaps. */
  findings: z.array(FindingView),
  moreOverlaps: z.number().int(),
  /** False when the ICP is not in the reviewed list (e.g. fetched after it). */
  reviewed: z.boolean(),
});
export type IcpChecks = z.infer<typeof IcpChecks>;

const RuleCountView = z.object({
  rule: RuleId,
  severity: Severity,
  title: z.string(),
  /** ICPs with at least one finding of the rule. */
  icpCount: z.number().int(),
  /** Findings (pairs for overlaps and duplicates). */
  count: z.number().int(),
});

const CoverageDimensionView = z.object({ dimension: z.string(), label: z.string(), icpCount: z.number().int() });

export const ReviewOverview = z.object({
  fetchedAt: z.string().nullable(),
  icpCount: z.number().int(),
  rules: z.array(RuleCountView),
  pairCount: z.number().int(),
  duplicateCount: z.number().int(),
  dimensions: z.array(CoverageDimensionView),
});
export type ReviewOverview = z.infer<typeof ReviewOverview>;

const PairRow = z.object({
  a: z.object({ id: z.string(), name: z.string() }),
  b: z.object({ id: z.string(), name: z.string() }),
  duplicate: z.boolean(),
  /** What they share, in words ("Job title: CTO · Country: Germany"). */
  text: z.string(),
});
export type PairRow = z.infer<typeof PairRow>;

export const PairsPage = z.object({ total: z.number().int(), offset: z.number().int(), pairs: z.array(PairRow) });
export type PairsPage = z.infer<typeof PairsPage>;

const CoverageRowView = z.object({ key: z.string(), value: z.string(), count: z.number().int(), order: z.number() });

export const CoverageView = z.object({
  dimension: z.string(),
  label: z.string(),
  rows: z.array(CoverageRowView),
  /** Active ICPs that do not constrain the dimension (they cover any value). */
  unconstrained: z.number().int(),
  activeCount: z.number().int(),
});
export type CoverageView = z.infer<typeof CoverageView>;

const MAX_KEY = 2000;

/** Which ICPs a Review entry stands for: a rule's, or a coverage cell's (the list filters to them). */
export const ReviewSelection = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rule'), rule: RuleId }),
  z.strictObject({ kind: z.literal('coverage'), dimension: z.string().max(MAX_KEY), key: z.string().max(MAX_KEY) }),
  z.strictObject({ kind: z.literal('unconstrained'), dimension: z.string().max(MAX_KEY) }),
]);
export type ReviewSelection = z.infer<typeof ReviewSelection>;

const PAGE_LIMIT = 500;
export const PairsRequest = z.strictObject({
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(PAGE_LIMIT),
});
export const CoverageRequest = z.strictObject({ dimension: z.string().min(1).max(MAX_KEY) });
