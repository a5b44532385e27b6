import type { AppError } from '../../../../shared/api-error';
import { patchState, useAppStore } from '../../store/app-store';
import { IsolatedText } from '../../ui/IsolatedText';
import { signOut } from '../../store/session-actions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { SignInForm } from './SignInForm';
import './sign-in.css';

/**
 * A 401 while signed in: the token was revoked or expired. The workspace stays visible behind
 * this prompt (cached data included); the base URL is kept, only the token is asked for again.
 */
export function ReauthDialog({ error }: { error: AppError }) {
  const keepBrowsing = () => patchState('session', { reauth: null, signInError: null });
  // Only the open account asks: a reply for an account switched away from is dropped before it gets here.
  const label = useAppStore((state) => state.accounts.list.accounts.find((account) => account.id === state.accounts.list.activeId)?.label);
  return (
    <Dialog title="Session expired or token revoked" icon={<Icon name="lock" />} initialFocus="#sign-in-token" width={440}>
      <p className="reauth-text">
        The server no longer accepts the token of {label ? <IsolatedText className="reauth-account" text={label} /> : 'this account'}. Sign in again to refresh
        its ICPs; until then you can keep browsing what is already on screen. Your other accounts are not affected.
      </p>
      {error.apiCode ? (
        <p className="reauth-details">
          {error.status ? `HTTP ${error.status} · ` : ''}
          {error.apiCode}
          {error.apiMessage ? ` · “${error.apiMessage}”` : ''}
        </p>
      ) : null}
      <SignInForm />
      <div className="reauth-secondary">
        <Button variant="ghost" size="sm" onClick={keepBrowsing}>
          Keep browsing offline
        </Button>
        <Button variant="ghost" size="sm" icon="signOut" onClick={() => void signOut()}>
          Sign out
        </Button>
      </div>
    </Dialog>
  );
}
