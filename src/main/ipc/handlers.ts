import type { Channel, EventName, EventPayload, ParsedRequestOf, ResponseOf } from '../../shared/ipc-contract';
import { ok } from '../../shared/result';
import { exportFileName, exportText } from '../export/export-icps';
import { writeExportFile } from '../export/write-export-file';
import type { SettingsStore } from '../settings/settings-store';
import type { AppFileSystem } from '../storage/file-system';
import type { Session, SessionManager } from '../session/session-manager';
import type { ChecksService } from '../checks/checks-service';
import { checksHandlers } from './checks-handlers';
import { throttle } from './throttle';

export interface HandlerDeps {
  sessions: SessionManager;
  settings: SettingsStore;
  fs: AppFileSystem;
  clock: () => Date;
  /** The native save dialog: the chosen path, or null when the user cancelled. */
  saveDialog: (defaultFileName: string) => Promise<string | null>;
  clipboard: { writeText(text: string): void | Promise<void> };
  /** Pushes an event to the renderer. */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** Reviews the list in a worker (checks-service.ts). */
  checks: ChecksService;
}

export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> };

const PROGRESS_INTERVAL_MS = 100;

/**
 * One plain function per contract channel, over injected dependencies: the same code answers
 * Electron's ipcMain and the web test host. Arguments arrive already validated (see dispatcher.ts).
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { sessions } = deps;

  const withSession = async <T>(work: (session: Session) => Promise<T>) => {
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

    'export:save': ({ ids }) =>
      withSession(async (session) => {
        const copies = await session.icps.copiesOf(ids);
        if (!copies.ok) return copies;
        const path = await deps.saveDialog(exportFileName(copies.data, deps.clock()));
        if (path === null) return ok({ saved: false as const });
        const written = await writeExportFile(deps.fs, path, exportText(copies.data));
        if (!written.ok) return written;
        return ok({ saved: true as const, path, count: copies.data.length });
      }),
    'export:copy': ({ ids }) =>
      withSession(async (session) => {
        const copies = await session.icps.copiesOf(ids);
        if (!copies.ok) return copies;
        await deps.clipboard.writeText(exportText(copies.data));
        return ok({ count: copies.data.length });
      }),

    'view:get': async () => ok((await deps.settings.get()).listView ?? null),
    'view:save': async ({ view }) => {
      await deps.settings.update({ listView: view });
      return ok({});
    },
    ...checksHandlers({ sessions, checks: deps.checks }),
  };
}
