import type { Icp } from '../../shared/icp-schema';
import type { IcpChecks, ReviewSelection } from '../../shared/checks/checks-contract';
import type { Finding } from '../../shared/export/export-item';

/*
 * Main and the checks worker talk in these messages. The list travels as the path of its cache
 * file (the worker reads and validates it itself, so neither the parse nor a structured clone of
 * the list runs on main's event loop), or, when that file does not hold the list main shows (it
 * could not be written), as the ICPs themselves.
 */

export interface ListSource {
  /** The list's cache file; with fetchedAt, what names the list (two accounts have two files). */
  file: string;
  fetchedAt: string;
  /** Sent only when the file does not hold this list. */
  icps?: readonly Icp[];
}

export type ReviewQuery =
  | { kind: 'summaries' }
  /** copy: main's saved copy of an ICP the list does not hold, to check on its own. */
  | { kind: 'icp'; id: string; copy?: Icp }
  /**
   * Many ICPs' findings in one message (for exports), in the order of `ids`, answered as
   * ExportChecks, listing at most `overlapsListed` overlap findings each (the rest counted).
   */
  | { kind: 'icps'; ids: readonly string[]; overlapsListed: number }
  | { kind: 'overview' }
  | { kind: 'pairs'; offset: number; limit: number }
  | { kind: 'coverage'; dimension: string }
  | { kind: 'ids'; selection: ReviewSelection };

export interface WorkerRequest {
  id: number;
  list: ListSource;
  /** ISO time: expiry is judged at this moment. */
  now: string;
  query: ReviewQuery;
}

export type WorkerReply =
  | { id: number; state: 'ok'; data: unknown }
  /** The cache file holds another list than the one asked for: send the ICPs instead. */
  | { id: number; state: 'stale' }
  | { id: number; state: 'failed'; message: string };

/**
 * One ICP's checks as an export needs them: the detail's findings without what only the app uses
 * (rule, path, the other ICP's id), so thousands cross to main as a small structured clone.
 */
export interface ExportChecks extends Omit<IcpChecks, 'findings'> {
  findings: Finding[];
}

export const exportChecks = ({ findings, moreOverlaps, reviewed }: IcpChecks): ExportChecks => ({
  findings: findings.map(({ severity, message, field }) => ({ severity, message, field })),
  moreOverlaps,
  reviewed,
});
