import { useState, type FormEvent } from 'react';
import { hostOf } from '../../../../shared/accounts/account-entry';
import type { Account } from '../../../../shared/accounts/account-schema';
import { addAccount, closeAccountDialog, removeAccount, renameAccount } from '../../store/account-actions';
import { useAppStore } from '../../store/app-store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { IsolatedText } from '../../ui/IsolatedText';
import { CredentialsForm } from '../sign-in/CredentialsForm';
import { SignInError } from '../sign-in/SignInError';
import './accounts.css';

/** The dialog the account menu opened, if any. */
export function AccountDialogs() {
  const dialog = useAppStore((state) => state.accounts.dialog);
  const account = useAppStore((state) => (dialog && dialog.kind !== 'add' ? state.accounts.list.accounts.find((listed) => listed.id === dialog.id) : null));
  if (dialog === null) return null;
  if (dialog.kind === 'add') return <AddAccountDialog />;
  if (!account) return null;
  return dialog.kind === 'rename' ? <RenameAccountDialog account={account} /> : <RemoveAccountDialog account={account} />;
}

const cancelButton = (disabled: boolean) => (
  <Button variant="ghost" onClick={closeAccountDialog} disabled={disabled}>
    Cancel
  </Button>
);

/** Sign-in's fields plus a label; the accounts already open stay signed in. */
function AddAccountDialog() {
  const busy = useAppStore((state) => state.accounts.busy);
  const error = useAppStore((state) => state.accounts.error);
  return (
    <Dialog title="Add an account" icon={<Icon name="plus" />} onClose={busy ? undefined : closeAccountDialog} initialFocus="#add-account-url" width={460}>
      <p className="account-dialog-text">Another API, or the same one with another token. The accounts you have stay signed in.</p>
      <CredentialsForm
        idPrefix="add-account"
        initialBaseUrl=""
        locked={busy !== null}
        submitting={busy === 'add'}
        error={error}
        submitLabel="Add account"
        withLabel
        onSubmit={addAccount}
        secondary={cancelButton(busy !== null)}
      />
    </Dialog>
  );
}

function RenameAccountDialog({ account }: { account: Account }) {
  const busy = useAppStore((state) => state.accounts.busy);
  const error = useAppStore((state) => state.accounts.error);
  const [label, setLabel] = useState(account.label);
  const fallback = account.baseUrl ? hostOf(account.baseUrl) : 'Demo workspace';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy === null) void renameAccount(account.id, label);
  };
  return (
    <Dialog title="Rename account" icon={<Icon name="pencil" />} onClose={busy ? undefined : closeAccountDialog} initialFocus="#rename-account-label">
      <form className="sign-in-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor="rename-account-label">
            Label
          </label>
          <input
            id="rename-account-label"
            className="input"
            type="text"
            autoComplete="off"
            maxLength={80}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            onFocus={(event) => event.target.select()}
            aria-invalid={error ? true : undefined}
            aria-describedby="rename-account-hint"
            disabled={busy !== null}
          />
          <span id="rename-account-hint" className="field-hint">
            Left empty, the account is called {fallback}.
          </span>
        </div>
        {error ? <SignInError error={error} /> : null}
        <div className="dialog-actions">
          {cancelButton(busy !== null)}
          <Button type="submit" variant="primary" busy={busy === 'rename'}>
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Says exactly what goes: the token in the keychain and the data on this computer; nothing on the server. */
function RemoveAccountDialog({ account }: { account: Account }) {
  const busy = useAppStore((state) => state.accounts.busy);
  const error = useAppStore((state) => state.accounts.error);
  const others = useAppStore((state) => state.accounts.list.accounts.length - 1);
  const isOpen = useAppStore((state) => state.accounts.list.activeId === account.id);
  const demo = account.kind === 'demo';
  return (
    <Dialog title="Remove this account?" icon={<Icon name="trash" />} onClose={busy ? undefined : closeAccountDialog} initialFocus=".btn-ghost" width={460}>
      <p className="account-dialog-name">
        <IsolatedText text={account.label} />
        <span className="account-dialog-where">{demo ? 'Sample data on this computer' : hostOf(account.baseUrl ?? '')}</span>
      </p>
      <ul className="account-dialog-list">
        {demo ? null : <li>Its API token is deleted from the system keychain.</li>}
        <li>Its ICPs saved on this computer (offline copies and the list) and its search, sort and filters are deleted.</li>
        <li>{demo ? 'You can open the demo again with “Try demo data”.' : 'Nothing changes on the server: you can add the account again with a token.'}</li>
      </ul>
      {isOpen ? <p className="account-dialog-text">{others > 0 ? 'The next account in the list opens.' : 'You will be back at the sign-in screen.'}</p> : null}
      {error ? <SignInError error={error} /> : null}
      <div className="dialog-actions">
        {cancelButton(busy !== null)}
        <Button variant="danger" icon="trash" busy={busy === 'remove'} onClick={() => void removeAccount(account.id)}>
          Remove account
        </Button>
      </div>
    </Dialog>
  );
}
