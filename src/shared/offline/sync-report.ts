import * as z from 'zod';
import { AppErrorKind, type AppError } from '../api-error';
import { formatNumber } from '../format/numbers';
import type { SyncOutcome } from '../ipc-contract';
import { isolateText } from '../unicode/hidden-characters';

/*
 * What "Make available offline" tells the user when it ends. Every listed ICP opens offline from
 * the copy its list carried, so a detail that could not be fetched loses nothing: the message
 * says which ICPs kept the list's copy, and whether trying again can help (a network or server
 * failure) or cannot (the server refused the ICP, 403, or does not have it, 404).
 */

/** An ICP whose details the sync could not fetch or save. */
export const SyncFailure = z.object({
  id: z.string(),
  name: z.string(),
  kind: AppErrorKind,
  status: z.number().int().optional(),
  /** The list refreshed after the sync still has it (so it keeps the list's copy). */
  listed: z.boolean(),
});
export type SyncFailure = z.infer<typeof SyncFailure>;

export interface SyncReport {
  tone: 'success' | 'info';
  message: string;
  detail?: string;
}

const MAX_NAMED = 3;

const icps = (n: number) => `${formatNumber(n)} ${n === 1 ? 'ICP' : 'ICPs'}`;

/** “A”, “B” and “C”; “A”, “B”, “C” and 4 more. Names isolated for display (see isolateText). */
function named(failures: readonly SyncFailure[]): string {
  const names = failures.slice(0, MAX_NAMED).map((failure) => `“${isolateText(failure.name)}”`);
  const more = failures.length - names.length;
  if (more > 0) return `${names.join(', ')} and ${formatNumber(more)} more`;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Why trying again may help, in words, for the failures worth retrying. */
function retryReason(failures: readonly SyncFailure[]): string {
  const reasons = new Set(
    failures.map((failure) => {
      switch (failure.kind) {
        case 'server':
          return failure.status === undefined ? 'the server had a problem' : `the server had a problem (HTTP ${failure.status})`;
        case 'invalidResponse':
          return "the server's answer couldn't be read";
        case 'storage':
          return 'saving on this computer failed';
        default:
          return 'the connection failed';
      }
    }),
  );
  return [...reasons].join('; ');
}

const isPermanent = (failure: SyncFailure) => failure.kind === 'forbidden' || failure.kind === 'notFound';

export function describeSyncOutcome(outcome: SyncOutcome): SyncReport {
  const saved = outcome.done - outcome.failed;
  if (outcome.cancelled) return { tone: 'info', message: `Stopped – ${formatNumber(saved)} of ${icps(outcome.total)} saved for offline use` };
  if (outcome.failures.length === 0) return { tone: 'success', message: `${icps(saved)} available offline` };

  const left = outcome.failures.filter((failure) => !failure.listed);
  const refused = outcome.failures.filter((failure) => failure.listed && failure.kind === 'forbidden');
  const notFound = outcome.failures.filter((failure) => failure.listed && failure.kind === 'notFound');
  const retry = outcome.failures.filter((failure) => failure.listed && !isPermanent(failure));
  const sentences: string[] = [];
  if (refused.length > 0) sentences.push(`The server refused the details of ${named(refused)} (403).`);
  if (notFound.length > 0) sentences.push(`The details of ${named(notFound)} were not found (404).`);
  if (refused.length + notFound.length > 0) {
    const one = refused.length + notFound.length === 1;
    sentences.push(`${one ? 'It stays' : 'They stay'} in your list with the copy the list carried; trying again will not change this.`);
  }
  if (retry.length > 0) {
    const one = retry.length === 1;
    sentences.push(
      `Could not update ${named(retry)}: ${retryReason(retry)}. Try again to update ${one ? 'it' : 'them'}; until then ${one ? 'it opens' : 'they open'} with the copy the list carried.`,
    );
  }
  if (left.length > 0) sentences.push(`${named(left)} ${left.length === 1 ? 'is' : 'are'} no longer in your list.`);
  return { tone: 'info', message: `${icps(outcome.total - left.length)} available offline`, detail: sentences.join(' ') };
}

/** A sync that stopped early (the connection went, or the ICP list is missing): what the toast says. */
export function describeSyncStop(error: AppError): { message: string; detail: string } {
  const message = 'Could not make ICPs available offline';
  if (error.kind !== 'network') return { message, detail: error.message };
  return { message, detail: `${error.message} Every listed ICP still opens offline with the copy the list carried; try again when the connection is back.` };
}
