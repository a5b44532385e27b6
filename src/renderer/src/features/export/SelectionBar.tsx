import { formatNumber } from '../../format/numbers';
import { clearChecked } from '../../store/selection-actions';
import { copyChecked, exportChecked } from '../../store/workspace-actions';
import { Button } from '../../ui/Button';
import './export.css';

/** "3 selected · Export · Copy JSON · Clear", floating over the bottom of the list. */
export function SelectionBar({ count }: { count: number }) {
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected ICPs">
      <span className="selection-count">{formatNumber(count)} selected</span>
      <span className="selection-actions">
        <Button size="sm" variant="primary" icon="download" onClick={() => void exportChecked()}>
          Export
        </Button>
        <Button size="sm" variant="secondary" icon="copy" onClick={() => void copyChecked()}>
          Copy JSON
        </Button>
        <Button size="sm" variant="ghost" onClick={clearChecked}>
          Clear
        </Button>
      </span>
    </div>
  );
}
