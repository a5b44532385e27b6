import { useAppStore } from '../../store/app-store';
import { signIn } from '../../store/session-actions';
import { CredentialsForm } from './CredentialsForm';

/** The sign-in screen's and the 401 prompt's form: the session's base URL, busy state and error. */
export function SignInForm() {
  const session = useAppStore((state) => state.session);
  return (
    <CredentialsForm
      idPrefix="sign-in"
      initialBaseUrl={session.baseUrl ?? ''}
      locked={session.busy !== null}
      submitting={session.busy === 'signIn'}
      error={session.signInError}
      submitLabel="Sign in"
      onSubmit={(baseUrl, token) => signIn(baseUrl, token)}
    />
  );
}
