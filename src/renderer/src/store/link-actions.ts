import type { LinkRefusal } from '../../../shared/links/link-outcome';
import { call, onEvent } from '../bridge';
import { useAppStore } from './app-store';
import { openIcp } from './detail-actions';
import { noteFailure } from './error-routing';
import { showToast } from './toast-actions';

/*
 * icpdesk:// links: main keeps the newest link it was handed and says so ('links:arrived'); the
 * renderer takes it once signed in, and opens the ICP or says why it cannot.
 */

const TITLES: Record<LinkRefusal, string> = {
  invalid: 'This link cannot be opened',
  otherAccount: 'This ICP is not in this account',
  notFound: 'ICP not found',
  unavailable: 'This ICP is not available offline',
};

let taking = false;
/** A link arrived while one was being taken: take again after it. */
let again = false;

async function takeLink(): Promise<void> {
  if (useAppStore.getState().session.phase !== 'signedIn') return;
  if (taking) {
    again = true;
    return;
  }
  taking = true;
  try {
    const result = await call('links:take', {});
    if (!result.ok) {
      noteFailure(result.error);
      showToast('error', 'Could not open the link', result.error.message);
      return;
    }
    const outcome = result.data;
    if (outcome === null) return;
    if (outcome.kind === 'found') await openIcp(outcome.id);
    else showToast('error', TITLES[outcome.reason], outcome.message);
  } finally {
    taking = false;
    if (again) {
      again = false;
      void takeLink();
    }
  }
}

/** Takes links as they arrive, and the one waiting when the user signs in. */
export function followLinks(): () => void {
  const stopEvents = onEvent('links:arrived', () => void takeLink());
  const stopSession = useAppStore.subscribe((state, previous) => {
    if (state.session.phase === 'signedIn' && previous.session.phase !== 'signedIn') void takeLink();
  });
  void takeLink();
  return () => {
    stopEvents();
    stopSession();
  };
}
