import type { CopyFormat, SaveFormat } from '../../shared/export/export-contract';
import type { ExportItem } from '../../shared/export/export-item';
import type { ExportPiece } from '../../shared/export/export-piece';
import { csvPieces } from '../../shared/export/csv-export';
import { markdownSection, markdownTablePieces } from '../../shared/export/markdown-export';
import { reportPieces } from '../../shared/export/report-html';
import type { ViewClock } from '../../shared/format/header-view';
import type { Icp } from '../../shared/icp-schema';
import { summarizeIcp } from '../../shared/icp-summary';
import { formatIcpLink } from '../../shared/links/icp-link';
import type { ResponseOf } from '../../shared/ipc-contract';
import { ok } from '../../shared/result';
import { buildExportBytes, buildExportText } from '../export/build-export-text';
import { exportItems } from '../export/export-items';
import { exportFileName, jsonPieces } from '../export/export-icps';
import { writeExportFile } from '../export/write-export-file';
import type { Session } from '../session/session-manager';
import type { HandlerDeps, Handlers, WithSession } from './handlers';
import { throttle } from './throttle';

/** What the save dialog offers to filter by, per format. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

const SAVE_FILTERS: Record<SaveFormat, SaveFilter> = {
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV (spreadsheet)', extensions: ['csv'] },
  report: { name: 'HTML report', extensions: ['html', 'htm'] },
};

const PROGRESS_INTERVAL_MS = 100;

interface ExportInput {
  icps: Icp[];
  /** The ICPs with their findings and changes since review, where those are known. */
  items: ExportItem[];
  clock: ViewClock;
  /** The open account's label, for the report's cover. */
  account: string;
  /** The open account's id when links must name it (several accounts), else null. */
  linkAccount: string | null;
}

const FILE_PIECES: Record<SaveFormat, (input: ExportInput) => Iterable<ExportPiece>> = {
  json: ({ icps }) => jsonPieces(icps),
  csv: ({ items, clock }) => csvPieces(items, clock),
  report: ({ items, clock, account }) => reportPieces({ account, items, clock }),
};

const COPY_PIECES: Record<CopyFormat, (input: ExportInput) => Iterable<ExportPiece>> = {
  json: ({ icps }) => jsonPieces(icps),
  markdown: ({ icps, items, clock }) =>
    items.length === 1
      ? [{ text: markdownSection(items[0]!, clock), done: 1 }]
      : markdownTablePieces(
          icps.map((icp) => summarizeIcp(icp)),
          clock,
        ),
  link: ({ icps, linkAccount }) => [{ text: icps.map((icp) => formatIcpLink(icp.id, linkAccount)).join('\n'), done: icps.length }],
};

/**
 * Export to a file (JSON, CSV, the review report) and to the clipboard (JSON, Markdown), all
 * from the copies main holds in memory or in the offline cache, so they work offline. The text is
 * made in slices (build-export-text.ts) with progress events, and files are written only through
 * writeExportFile (atomic, 0600).
 */
export function createExportHandlers(deps: HandlerDeps, withSession: WithSession): Pick<Handlers, 'export:save' | 'export:copy'> {
  const build = async <T>(
    builder: (pieces: Iterable<ExportPiece>, onProgress: (done: number) => void) => Promise<T>,
    pieces: Iterable<ExportPiece>,
    total: number,
  ): Promise<T> => {
    const report = throttle((done: number) => deps.emit('export:progress', { done, total }), PROGRESS_INTERVAL_MS);
    const built = await builder(pieces, report);
    report.flush();
    return built;
  };
  // JSON and links carry the ICPs alone: only the other formats ask the checks and the history.
  const inputOf = async (session: Session, icps: Icp[], withExtras: boolean): Promise<ExportInput> => {
    const accounts = await deps.sessions.accounts();
    const several = accounts.ok && accounts.data.accounts.length > 1;
    const items = withExtras ? await exportItems(session, icps, { checks: deps.checks }) : icps.map((icp) => ({ icp }));
    return { icps, items, clock: { now: deps.clock() }, account: session.label, linkAccount: several ? session.id : null };
  };

  return {
    'export:save': ({ ids, format }) =>
      withSession(async (session): Promise<ResponseOf<'export:save'>> => {
        const copies = await session.icps.copiesOf(ids);
        if (!copies.ok) return copies;
        const path = await deps.saveDialog(exportFileName(copies.data, deps.clock(), format), SAVE_FILTERS[format]);
        if (path === null) return ok({ saved: false as const });
        const bytes = await build(buildExportBytes, FILE_PIECES[format](await inputOf(session, copies.data, format !== 'json')), copies.data.length);
        const written = await writeExportFile(deps.fs, path, bytes);
        if (!written.ok) return written;
        return ok({ saved: true as const, path, count: copies.data.length });
      }),
    'export:copy': ({ ids, format }) =>
      withSession(async (session) => {
        const copies = await session.icps.copiesOf(ids);
        if (!copies.ok) return copies;
        await deps.clipboard.writeText(
          await build(
            buildExportText,
            COPY_PIECES[format](await inputOf(session, copies.data, format === 'markdown' && copies.data.length === 1)),
            copies.data.length,
          ),
        );
        return ok({ count: copies.data.length });
      }),
  };
}
