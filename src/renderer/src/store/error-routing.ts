import type { AppError } from '../../../shared/api-error';
import { resetAccountState, useAppStore } from './app-store';

/*
 * What every failed call means beyond the view that made it: a 401 asks for the token again
 * (over the workspace, which stays visible), a network failure marks the app offline, and
 * "not signed in" (main lost the session) returns to the sign-in screen.
 */

export function noteFailure(error: AppError): void {
  const { session, setSession, setUi } = useAppStore.getState();
  switch (error.kind) {
    case 'unauthorized':
      if (session.phase === 'signedIn' && !session.reauth) setSession({ reauth: error });
      return;
    case 'network':
      setUi({ offline: true });
      return;
    case 'notSignedIn':
      resetAccountState();
      setSession({ phase: 'signedOut', signInError: null, reauth: null, demo: false });
      return;
    default:
      return;
  }
}

/** A network call succeeded: the connection is back. */
export function noteOnline(): void {
  const { ui, setUi } = useAppStore.getState();
  if (ui.offline) setUi({ offline: false });
}
