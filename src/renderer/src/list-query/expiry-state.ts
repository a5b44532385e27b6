import type { ExpiryFilter } from '../../../shared/ipc-contract';
import { EXPIRING_WITHIN_DAYS } from '../../../shared/format/expiry';

/*
 * expiryOf (format/expiry.ts) for a whole list at once: the same states by the same rules
 * (calendar days in the local zone, the instant itself counts as expired), from epoch
 * milliseconds with integer arithmetic instead of a date library call per row. Preparing 10,000
 * rows is on the path from "list arrived" to "list painted".
 */

const DAY_MS = 86_400_000;

/** The local calendar day of an instant, as a day count (differences are calendar days). */
export function localDayIndex(ms: number): number {
  return Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / DAY_MS);
}

/** `expiresAt`: epoch ms, +Infinity for no expiry (or an unreadable date, which expiryOf treats alike). */
export function expiryStateAt(expiresAt: number, now: number, today: number = localDayIndex(now)): ExpiryFilter {
  if (!Number.isFinite(expiresAt)) return 'noExpiry';
  if (expiresAt <= now) return 'expired';
  return localDayIndex(expiresAt) - today <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'active';
}
