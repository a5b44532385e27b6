import { useId, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../../../shared/format/numbers';
import { customFilterChoices, customFilterLabel } from '../../list-query/custom-filter-choices';
import { useAppStore } from '../../store/app-store';
import { toggleCustomFilterType } from '../../store/view-actions';
import { selectAllRows } from '../../store/visible-icps';
import { Icon } from '../../ui/Icon';
import { usePopupMenu } from '../../ui/use-popup-menu';
import '../../ui/popup-menu.css';
import './filter-bar.css';

/**
 * "Custom filter ▾": a menu of the custom filter types the list uses (readable names, how many
 * ICPs use each), any number of them checked: an ICP stays when it uses one of them.
 */
export function CustomFilterMenu() {
  const chosen = useAppStore((state) => state.view.current.customFilterTypes);
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  const { onMenuKeyDown } = usePopupMenu({ open, setOpen, wrap, button, items: '[role="menuitemcheckbox"]' });

  // The chip keeps its width (the chip row must not wrap); the count says how many are chosen,
  // the tooltip and hidden words after the count say which.
  const picked = chosen;
  const which = chosen.map(customFilterLabel).join(', ');
  return (
    <div className="chip-menu" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="filter-chip"
        data-active={picked.length > 0 || undefined}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={picked.length === 0 ? 'Show only ICPs that use a type of custom filter' : `Showing ICPs that use: ${which}`}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="filter-chip-text">Custom filter</span>
        {picked.length > 0 ? (
          <span className="filter-chip-count">
            {picked.length}
            <span className="visually-hidden"> chosen: {which}</span>
          </span>
        ) : null}
        <Icon name="chevronDown" size={12} />
      </button>
      {open ? (
        <div className="popup-menu chip-menu-popover" id={menuId} role="menu" aria-label="Custom filter types" onKeyDown={onMenuKeyDown}>
          <p className="popup-menu-heading" aria-hidden="true">
            Show ICPs that use any of
          </p>
          <MenuItems />
        </div>
      ) : null}
    </div>
  );
}

/** The menu's items: counted over the whole list only while the menu is open. */
function MenuItems() {
  const rows = useAppStore(selectAllRows);
  const chosen = useAppStore((state) => state.view.current.customFilterTypes);
  const choices = useMemo(() => customFilterChoices(rows, chosen), [rows, chosen]);
  return (
    <>
      {choices.length === 0 ? <p className="chip-menu-empty">No ICP in this list has custom filters.</p> : null}
      {choices.map((choice) => (
        <button
          key={choice.type}
          type="button"
          role="menuitemcheckbox"
          aria-checked={choice.chosen}
          tabIndex={-1}
          className="popup-menu-item"
          title={choice.known ? choice.type : `“${choice.type}”: a type ICP Desk does not know`}
          onClick={() => toggleCustomFilterType(choice.type)}
        >
          <span className="chip-menu-check" aria-hidden="true">
            {choice.chosen ? <Icon name="check" size={12} /> : null}
          </span>
          <span className={choice.known ? 'chip-menu-label' : 'chip-menu-label chip-menu-label-unknown'}>{choice.label}</span>
          <span className="chip-menu-count">
            <span className="visually-hidden">– </span>
            {formatNumber(choice.count)}
            <span className="visually-hidden"> {choice.count === 1 ? 'ICP' : 'ICPs'}</span>
          </span>
        </button>
      ))}
    </>
  );
}
