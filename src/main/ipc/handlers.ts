import type { Channel, EventName, EventPayload, ParsedRequestOf, ResponseOf } from '../../shared/ipc-contract';
import { ok } from '../../shared/result';
import type { SettingsStore } from '../settings/settings-store';
import type { AppFileSystem } from '../storage/file-system';
import type { Session, SessionManager } from '../session/session-manager';
import type { Result } from '../../shared/result';
import { createExportHandlers, type SaveFilter } from './export-handlers';
import type { LinkInbox } from '../links/link-inbox';
import { throttle } from './throttle';

export interface HandlerDeps {
  sessions: SessionManager;
  settings: SettingsStore;
  fs: AppFileSystem;
  clock: () => Date;
  /** The native save dialog: the chosen path, or null when the user cancelled. */
  saveDialog: (defaultFileName: string, filter: SaveFilter) => Promise<string | null>;
  clipboard: { writeText(text: string): void | Promise<void> };
  /** Pushes an event to the renderer. */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** icpdesk:// links waiting to be opened. */
  links: LinkInbox;
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

  const withSession: WithSession = async (work) => {
    const current = await sessions.current();
    return current.ok ? work(current.data) : current;
  };

  return {
    'session:status': () => sessions.status(),
    'session:signIn': ({ baseUrl, token }) => sessions.signIn(baseUrl, token),
    'session:signInDemo': () => sessions.signInDemo(),
    'session:signOut': () => sessions.signOut(),

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

    'view:get': async () => ok((await deps.settings.get()).listView ?? null),
    'view:save': async ({ view }) => {
      await deps.settings.update({ listView: view });
      return ok({});
    },
  };
}
