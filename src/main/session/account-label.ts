import type { Session } from './session-manager';

/** How the signed-in account is named to the user (report covers, link messages): the API's host, or the demo workspace. */
export function accountLabel(session: Session): string {
  return session.kind === 'demo' ? 'Demo workspace' : new URL(session.client.origin).host;
}
