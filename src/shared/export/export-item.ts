import type { FindingView } from '../checks/checks-contract';
import type { Icp } from '../icp-schema';

/*
 * What every export format takes per ICP: the ICP as the API sent it, plus what the targeting
 * checks and the review history say about it where those exist. Both extras are optional so
 * exports work before (and without) checks and history; a format shows their columns or
 * sections only when at least one item carries them.
 */

/** A finding as the detail's Checks section shows it: severity, message and the field it is about. */
export type Finding = Pick<FindingView, 'severity' | 'message' | 'field'>;

export interface ExportItem {
  icp: Icp;
  /** The targeting checks' findings, problems first; [] means checked and clean, absent means not checked. */
  findings?: readonly Finding[];
  /** Overlaps beyond those listed in `findings` (exports list 5, the detail 20); warnings all. */
  moreOverlaps?: number;
  /** One line per version since the ICP was last reviewed, newest first; absent when never reviewed. */
  changesSinceReview?: readonly string[];
}

export interface FindingCounts {
  problems: number;
  warnings: number;
  notes: number;
}

export function countFindings(item: Pick<ExportItem, 'findings' | 'moreOverlaps'>): FindingCounts {
  const counts: FindingCounts = { problems: 0, warnings: item.moreOverlaps ?? 0, notes: 0 };
  for (const finding of item.findings ?? []) {
    if (finding.severity === 'problem') counts.problems += 1;
    else if (finding.severity === 'warning') counts.warnings += 1;
    else counts.notes += 1;
  }
  return counts;
}

const plural = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`;

/** "2 problems, 1 warning", "1 note", "No problems found". */
export function findingCountsText({ problems, warnings, notes }: FindingCounts): string {
  if (problems === 0 && warnings === 0 && notes === 0) return 'No problems found';
  const parts: string[] = [];
  if (problems > 0) parts.push(plural(problems, 'problem'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  if (notes > 0) parts.push(plural(notes, 'note'));
  return parts.join(', ');
}

/** "Problem", "Warning", "Note": how a finding's severity reads in every format. */
export const SEVERITY_WORDS: Record<Finding['severity'], string> = { problem: 'Problem', warning: 'Warning', note: 'Note' };

/** "12 more overlapping ICPs (not listed)", or null when none are left out. */
export function moreOverlapsText(item: Pick<ExportItem, 'moreOverlaps'>): string | null {
  const more = item.moreOverlaps ?? 0;
  return more > 0 ? `${plural(more, 'more overlapping ICP')} (not listed)` : null;
}

export const hasChecks = (items: readonly ExportItem[]): boolean => items.some((item) => item.findings !== undefined);
export const hasHistory = (items: readonly ExportItem[]): boolean => items.some((item) => item.changesSinceReview !== undefined);
