import { formatNumber } from '../../../../shared/format/numbers';
import { MAX_COMPARED } from '../../../../shared/compare/compare-labels';
import { canCompare, compareChecked } from '../../store/compare-actions';
import { clearChecked } from '../../store/selection-actions';
import { checkedInListOrder } from '../../store/workspace-actions';
import { Button } from '../../ui/Button';
import { ExportMenu } from './ExportMenu';
import './export.css';

/** "3 selected · Compare · Export ▾ · Clear", floating over the bottom of the list. */
export function SelectionBar({ count }: { count: number }) {
  const comparable = canCompare(count);
  const compareTitle = comparable
    ? 'Compare the selected ICPs side by side (C)'
    : count < 2
      ? 'Select at least 2 ICPs to compare them'
      : `Compare up to ${MAX_COMPARED} ICPs at a time`;
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected ICPs">
      <span className="selection-count">{formatNumber(count)} selected</span>
      <span className="selection-actions">
        <Button size="sm" variant="primary" icon="columns" disabled={!comparable} aria-keyshortcuts="C" title={compareTitle} onClick={compareChecked}>
          Compare
        </Button>
        <ExportMenu ids={checkedInListOrder} count={count} label="Export" title="Save or copy the selected ICPs as JSON, CSV, a report or Markdown" up />
        <Button size="sm" variant="ghost" onClick={clearChecked}>
          Clear
        </Button>
      </span>
    </div>
  );
}
