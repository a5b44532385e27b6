import type { PreparedRow } from './list-query';

/*
 * Prepared rows carry each ICP's expiry state, which depends on the clock. Re-preparing 100,000
 * rows on every 30-second tick would stall the list for nothing, so the rows are kept until the
 * first instant any state can change: the next local midnight ("Expires in 3 days" becomes
 * "in 2", expiring/active boundaries move), or the soonest future activeUntil (an ICP turns
 * "expired" at that exact instant).
 */

/** The first instant (epoch ms) after `now` at which some row's expiry state may differ. */
export function nextExpiryChange(rows: readonly PreparedRow[], now: number): number {
  const today = new Date(now);
  let next = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime();
  for (const row of rows) {
    if (row.expiresAt > now && row.expiresAt < next) next = row.expiresAt;
  }
  return next;
}
