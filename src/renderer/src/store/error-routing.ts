import type { AppError } from '../../../shared/api-error';
import { patchState, useAppStore } from './app-store';
import { resetAccountState } from './account-reset';

/*
 * What every failed call means beyond the view that made it: a 401 asks for the token again
 * (over the workspace, which stays visible), a network failure marks the app offline, and
 * "not signed in" (main lost the session) returns to the sign-in screen.
 */

export function noteFailure(error: AppError): void {
  const { session } = useAppStore.getState();
  switch (error.kind) {
    case 'unauthorized':
      if (session.phase === 'signedIn' && !session.reauth) patchState('session', { reauth: error });
      return;
    case 'network':
      patchState('ui', { offline: true });
      return;
    case 'notSignedIn':
      resetAccountState();
      patchState('session', { phase: 'signedOut', signInError: null, reauth: null, demo: false });
      return;
    default:
      return;
  }
}

/** A network call succeeded: the connection is back. */
export function noteOnline(): void {
  const { ui } = useAppStore.getState();
  if (ui.offline) patchState('ui', { offline: false });
}
