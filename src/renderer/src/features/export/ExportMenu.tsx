import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../../../shared/format/numbers';
import type { CopyFormat, SaveFormat } from '../../../../shared/export/export-contract';
import { useAppStore } from '../../store/app-store';
import { copyIcps, exportIcps } from '../../store/export-actions';
import { Button } from '../../ui/Button';
import { Icon, type IconName } from '../../ui/Icon';
import { usePopupMenu } from '../../ui/use-popup-menu';
import '../../ui/popup-menu.css';
import './export.css';

interface ExportMenuProps {
  /** The ICPs to export, in list order; read when a choice is made, not on every render. */
  ids: () => string[];
  count: number;
  /** The button's text; `name` is its accessible name when the text alone is not enough. */
  label: string;
  name?: string;
  title: string;
  variant?: 'secondary' | 'ghost';
  /** Opens upwards: the selection bar sits at the bottom of the list. */
  up?: boolean;
  disabled?: boolean;
}

type Choice = { kind: 'save'; format: SaveFormat } | { kind: 'copy'; format: CopyFormat };

interface Item {
  choice: Choice;
  label: string;
  icon: IconName;
  hint: string;
}

const ITEM = '[role="menuitem"]';

/**
 * "Export ▾": the one menu every export goes through (the detail header, the selection bar and
 * the list toolbar): save as JSON, CSV or the review report; copy as JSON, Markdown or links.
 */
export function ExportMenu({ ids, count, label, name, title, variant = 'secondary', up = false, disabled = false }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const { onMenuKeyDown } = usePopupMenu({ open, setOpen, wrap, button, items: ITEM });
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  /** Arrow down (or up) on the closed button opens the menu. */
  const onButtonKeyDown = (event: KeyboardEvent) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    }
  };
  const busy = useAppStore((state) => state.exporting.running !== null);
  const choose = (choice: Choice) => {
    close();
    const chosen = ids();
    if (choice.kind === 'save') void exportIcps(chosen, choice.format);
    else void copyIcps(chosen, choice.format);
  };

  const one = count === 1;
  const saves: Item[] = [
    { choice: { kind: 'save', format: 'json' }, label: 'JSON…', icon: 'braces', hint: 'Exactly as the API sent it' },
    { choice: { kind: 'save', format: 'csv' }, label: 'CSV…', icon: 'sheet', hint: 'For spreadsheets' },
    { choice: { kind: 'save', format: 'report' }, label: 'Report…', icon: 'fileText', hint: 'Readable HTML, prints to PDF' },
  ];
  const copies: Item[] = [
    { choice: { kind: 'copy', format: 'json' }, label: 'Copy as JSON', icon: 'copy', hint: 'For tools' },
    {
      choice: { kind: 'copy', format: 'markdown' },
      label: 'Copy as Markdown',
      icon: 'markdown',
      hint: one ? 'A section, for chat and tickets' : 'A table, for chat and tickets',
    },
    {
      choice: { kind: 'copy', format: 'link' },
      label: one ? 'Copy link' : 'Copy links',
      icon: 'link',
      hint: one ? 'Opens this ICP in ICP Desk' : 'One icpdesk:// link a line',
    },
  ];
  return (
    <div className="export-menu" ref={wrap}>
      <Button
        ref={button}
        size="sm"
        variant={variant}
        icon="download"
        busy={busy}
        disabled={disabled}
        aria-label={name}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={title}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <Icon name="chevronDown" size={12} className="export-menu-chevron" />
      </Button>
      {open ? (
        <div
          className={up ? 'popup-menu export-menu-popover export-menu-up' : 'popup-menu export-menu-popover'}
          id={menuId}
          role="menu"
          aria-label={name ?? label}
          onKeyDown={onMenuKeyDown}
        >
          <p className="popup-menu-heading" aria-hidden="true">
            Save {one ? 'this ICP' : `${formatNumber(count)} ICPs`} as a file
          </p>
          {saves.map((item) => (
            <MenuItem key={item.label} item={item} onChoose={choose} />
          ))}
          <div className="popup-menu-separator" role="separator" />
          <p className="popup-menu-heading" aria-hidden="true">
            Copy to the clipboard
          </p>
          {copies.map((item) => (
            <MenuItem key={item.label} item={item} onChoose={choose} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

function MenuItem({ item, onChoose }: { item: Item; onChoose: (choice: Choice) => void }) {
  return (
    <button type="button" role="menuitem" tabIndex={-1} className="popup-menu-item export-menu-item" title={item.hint} onClick={() => onChoose(item.choice)}>
      <Icon name={item.icon} size={14} className="export-menu-icon" />
      <span className="export-menu-label">{item.label}</span>
      <span className="export-menu-hint" aria-hidden="true">
        {item.hint}
      </span>
    </button>
  );
}
