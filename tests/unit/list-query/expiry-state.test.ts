import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expiryOf } from '../../../src/shared/format/expiry';
import { expiryStateAt, localDayIndex } from '../../../src/renderer/src/list-query/expiry-state';

/*
 * The list's fast expiry state must agree with expiryOf (the badge's) everywhere, including at
 * midnight, across daylight-saving changes and at the 30-day edge. The property runs in the
 * zone the suite runs in; the examples pin the edges.
 */

const DAY = 86_400_000;
const stateOf = (activeUntil: string | null, now: number) => {
  const at = activeUntil === null ? Number.POSITIVE_INFINITY : Date.parse(activeUntil);
  return expiryStateAt(Number.isNaN(at) ? Number.POSITIVE_INFINITY : at, now);
};

describe('expiry state for the list', () => {
  it('agrees with expiryOf for any instant and any end date within a year either side', () => {
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * 365 * DAY }), fc.integer({ min: -400 * DAY, max: 400 * DAY }), (offset, delta) => {
        const now = base + offset;
        const until = new Date(now + delta).toISOString();
        expect(stateOf(until, now)).toBe(expiryOf(until, new Date(now)).state);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees at the edges: the instant itself, midnight, 30 and 31 days, daylight-saving days', () => {
    const nows = ['2026-03-28T23:30:00', '2026-03-29T12:00:00', '2026-10-25T01:30:00', '2026-11-23T00:00:00', '2026-11-23T23:59:59'].map((local) =>
      new Date(local).getTime(),
    );
    for (const now of nows) {
      const midnight = new Date(new Date(now).setHours(0, 0, 0, 0));
      const candidates = [now, now + 1, now - 1];
      for (let days = 0; days <= 32; days++) {
        const day = new Date(midnight);
        day.setDate(day.getDate() + days);
        candidates.push(day.getTime(), day.getTime() - 1, day.getTime() + 23 * 3_600_000 + 59 * 60_000);
      }
      for (const at of candidates) {
        const iso = new Date(at).toISOString();
        expect(stateOf(iso, now), `${iso} at ${new Date(now).toISOString()}`).toBe(expiryOf(iso, new Date(now)).state);
      }
    }
  });

  it('is no expiry without a date or with one that cannot be read', () => {
    expect(stateOf(null, Date.now())).toBe('noExpiry');
    expect(stateOf('soon', Date.now())).toBe('noExpiry');
  });

  it('counts local calendar days', () => {
    const evening = new Date('2026-11-23T23:00:00').getTime();
    const morning = new Date('2026-11-24T01:00:00').getTime();
    expect(localDayIndex(morning) - localDayIndex(evening)).toBe(1);
  });
});
