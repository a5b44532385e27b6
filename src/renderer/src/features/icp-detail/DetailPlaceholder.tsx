import { useAppStore } from '../../store/app-store';
import { Icon } from '../../ui/Icon';
import { MOD_KEY } from '../../app/AppHeader';
import './detail.css';

/** Nothing open yet: what to do, and the keys that do it. */
export function DetailPlaceholder() {
  const count = useAppStore((state) => state.list.items.length);
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
