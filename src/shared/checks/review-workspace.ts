import type { Icp } from '../icp-schema';
import { checkIcp, sortFindings } from './check-icp';
import { RULE_IDS, RULES, type Finding, type RuleId, type Severity } from './finding';
import { overlapFindings } from './overlap-findings';
import { findOverlaps, type Overlaps } from './overlap-index';

/*
 * The whole workspace reviewed at once: every ICP's rule findings, the overlaps, a per-ICP
 * summary for list rows (badge, "Has problems" / "Has warnings" / "Overlaps" chips) and the
 * findings grouped by rule for the Review view. Overlap findings are made per ICP on demand
 * (findingsOf), since a large workspace has many more pairs than anyone opens.
 */

interface CheckSummary {
  problems: number;
  /** Warnings from the rules; overlaps are counted apart, in `overlaps`. */
  warnings: number;
  notes: number;
  /** How many ICPs this one overlaps, duplicates included. */
  overlaps: number;
}

interface RuleCount {
  rule: RuleId;
  severity: Severity;
  title: string;
  /** The ICPs with at least one finding of this rule, in the order given. */
  icpIds: string[];
  /** Findings of this rule (an ICP may have several); for overlaps, the pairs. */
  count: number;
}

export interface WorkspaceReview {
  /** Rule findings per ICP id (no overlap findings: see findingsOf). */
  findings: ReadonlyMap<string, Finding[]>;
  overlaps: Overlaps;
  summaries: ReadonlyMap<string, CheckSummary>;
  /** Every rule with at least one finding, in the order of RULES. */
  rules: RuleCount[];
}

export function reviewWorkspace(icps: readonly Icp[], options: { now: Date }): WorkspaceReview {
  const findings = new Map<string, Finding[]>();
  for (const icp of icps) findings.set(icp.id, checkIcp(icp, options));
  return reviewFrom(icps, findings, findOverlaps(icps, options));
}

/** Assembles a review from findings and overlaps computed separately (e.g. at different times). */
function reviewFrom(icps: readonly Icp[], findings: ReadonlyMap<string, Finding[]>, overlaps: Overlaps): WorkspaceReview {
  const summaries = new Map<string, CheckSummary>();
  const byRule = new Map<RuleId, { icpIds: string[]; count: number }>();
  const tally = (rule: RuleId, id: string, count: number) => {
    const entry = byRule.get(rule) ?? { icpIds: [], count: 0 };
    entry.icpIds.push(id);
    entry.count += count;
    byRule.set(rule, entry);
  };
  for (const icp of icps) {
    const own = findings.get(icp.id) ?? [];
    const summary: CheckSummary = { problems: 0, warnings: 0, notes: 0, overlaps: overlaps.countOf(icp.id) };
    const perRule = new Map<RuleId, number>();
    for (const finding of own) {
      if (finding.severity === 'problem') summary.problems += 1;
      else if (finding.severity === 'warning') summary.warnings += 1;
      else summary.notes += 1;
      perRule.set(finding.rule, (perRule.get(finding.rule) ?? 0) + 1);
    }
    for (const [rule, count] of perRule) tally(rule, icp.id, count);
    summaries.set(icp.id, summary);
  }
  const paired = { overlap: new Set<string>(), duplicate: new Set<string>() };
  overlaps.eachPair((a, b, duplicate) => {
    const rule = duplicate ? 'duplicate' : 'overlap';
    paired[rule].add(a).add(b);
    const entry = byRule.get(rule) ?? { icpIds: [], count: 0 };
    entry.count += 1;
    byRule.set(rule, entry);
  });
  for (const rule of ['overlap', 'duplicate'] as const) {
    const entry = byRule.get(rule);
    if (entry) entry.icpIds = icps.filter((icp) => paired[rule].has(icp.id)).map((icp) => icp.id);
  }
  const rules = RULE_IDS.flatMap((rule): RuleCount[] => {
    const entry = byRule.get(rule);
    return entry ? [{ rule, severity: RULES[rule].severity, title: RULES[rule].title, icpIds: entry.icpIds, count: entry.count }] : [];
  });
  return { findings, overlaps, summaries, rules };
}

/** One ICP's findings, overlaps included, problems first: what the detail's Checks section lists. */
export function findingsOf(review: WorkspaceReview, icp: Icp, icpOf: (id: string) => Icp | undefined): Finding[] {
  return sortFindings([...(review.findings.get(icp.id) ?? []), ...overlapFindings(icp, review.overlaps, icpOf)]);
}
