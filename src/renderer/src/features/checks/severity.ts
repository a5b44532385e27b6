import type { Severity } from '../../../../shared/checks/finding';
import type { Tone } from '../../ui/Badge';

/** How each severity looks and reads, wherever findings are shown. */
export const SEVERITY_VIEW: Record<Severity, { tone: Tone; label: string; icon: 'alert' | 'info' | 'help' }> = {
  problem: { tone: 'red', label: 'Problem', icon: 'alert' },
  warning: { tone: 'amber', label: 'Warning', icon: 'alert' },
  note: { tone: 'gray', label: 'Note', icon: 'info' },
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 problems, 1 warning, 3 overlaps": what a row's badge stands for. */
export function countsText(counts: { problems: number; warnings: number; notes: number; overlaps: number }): string {
  const parts: string[] = [];
  if (counts.problems > 0) parts.push(plural(counts.problems, 'problem', 'problems'));
  if (counts.warnings > 0) parts.push(plural(counts.warnings, 'warning', 'warnings'));
  if (counts.overlaps > 0) parts.push(plural(counts.overlaps, 'overlapping ICP', 'overlapping ICPs'));
  if (counts.notes > 0) parts.push(plural(counts.notes, 'note', 'notes'));
  return parts.join(', ');
}
