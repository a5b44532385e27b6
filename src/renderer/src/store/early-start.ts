import { call } from '../bridge';

/*
 * What a start needs from main, asked for by the entry module before the rest of the app has
 * loaded: the session, the saved view, and the cached list (the slowest: main reads it while the
 * renderer parses its code). Asked in that order because main answers in turn, and the small
 * answers should not wait behind the list. Main answers "signed out" at once when there is no
 * session. Kept tiny on purpose: it is in the first chunk the page runs.
 */

const askAll = () => ({
  status: call('session:status', {}),
  view: call('view:get', {}),
  list: call('icps:list', { source: 'cache' }),
});

export type EarlyStart = ReturnType<typeof askAll>;
let early: EarlyStart | null = null;

export function askEarly(): void {
  early = askAll();
}

/** The start's early answers, once (a later sign-in must ask again). */
export function takeEarlyStart(): EarlyStart | null {
  const taken = early;
  early = null;
  return taken;
}
