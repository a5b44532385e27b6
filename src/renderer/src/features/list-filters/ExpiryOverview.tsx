import type { ExpiryFilter } from '../../../../shared/ipc-contract';
import { formatNumber } from '../../../../shared/format/numbers';
import { EXPIRY_LABELS } from '../../list-query/active-filters';
import { useAppStore } from '../../store/app-store';
import { toggleExpiry } from '../../store/view-actions';
import { selectExpiryCounts } from '../../store/visible-icps';
import './filter-bar.css';

/** Short visible labels; the rest of the words are there for screen readers ("5 Expiring within 30 days"). */
const STATES: readonly { state: ExpiryFilter; short: string; more?: string }[] = [
  { state: 'active', short: 'Active' },
  { state: 'expiring', short: 'Expiring', more: EXPIRY_LABELS.expiring.slice('Expiring'.length) },
  { state: 'expired', short: 'Expired' },
  { state: 'noExpiry', short: 'No expiry' },
];

/**
 * How many ICPs are active, expiring within 30 days, expired or open-ended, counted over the
 * whole list (not what the search shows). Each count is also the expiry filter chip.
 */
export function ExpiryOverview() {
  const counts = useAppStore(selectExpiryCounts);
  const chosen = useAppStore((state) => state.view.current.expiry);
  const total = useAppStore((state) => state.list.items.length);
  return (
    <div className="expiry-overview" role="group" aria-label={`Expiry, across all ${formatNumber(total)} ICPs`}>
      {STATES.map(({ state, short, more }) => {
        const count = counts[state];
        const pressed = chosen.includes(state);
        return (
          <button
            key={state}
            type="button"
            className={`expiry-chip expiry-chip-${state}`}
            aria-pressed={pressed}
            title={`${EXPIRY_LABELS[state]}: ${formatNumber(count)} of all ${formatNumber(total)} ICPs. ${pressed ? 'Click to stop filtering by it.' : 'Click to show only these.'}`}
            onClick={() => toggleExpiry(state)}
          >
            <span className="expiry-chip-dot" aria-hidden="true" />
            <span className="expiry-chip-count">{formatNumber(count)}</span>{' '}
            <span className="expiry-chip-label">
              {short}
              {more ? <span className="visually-hidden">{more}</span> : null}
            </span>
          </button>
        );
      })}
    </div>
  );
}
