import { useAppStore } from '../../store/app-store';
import { Icon } from '../../ui/Icon';
import { MOD_KEY } from '../../ui/mod-key';
import { formatNumber } from '../../../../shared/format/numbers';
import { MAX_COMPARED } from '../../../../shared/compare/compare-labels';
import { canCompare, compareChecked } from '../../store/compare-actions';
import { Button } from '../../ui/Button';
import './detail.css';

/** Nothing open yet: what to do, and the keys that do it (or, with ICPs selected, how to compare them). */
export function DetailPlaceholder() {
  const count = useAppStore((state) => state.list.items.length);
  const checked = useAppStore((state) => state.selection.checked.size);
  if (checked >= 2) return <SelectionPlaceholder count={checked} />;
  return (
    <section className="detail-pane detail-placeholder" aria-label="ICP details">
      <span className="detail-placeholder-icon" aria-hidden="true">
        <Icon name="panel" size={22} />
      </span>
      <h2 className="detail-placeholder-title">{count > 0 ? 'Select an ICP to review it' : 'Nothing to show yet'}</h2>
      <p className="detail-placeholder-text">Its searches, custom filters and CRM filters appear here.</p>
      <ul className="detail-placeholder-keys">
        <li>
          <kbd className="kbd">↑</kbd>
          <kbd className="kbd">↓</kbd> move
        </li>
        <li>
          <kbd className="kbd">Enter</kbd> open
        </li>
        <li>
          <kbd className="kbd">/</kbd> search
        </li>
        <li>
          <kbd className="kbd">{MOD_KEY}R</kbd> refresh
        </li>
      </ul>
    </section>
  );
}

/** Several ICPs checked and none open: the next step is comparing them. */
function SelectionPlaceholder({ count }: { count: number }) {
  const comparable = canCompare(count);
  return (
    <section className="detail-pane detail-placeholder" aria-label="ICP details">
      <span className="detail-placeholder-icon" aria-hidden="true">
        <Icon name="columns" size={22} />
      </span>
      <h2 className="detail-placeholder-title">{formatNumber(count)} ICPs selected</h2>
      <p className="detail-placeholder-text">
        {comparable
          ? 'Compare them side by side, field by field, or export them together.'
          : `Compare up to ${MAX_COMPARED} at a time; export any number together.`}
      </p>
      {comparable ? (
        <Button variant="primary" icon="columns" className="detail-placeholder-action" onClick={compareChecked}>
          Compare side by side
        </Button>
      ) : null}
      <ul className="detail-placeholder-keys">
        <li>
          <kbd className="kbd">C</kbd> compare
        </li>
        <li>
          <kbd className="kbd">Space</kbd> select
        </li>
        <li>
          <kbd className="kbd">Esc</kbd> clear the selection
        </li>
      </ul>
    </section>
  );
}
