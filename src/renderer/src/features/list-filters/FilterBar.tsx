import { memo, useRef, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CheckChip } from '../../../../shared/ipc-contract';
import { useAppStore } from '../../store/app-store';
import { focusOn, toggleCheckChip, toggleHasCrmFilters, toggleOfflineOnly, toggleSearchType } from '../../store/view-actions';
import { FILTER_TOOLBAR_ID } from '../../app/focus-targets';
import { CustomFilterMenu } from './CustomFilterMenu';
import { ExpiryOverview } from './ExpiryOverview';
import { useRovingFocus } from './use-roving-focus';
import './filter-bar.css';

/** The review's chips: ICPs with a finding of each kind (main's checks put the counts on the rows). */
const CHECK_CHIPS: readonly { chip: CheckChip; label: string; title: string }[] = [
  { chip: 'problems', label: 'Problems', title: 'ICPs with a problem: they cannot work as written' },
  { chip: 'warnings', label: 'Warnings', title: 'ICPs with a warning: they work, but something is risky' },
  { chip: 'overlaps', label: 'Overlaps', title: 'ICPs that compete with another active ICP for the same people' },
];

// One empty array, so the selector below returns equal values for a view saved without chips.
const NO_CHECK_CHIPS: readonly CheckChip[] = [];

/**
 * A toggle chip: a button with aria-pressed, its hidden words completing the visible ones. Pressed
 * chips are filled (not only recoloured) and keep their width, so the chip row never reflows.
 */
function Chip({ pressed, onToggle, title, children }: { pressed: boolean; onToggle: () => void; title: string; children: ReactNode }) {
  return (
    <button type="button" className="filter-chip" aria-pressed={pressed} title={title} onClick={onToggle}>
      <span className="filter-chip-text">{children}</span>
    </button>
  );
}

/**
 * The expiry overview and the filter chips, as one toolbar (one Tab stop, arrows between
 * buttons; F focuses it). Chips of one kind are ORed, kinds are ANDed.
 */
export const FilterBar = memo(function FilterBar() {
  // Only the chips' own fields: a search keystroke does not re-render the bar.
  const view = useAppStore(
    useShallow((state) => {
      const { searchTypes, hasCrmFilters, offlineOnly, checks, focus } = state.view.current;
      return { searchTypes, hasCrmFilters, offlineOnly, checks: checks ?? NO_CHECK_CHIPS, focus: focus ?? null };
    }),
  );
  const ref = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(ref);
  return (
    <div
      ref={ref}
      id={FILTER_TOOLBAR_ID}
      className="filter-bar"
      role="toolbar"
      aria-label="Filters"
      aria-keyshortcuts="F"
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <ExpiryOverview />
      <div className="filter-chips">
        <Chip pressed={view.searchTypes.includes('person')} onToggle={() => toggleSearchType('person')} title="ICPs with a person search">
          Person<span className="visually-hidden"> search</span>
        </Chip>
        <Chip pressed={view.searchTypes.includes('company')} onToggle={() => toggleSearchType('company')} title="ICPs with a company search">
          Company<span className="visually-hidden"> search</span>
        </Chip>
        <CustomFilterMenu />
        <Chip pressed={view.hasCrmFilters} onToggle={toggleHasCrmFilters} title="ICPs that also source leads from a CRM">
          <span className="visually-hidden">Has </span>CRM<span className="visually-hidden"> filters</span>
        </Chip>
        <Chip pressed={view.offlineOnly} onToggle={toggleOfflineOnly} title="ICPs saved on this computer, which open without a connection">
          <span className="visually-hidden">Available </span>Offline
        </Chip>
        {CHECK_CHIPS.map(({ chip, label, title }) => (
          <Chip key={chip} pressed={view.checks.includes(chip)} onToggle={() => toggleCheckChip(chip)} title={title}>
            {chip === 'overlaps' ? null : <span className="visually-hidden">Has </span>}
            {label}
          </Chip>
        ))}
        {view.focus ? (
          <Chip pressed onToggle={() => focusOn(null)} title="Chosen in Review; press to show every ICP again">
            <span className="visually-hidden">Review: </span>
            {view.focus.label}
            <span aria-hidden="true"> ×</span>
          </Chip>
        ) : null}
      </div>
    </div>
  );
});
