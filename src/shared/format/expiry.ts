import { differenceInCalendarDays, isValid, parseISO } from 'date-fns';
import type { ExpiryFilter } from '../ipc-contract';

/*
 * When an ICP stops being active, in the words a sales-ops reviewer uses: calendar days in the
 * user's own time zone, not 24-hour periods. An ICP ending at 23:59 tonight "Expires today",
 * and a count never jumps by one across a DST change (a 23- or 25-hour day is still one day).
 *
 * Boundary rules:
 * - null: 'noExpiry'.
 * - activeUntil <= now (the instant itself counts as over): 'expired', days = calendar days
 *   from activeUntil's local date to today (0 = "Expired today", even when it ended a minute ago).
 * - activeUntil > now: days = calendar days from today to activeUntil's local date.
 *   0..EXPIRING_WITHIN_DAYS (30 inclusive) is 'expiring' ("Expires today", "Expires tomorrow",
 *   "Expires in 30 days"); 31 and more is 'active'.
 * - An unparseable timestamp is 'noExpiry'. The schema rejects those, so this only keeps
 *   unvalidated data from crashing a row.
 */

export const EXPIRING_WITHIN_DAYS = 30;

export type Expiry = { state: 'noExpiry' } | { state: 'active'; days: number } | { state: 'expiring'; days: number } | { state: 'expired'; days: number };

export function expiryOf(activeUntil: string | null, now: Date): Expiry {
  if (activeUntil === null) return { state: 'noExpiry' };
  const until = parseISO(activeUntil);
  if (!isValid(until) || !isValid(now)) return { state: 'noExpiry' };
  if (until.getTime() <= now.getTime()) {
    return { state: 'expired', days: differenceInCalendarDays(now, until) };
  }
  const days = differenceInCalendarDays(until, now);
  return days <= EXPIRING_WITHIN_DAYS ? { state: 'expiring', days } : { state: 'active', days };
}

export function expiryLabel(expiry: Expiry): string {
  switch (expiry.state) {
    case 'noExpiry':
      return 'No expiry';
    case 'active':
      return 'Active';
    case 'expiring':
      if (expiry.days === 0) return 'Expires today';
      if (expiry.days === 1) return 'Expires tomorrow';
      return `Expires in ${expiry.days} days`;
    case 'expired':
      if (expiry.days === 0) return 'Expired today';
      if (expiry.days === 1) return 'Expired yesterday';
      return `Expired ${expiry.days} days ago`;
  }
}

/** The list's filter chip an ICP falls under; the chips are named after the states. */
export function expiryFilterOf(expiry: Expiry): ExpiryFilter {
  return expiry.state;
}
