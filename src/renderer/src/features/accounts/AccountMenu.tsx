import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { accountEntries, type AccountEntry } from '../../../../shared/accounts/account-entry';
import { MAX_ACCOUNTS } from '../../../../shared/accounts/account-schema';
import { addDemoAccount, openAccountDialog, openAccountMenu, switchAccount } from '../../store/account-actions';
import { useAppStore } from '../../store/app-store';
import { Badge } from '../../ui/Badge';
import { Icon } from '../../ui/Icon';
import { IsolatedText } from '../../ui/IsolatedText';
import { MOD_KEY } from '../../ui/mod-key';
import { AccountAvatar } from './AccountAvatar';
import './accounts.css';

const ITEMS = '[role^="menuitem"]:not([aria-disabled="true"])';

/**
 * The header's account switcher (as in GitHub Desktop or Slack): the open account's label and
 * host; its menu lists every account with its host and last sync, the open one checked, then
 * adding one, the demo, and renaming or removing the open one.
 */
export function AccountMenu() {
  const list = useAppStore((state) => state.accounts.list);
  const open = useAppStore((state) => state.accounts.menuOpen);
  const busy = useAppStore((state) => state.accounts.busy);
  const now = useAppStore((state) => state.ui.now);
  const entries = useMemo(() => accountEntries(list, new Date(now)), [list, now]);
  const active = entries.find((entry) => entry.active) ?? null;
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) openAccountMenu(false);
    };
    document.addEventListener('pointerdown', onPointer);
    (wrap.current?.querySelector<HTMLElement>('[aria-checked="true"]') ?? wrap.current?.querySelector<HTMLElement>(ITEMS))?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    openAccountMenu(false);
    button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = [...(wrap.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Tab') {
      openAccountMenu(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const full = list.accounts.length >= MAX_ACCOUNTS;
  const hasDemo = list.accounts.some((account) => account.kind === 'demo');
  const choose = (run: () => void) => () => {
    button.current?.focus();
    run();
  };

  return (
    <div className="account-switcher" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="account-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title="Switch account, add one or remove this one"
        aria-busy={busy === 'switch' || undefined}
        onClick={() => openAccountMenu(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            openAccountMenu(true);
          }
        }}
      >
        {active ? <TriggerText entry={active} /> : <span className="account-trigger-label">Accounts</span>}
        <Icon name="chevronDown" size={12} className="account-trigger-chevron" />
      </button>
      {open ? (
        <div className="account-menu" id={menuId} role="menu" aria-label="Accounts" onKeyDown={onMenuKeyDown}>
          <div role="group" aria-label="Switch to">
            <p className="account-menu-note" aria-hidden="true">
              Accounts
            </p>
            {entries.map((entry) => (
              <button
                key={entry.id}
                type="button"
                role="menuitemradio"
                aria-checked={entry.active}
                tabIndex={-1}
                className="account-menu-account"
                onClick={() => void switchAccount(entry.id)}
              >
                <AccountAvatar label={entry.label} demo={entry.demo} />
                <span className="account-menu-text">
                  <IsolatedText className="account-menu-label" text={entry.label} />
                  <span className="account-menu-meta">{entry.where === entry.label ? entry.synced : `${entry.where} · ${entry.synced}`}</span>
                </span>
                {entry.active ? <Icon name="check" size={14} className="account-menu-check" /> : null}
                {entry.shortcut !== null ? (
                  <kbd className="kbd account-menu-kbd">
                    {MOD_KEY}
                    {entry.shortcut}
                  </kbd>
                ) : null}
              </button>
            ))}
          </div>
          <div className="account-menu-separator" role="separator" />
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="account-menu-item"
            aria-disabled={full || undefined}
            aria-describedby={full ? `${menuId}-full` : undefined}
            onClick={full ? undefined : choose(() => openAccountDialog({ kind: 'add' }))}
          >
            <Icon name="plus" size={14} />
            Add account…
          </button>
          {full ? (
            <p className="account-menu-limit" id={`${menuId}-full`}>
              ICP Desk keeps at most {MAX_ACCOUNTS} accounts. Remove one to add another.
            </p>
          ) : null}
          {!hasDemo && !full ? (
            <button type="button" role="menuitem" tabIndex={-1} className="account-menu-item" onClick={choose(() => void addDemoAccount())}>
              <Icon name="sparkles" size={14} />
              Try demo data
            </button>
          ) : null}
          {active ? (
            <>
              <div className="account-menu-separator" role="separator" />
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="account-menu-item"
                onClick={choose(() => openAccountDialog({ kind: 'rename', id: active.id }))}
              >
                <Icon name="pencil" size={14} />
                Rename this account…
              </button>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="account-menu-item account-menu-danger"
                onClick={choose(() => openAccountDialog({ kind: 'remove', id: active.id }))}
              >
                <Icon name="trash" size={14} />
                Remove this account…
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The open account in the header: label first (two accounts on one host differ by it), then where. */
function TriggerText({ entry }: { entry: AccountEntry }) {
  return (
    <>
      <AccountAvatar label={entry.label} demo={entry.demo} />
      <span className="visually-hidden">Account: </span>
      <IsolatedText className="account-trigger-label" text={entry.label} /> {entry.demo ? <Badge tone="violet">Demo</Badge> : null}{' '}
      <span className="account-trigger-where">{entry.where}</span>
    </>
  );
}
