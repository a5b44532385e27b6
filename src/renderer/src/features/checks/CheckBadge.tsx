import type { CheckCounts } from '../../../../shared/checks/checks-contract';
import { countsText } from './severity';
import './checks.css';

/**
 * A list row's findings at a glance: how many problems, warnings and overlaps, coloured by the
 * worst. Notes alone get no badge (nothing to fix), but their count is in the words.
 */
export function CheckBadge({ counts }: { counts: CheckCounts | undefined }) {
  if (counts === undefined) return null;
  const shown = counts.problems + counts.warnings + counts.overlaps;
  if (shown === 0) return null;
  const tone = counts.problems > 0 ? 'problem' : 'warning';
  const text = countsText(counts);
  return (
    <span className={`check-badge check-badge-${tone}`} role="img" aria-label={`Checks: ${text}`} title={`Checks: ${text}`}>
      <svg viewBox="0 0 24 24" width="11" height="11" aria-hidden="true">
        <path d="M12 3 2 21h20L12 3Z" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round" />
        <path d="M12 10v5M12 18v.01" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
      </svg>
      {shown}
    </span>
  );
}
