import type { Icp } from '../icp-schema';

/*
 * What every export format takes per ICP: the ICP as the API sent it, plus what the targeting
 * checks and the review history say about it where those exist. Both extras are optional so
 * exports work before (and without) checks and history; a format shows their columns or
 * sections only when at least one item carries them.
 */

type FindingSeverity = 'problem' | 'warning';

export interface Finding {
  severity: FindingSeverity;
  message: string;
}

export interface ExportItem {
  icp: Icp;
  /** The targeting checks' findings; [] means checked and clean, absent means not checked. */
  findings?: readonly Finding[];
  /** One line per change since the ICP was last reviewed; absent when never reviewed. */
  changesSinceReview?: readonly string[];
}

export interface FindingCounts {
  problems: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let problems = 0;
  for (const finding of findings) if (finding.severity === 'problem') problems += 1;
  return { problems, warnings: findings.length - problems };
}

/** "2 problems, 1 warning", "No problems found". */
export function findingCountsText({ problems, warnings }: FindingCounts): string {
  if (problems === 0 && warnings === 0) return 'No problems found';
  const parts: string[] = [];
  if (problems > 0) parts.push(`${problems} ${problems === 1 ? 'problem' : 'problems'}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(', ');
}

export const hasChecks = (items: readonly ExportItem[]): boolean => items.some((item) => item.findings !== undefined);
export const hasHistory = (items: readonly ExportItem[]): boolean => items.some((item) => item.changesSinceReview !== undefined);
