import * as z from 'zod';
import type { AppError } from '../api-error';

/*
 * The list is the authority on which ICPs the user has. When the server refuses an ICP's details
 * (403) or does not find them (404) while its list still carries the ICP, the ICP stays: marked,
 * with the copy the list carried, until a list refresh no longer contains it.
 */

export const RefusedStatus = z.union([z.literal(403), z.literal(404)]);
export type RefusedStatus = z.infer<typeof RefusedStatus>;

/** One listed ICP whose details the server refused or did not find. */
export const RefusedDetail = z.object({ id: z.string(), status: RefusedStatus });
export type RefusedDetail = z.infer<typeof RefusedDetail>;

/** 403 or 404 when this failure is the server refusing or not finding an ICP; null for any other. */
export function refusedStatusOf(error: Pick<AppError, 'kind'>): RefusedStatus | null {
  if (error.kind === 'forbidden') return 403;
  if (error.kind === 'notFound') return 404;
  return null;
}

/** What the detail, Compare and the row's tooltip say. */
export function refusedDetailSentence(status: RefusedStatus): string {
  return status === 403 ? 'The server refused the details of this ICP (403)' : 'The details of this ICP were not found (404)';
}

/** The row's badge: short, beside the expiry. */
export const refusedDetailBadge = (status: RefusedStatus): string => (status === 403 ? 'No access' : 'Not found');
