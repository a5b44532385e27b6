import { appError } from '../../shared/api-error';
import type { Channel, EventName, EventPayload, ParsedRequestOf, ResponseOf } from '../../shared/ipc-contract';
import { fail, ok } from '../../shared/result';
import { AccountClosedError } from '../accounts/write-gate';
import type { AppFileSystem } from '../storage/file-system';
import type { Session, SessionManager } from '../session/session-manager';
import type { Result } from '../../shared/result';
import { createExportHandlers, type SaveFilter } from './export-handlers';
import type { LinkInbox } from '../links/link-inbox';
import type { ChecksService } from '../checks/checks-service';
import { checksHandlers } from './checks-handlers';
import { throttle } from './throttle';

export interface HandlerDeps {
  sessions: SessionManager;
  fs: AppFileSystem;
  clock: () => Date;
  /** The native save dialog: the chosen path, or null when the user cancelled. */
  saveDialog: (defaultFileName: string, filter: SaveFilter) => Promise<string | null>;
  clipboard: { writeText(text: string): void | Promise<void> };
  /** Pushes an event to the renderer. */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** icpdesk:// links waiting to be opened. */
  links: LinkInbox;
  /** Reviews the list in a worker (checks-service.ts). */
  checks: ChecksService;
}

export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> };

/** Runs `work` with the signed-in session, or answers why there is none. */
export type WithSession = <T>(work: (session: Session) => Promise<Result<T>>) => Promise<Result<T>>;

const PROGRESS_INTERVAL_MS = 100;

/**
 * One plain function per contract channel, over injected dependencies: the same code answers
 * Electron's ipcMain and the web test host. Arguments arrive already validated (see dispatcher.ts).
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { sessions } = deps;

  // A request for an account that was closed while it ran (switched away from, removed) answers
  // this instead of its data; its writes were refused by the account's write gate.
  const closedMeanwhile = () => fail(appError('cancelled', 'That account was closed (another one was opened, or it was removed) before this finished.'));

  const withSession: WithSession = async (work) => {
    const current = await sessions.current();
    if (!current.ok) return current;
    const session = current.data;
    try {
      const result = await work(session);
      return session.closed ? closedMeanwhile() : result;
    } catch (error) {
      if (error instanceof AccountClosedError || session.closed) return closedMeanwhile();
      throw error;
    }
  };

  return {
    'session:status': () => sessions.status(),
    'session:signIn': ({ baseUrl, token }) => sessions.add(baseUrl, token),
    'session:signInDemo': () => sessions.addDemo(),
    'session:signOut': () => sessions.signOut(),

    'accounts:list': () => sessions.accounts(),
    'accounts:add': ({ baseUrl, token, label }) => sessions.add(baseUrl, token, label),
    'accounts:addDemo': () => sessions.addDemo(),
    'accounts:switch': ({ id }) => sessions.switchTo(id),
    'accounts:remove': ({ id }) => sessions.remove(id),
    'accounts:reauth': ({ id, token }) => sessions.reauth(id, token),
    'accounts:rename': ({ id, label }) => sessions.rename(id, label),

    'icps:list': ({ source }) => withSession((session) => session.icps.listPage(source)),
    'icps:searchTexts': () => withSession((session) => session.icps.searchTexts()),
    'icps:get': ({ id, source }) => withSession((session) => session.icps.detail(id, source)),

    'offline:sync': () =>
      withSession(async (session) => {
        const report = throttle((progress: EventPayload<'offline:progress'>) => deps.emit('offline:progress', progress), PROGRESS_INTERVAL_MS);
        const outcome = await session.icps.syncAll(report);
        report.flush();
        return outcome;
      }),
    'offline:cancel': () => withSession(async (session) => ok({ cancelled: session.icps.cancelSync() })),

    ...createExportHandlers(deps, withSession),
    'links:take': () => deps.links.take(),

    // Each account has its own view; with none open there is none to show (the default applies).
    'view:get': async () => {
      const current = await sessions.current();
      return ok(current.ok ? await current.data.view.read() : null);
    },
    'view:save': ({ view }) =>
      withSession(async (session) => {
        await session.view.save(view);
        return ok({});
      }),
    ...checksHandlers({ sessions, checks: deps.checks }),
  };
}
