import { useId, useMemo, useRef, type ReactNode } from 'react';
import { accountEntries, type AccountEntry } from '../../../../shared/accounts/account-entry';
import { MAX_ACCOUNTS } from '../../../../shared/accounts/account-schema';
import { addDemoAccount, openAccountDialog, openAccountMenu, switchAccount } from '../../store/account-actions';
import { useAppStore } from '../../store/app-store';
import { Badge } from '../../ui/Badge';
import { Icon, type IconName } from '../../ui/Icon';
import { IsolatedText } from '../../ui/IsolatedText';
import { MOD_KEY } from '../../ui/mod-key';
import { usePopupMenu } from '../../ui/use-popup-menu';
import { AccountAvatar } from './AccountAvatar';
import '../../ui/popup-menu.css';
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

  const { onMenuKeyDown } = usePopupMenu({ open, setOpen: openAccountMenu, wrap, button, items: ITEMS, initialItem: '[aria-checked="true"]' });

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
        <div className="popup-menu account-menu" id={menuId} role="menu" aria-label="Accounts" onKeyDown={onMenuKeyDown}>
          <div role="group" aria-label="Switch to">
            <p className="popup-menu-heading" aria-hidden="true">
              Accounts
            </p>
            {entries.map((entry) => (
              <button
                key={entry.id}
                type="button"
                role="menuitemradio"
                aria-checked={entry.active}
                tabIndex={-1}
                className="popup-menu-item account-menu-account"
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
          <div className="popup-menu-separator" role="separator" />
          <MenuAction icon="plus" disabledBy={full ? `${menuId}-full` : undefined} onClick={choose(() => openAccountDialog({ kind: 'add' }))}>
            Add account…
          </MenuAction>
          {full ? (
            <p className="account-menu-limit" id={`${menuId}-full`}>
              ICP Desk keeps at most {MAX_ACCOUNTS} accounts. Remove one to add another.
            </p>
          ) : null}
          {!hasDemo && !full ? (
            <MenuAction icon="sparkles" onClick={choose(() => void addDemoAccount())}>
              Try demo data
            </MenuAction>
          ) : null}
          {active ? (
            <>
              <div className="popup-menu-separator" role="separator" />
              <MenuAction icon="pencil" onClick={choose(() => openAccountDialog({ kind: 'rename', id: active.id }))}>
                Rename this account…
              </MenuAction>
              <MenuAction icon="trash" danger onClick={choose(() => openAccountDialog({ kind: 'remove', id: active.id }))}>
                Remove this account…
              </MenuAction>
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
      {entry.where === entry.label ? null : <span className="account-trigger-where">{entry.where}</span>}
    </>
  );
}

/** One action of the menu; `disabledBy` names the element that says why it cannot be chosen. */
function MenuAction({
  icon,
  danger,
  disabledBy,
  onClick,
  children,
}: {
  icon: IconName;
  danger?: boolean;
  disabledBy?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={danger ? 'popup-menu-item account-menu-danger' : 'popup-menu-item'}
      aria-disabled={disabledBy ? true : undefined}
      aria-describedby={disabledBy}
      onClick={disabledBy ? undefined : onClick}
    >
      <Icon name={icon} size={14} />
      {children}
    </button>
  );
}
