import { parseIcpLink } from '../../shared/links/icp-link';
import type { LinkOutcome, LinkRefusal } from '../../shared/links/link-outcome';
import { ok, type Result } from '../../shared/result';
import type { EventName, EventPayload } from '../../shared/ipc-contract';
import type { Logger } from '../logger';
import type { Session, SessionManager } from '../session/session-manager';

/*
 * Links that open an ICP arrive whenever the OS hands them over: before the window exists, while
 * signed out, during a sync. The inbox keeps the newest one and tells the renderer one is
 * waiting; the renderer takes it when it can show an ICP (signed in), and main answers what
 * the link leads to: this account's ICP, or why not.
 */

/** The arguments a start of the app was given: the first icpdesk: link among them, if any. */
export function linkInArgs(args: readonly string[]): string | null {
  return args.find((arg) => /^icpdesk:/i.test(arg.trim())) ?? null;
}

interface LinkInboxDeps {
  sessions: SessionManager;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  log: Logger;
}

export function createLinkInbox(deps: LinkInboxDeps) {
  let waiting: string | null = null;

  return {
    /** A link from the OS, a second start or the web host; the newest replaces an untaken one. */
    receive(text: string): void {
      waiting = text;
      deps.log.info('A link to open arrived.');
      deps.emit('links:arrived', {});
    },

    /** The waiting link's outcome (and the link is gone), or null: none, or nobody signed in yet. */
    async take(): Promise<Result<LinkOutcome | null>> {
      if (waiting === null) return ok(null);
      const current = await deps.sessions.current();
      // Signed out: the link waits for the sign-in that follows.
      if (!current.ok) return ok(null);
      const text = waiting;
      waiting = null;
      return ok(await resolveLink(text, current.data, deps.sessions));
    },
  };
}

export type LinkInbox = ReturnType<typeof createLinkInbox>;

const refuse = (reason: LinkRefusal, message: string): LinkOutcome => ({ kind: 'refused', reason, message });

/**
 * Finds the linked ICP: the link's account must be the open one (a link without an account means
 * the open one); there, on this computer first, then from the API.
 */
async function resolveLink(text: string, session: Session, sessions: SessionManager): Promise<LinkOutcome> {
  const parsed = parseIcpLink(text);
  if (!parsed.ok) return refuse('invalid', parsed.reason);
  const { id, accountId } = parsed.link;
  if (accountId !== null && accountId !== session.id) {
    const listed = await sessions.accounts();
    const other = listed.ok ? listed.data.accounts.find((account) => account.id === accountId) : undefined;
    return other
      ? refuse('otherAccount', `This ICP is in your account “${other.label}”, not in “${session.label}”. Switch to “${other.label}” and open the link again.`)
      : refuse('otherAccount', `This link is for an account that is not set up in ICP Desk on this computer, so ICP ${id} is not in “${session.label}”.`);
  }
  const here = await session.icps.copiesOf([id]);
  if (here.ok) return { kind: 'found', id: here.data[0]!.id };
  const fetched = await session.icps.detail(id, 'network');
  if (fetched.ok && fetched.data) return { kind: 'found', id: fetched.data.icp.id };
  const kind = fetched.ok ? 'notFound' : fetched.error.kind;
  if (kind === 'notFound' || kind === 'forbidden') {
    return refuse('notFound', `ICP ${id} was not found in “${session.label}”. It may have been deleted, or the link is for another account.`);
  }
  return refuse('unavailable', `ICP ${id} is not saved on this computer and could not be fetched. ${fetched.ok ? '' : fetched.error.message}`.trim());
}
