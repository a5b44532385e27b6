import { appError } from '../../shared/api-error';
import { fail, ok, type Result } from '../../shared/result';
import { jsonPieces, slugify } from '../export/export-icps';
import { writeExportFile } from '../export/write-export-file';
import type { HandlerDeps, Handlers } from './handlers';
import type { Session } from '../session/session-manager';

type HistoryChannel = Extract<keyof Handlers, `history:${string}`>;

/** `icp-enterprise-tech-buyers-v3-2026-11-20.json`: which ICP, which version, and when it was seen. */
function versionFileName(name: string, id: string, seq: number, seenAt: string): string {
  return `icp-${slugify(name) || id.slice(0, 8)}-v${seq}-${seenAt.slice(0, 10)}.json`;
}

/**
 * The local history's channels (src/main/history): the list's marks, review marks, dismissing
 * removed ICPs, one ICP's versions for the Changes tab, and exporting one version exactly as it
 * was received.
 */
export function historyHandlers(
  deps: Pick<HandlerDeps, 'fs' | 'saveDialog'>,
  withSession: <T>(work: (session: Session) => Promise<Result<T>>) => Promise<Result<T>>,
): Pick<Handlers, HistoryChannel> {
  return {
    'history:marks': () => withSession((session) => session.history.marks()),
    'history:markReviewed': ({ ids }) => withSession((session) => session.history.markReviewed(ids)),
    'history:dismissRemoved': ({ ids }) =>
      withSession(async (session) => {
        const dismissed = await session.history.dismissRemoved(ids);
        return dismissed.ok ? ok({ dismissed: dismissed.data }) : dismissed;
      }),
    'history:versions': ({ id }) =>
      withSession(async (session) => {
        const status = await session.history.status(id);
        if (!status.ok) return status;
        const versions = await session.history.versions(id);
        return versions.ok ? ok({ status: status.data, versions: versions.data }) : versions;
      }),
    'history:exportVersion': ({ id, seq }) =>
      withSession(async (session) => {
        const versions = await session.history.versions(id);
        if (!versions.ok) return versions;
        const version = versions.data.find((kept) => kept.seq === seq);
        if (!version) return fail(appError('notFound', `Version ${seq} of this ICP is no longer kept on this computer.`));
        const path = await deps.saveDialog(versionFileName(version.icp.name, version.icp.id, seq, version.seenAt), {
          name: 'JSON',
          extensions: ['json'],
        });
        if (path === null) return ok({ saved: false as const });
        const written = await writeExportFile(deps.fs, path, [...jsonPieces([version.icp])].map((piece) => piece.text).join(''));
        return written.ok ? ok({ saved: true as const, path, count: 1 }) : written;
      }),
  };
}
