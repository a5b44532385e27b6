import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differenceInHours } from 'date-fns';
import { EXPIRING_WITHIN_DAYS, expiryFilterOf, expiryLabel, expiryOf, type Expiry } from '../../../src/shared/format/expiry';

// Node re-reads TZ when process.env.TZ is assigned, so one file can run in several zones.
// Dates are built inside each test (after the zone is set) with the local-time constructor.
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'] as const;
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** Local wall-clock time in the current TZ; month is 1-based for readability. */
const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0): Date => new Date(y, m - 1, d, h, min, s, ms);
const label = (until: Date | string | null, now: Date): string => expiryLabel(expiryOf(until instanceof Date ? until.toISOString() : until, now));

function inZone(zone: string, body: () => void): void {
  describe(`in ${zone}`, () => {
    beforeAll(() => {
      process.env.TZ = zone;
    });
    it('really runs in that zone', () => {
      // Intl may report an alias (Asia/Calcutta), so compare wall-clock hours instead.
      const hourIn = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' });
      for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z', '2026-03-29T01:30:00Z']) {
        const instant = new Date(iso);
        expect(Number(hourIn.format(instant))).toBe(instant.getHours());
      }
    });
    body();
  });
}

for (const zone of ZONES) {
  inZone(zone, () => {
    it('says "No expiry" for a null activeUntil', () => {
      expect(expiryOf(null, local(2026, 5, 10, 12))).toEqual({ state: 'noExpiry' });
      expect(label(null, local(2026, 5, 10, 12))).toBe('No expiry');
    });

    it('says "Expires today" for 23:59 tonight', () => {
      const now = local(2026, 5, 10, 12);
      expect(expiryOf(local(2026, 5, 10, 23, 59).toISOString(), now)).toEqual({ state: 'expiring', days: 0 });
      expect(label(local(2026, 5, 10, 23, 59, 59, 999), now)).toBe('Expires today');
    });

    it('says "Expired today" for an instant earlier today, down to local midnight', () => {
      const now = local(2026, 5, 10, 12);
      expect(expiryOf(local(2026, 5, 10, 0, 0).toISOString(), now)).toEqual({ state: 'expired', days: 0 });
      expect(label(local(2026, 5, 10, 11, 59), now)).toBe('Expired today');
    });

    it('treats activeUntil equal to now as expired, one millisecond later as expiring today', () => {
      const now = local(2026, 5, 10, 12);
      expect(label(now, now)).toBe('Expired today');
      expect(label(new Date(now.getTime() + 1), now)).toBe('Expires today');
    });

    it('counts calendar days at the midnight boundary, not 24-hour periods', () => {
      const justBeforeMidnight = local(2026, 5, 10, 23, 59, 59, 999);
      expect(label(local(2026, 5, 11, 0, 0), justBeforeMidnight)).toBe('Expires tomorrow');
      const midnight = local(2026, 5, 11, 0, 0);
      expect(label(local(2026, 5, 10, 23, 59, 59, 999), midnight)).toBe('Expired yesterday');
      expect(label(local(2026, 5, 12, 23, 59), midnight)).toBe('Expires tomorrow');
      expect(label(local(2026, 5, 13, 0, 0), midnight)).toBe('Expires in 2 days');
      // 47 hours ago, but three calendar days back.
      expect(label(local(2026, 5, 8, 1, 0), local(2026, 5, 10, 0, 0))).toBe('Expired 2 days ago');
      expect(label(local(2026, 5, 7, 23, 0), local(2026, 5, 10, 0, 0))).toBe('Expired 3 days ago');
    });

    it(`is expiring at exactly ${EXPIRING_WITHIN_DAYS} calendar days and active at 31`, () => {
      const now = local(2026, 6, 1, 9);
      expect(expiryOf(local(2026, 7, 1, 23, 59).toISOString(), now)).toEqual({ state: 'expiring', days: 30 });
      expect(label(local(2026, 7, 1, 0, 0), now)).toBe('Expires in 30 days');
      expect(expiryOf(local(2026, 7, 2, 0, 0).toISOString(), now)).toEqual({ state: 'active', days: 31 });
      expect(label(local(2026, 7, 2, 0, 0), now)).toBe('Active');
    });

    it('keeps the 30/31-day boundary across both DST changes of March', () => {
      // 1 to 31 March spans Europe's and the US's spring-forward.
      const now = local(2026, 3, 1, 12);
      expect(expiryOf(local(2026, 3, 31, 12).toISOString(), now)).toEqual({ state: 'expiring', days: 30 });
      expect(expiryOf(local(2026, 4, 1, 0, 30).toISOString(), now)).toEqual({ state: 'active', days: 31 });
    });

    it('says "Expired N days ago" for the past', () => {
      const now = local(2026, 5, 10, 12);
      expect(label(local(2026, 5, 7, 18), now)).toBe('Expired 3 days ago');
      expect(expiryOf('2024-12-31T23:59:59.000Z', now)).toMatchObject({ state: 'expired' });
      expect(label('2024-12-31T23:59:59.000Z', now)).toMatch(/^Expired \d+ days ago$/);
    });

    it('is active far in the future', () => {
      expect(expiryOf('2099-01-01T00:00:00.000Z', local(2026, 5, 10))).toMatchObject({ state: 'active' });
    });

    describe('Europe spring forward (2026-03-29) and fall back (2026-10-25)', () => {
      it('keeps one calendar day across the 23-hour day', () => {
        const now = local(2026, 3, 28, 12);
        const until = local(2026, 3, 29, 12);
        if (zone === 'Europe/Berlin') expect(differenceInHours(until, now)).toBe(23);
        expect(label(until, now)).toBe('Expires tomorrow');
        expect(label(local(2026, 4, 1, 0), local(2026, 3, 25, 0))).toBe('Expires in 7 days');
        expect(label(local(2026, 3, 29, 23, 30), local(2026, 3, 29, 0, 30))).toBe('Expires today');
      });

      it('keeps one calendar day across the 25-hour day', () => {
        const now = local(2026, 10, 24, 23, 30);
        const until = local(2026, 10, 25, 23, 30);
        if (zone === 'Europe/Berlin') expect(differenceInHours(until, now)).toBe(25);
        expect(label(until, now)).toBe('Expires tomorrow');
        expect(label(local(2026, 10, 25, 23, 59), local(2026, 10, 25, 0, 0))).toBe('Expires today');
        expect(label(local(2026, 10, 25, 0, 0), local(2026, 10, 26, 0, 0))).toBe('Expired yesterday');
        expect(label(local(2026, 11, 1, 0), local(2026, 10, 25, 0))).toBe('Expires in 7 days');
      });
    });

    describe('US spring forward (2026-03-08) and fall back (2026-11-01)', () => {
      it('keeps one calendar day across the 23-hour day', () => {
        const now = local(2026, 3, 7, 12);
        const until = local(2026, 3, 8, 12);
        if (zone === 'America/New_York') expect(differenceInHours(until, now)).toBe(23);
        expect(label(until, now)).toBe('Expires tomorrow');
        expect(label(local(2026, 3, 7, 23, 30), local(2026, 3, 8, 23, 30))).toBe('Expired yesterday');
        expect(label(local(2026, 3, 15, 0), local(2026, 3, 8, 0))).toBe('Expires in 7 days');
      });

      it('keeps one calendar day across the 25-hour day', () => {
        const now = local(2026, 10, 31, 23, 30);
        const until = local(2026, 11, 1, 23, 30);
        if (zone === 'America/New_York') expect(differenceInHours(until, now)).toBe(25);
        expect(label(until, now)).toBe('Expires tomorrow');
        expect(label(local(2026, 11, 1, 23, 59), local(2026, 11, 1, 0, 0))).toBe('Expires today');
        expect(label(local(2026, 10, 25, 0, 0), local(2026, 11, 1, 0, 0))).toBe('Expired 7 days ago');
      });
    });
  });
}

describe('a UTC activeUntil that is a different local day per zone', () => {
  // 2026-03-29T23:30Z is 01:30 on 30 March in Berlin (CEST, just after spring-forward) but
  // 19:30 on 29 March in New York. "now" is noon UTC on the 29th in both.
  const until = '2026-03-29T23:30:00.000Z';
  const now = new Date('2026-03-29T12:00:00.000Z');
  const cases: [string, string, Expiry][] = [
    ['Europe/Berlin', 'Expires tomorrow', { state: 'expiring', days: 1 }],
    ['America/New_York', 'Expires today', { state: 'expiring', days: 0 }],
    ['Asia/Kolkata', 'Expires tomorrow', { state: 'expiring', days: 1 }],
    ['Pacific/Auckland', 'Expires today', { state: 'expiring', days: 0 }],
    ['UTC', 'Expires today', { state: 'expiring', days: 0 }],
  ];
  for (const [zone, text, expiry] of cases) {
    it(`says "${text}" in ${zone}`, () => {
      process.env.TZ = zone;
      expect(expiryOf(until, now)).toEqual(expiry);
      expect(expiryLabel(expiryOf(until, now))).toBe(text);
    });
  }

  it('says "Expired yesterday" in Berlin but "Expired today" in New York the morning after', () => {
    const morningAfter = new Date('2026-03-30T13:00:00.000Z');
    process.env.TZ = 'Europe/Berlin';
    expect(expiryLabel(expiryOf(until, morningAfter))).toBe('Expired today');
    process.env.TZ = 'America/New_York';
    expect(expiryLabel(expiryOf(until, morningAfter))).toBe('Expired yesterday');
  });
});

describe('expiryLabel', () => {
  it.each<[Expiry, string]>([
    [{ state: 'noExpiry' }, 'No expiry'],
    [{ state: 'active', days: 400 }, 'Active'],
    [{ state: 'expiring', days: 0 }, 'Expires today'],
    [{ state: 'expiring', days: 1 }, 'Expires tomorrow'],
    [{ state: 'expiring', days: 2 }, 'Expires in 2 days'],
    [{ state: 'expiring', days: 30 }, 'Expires in 30 days'],
    [{ state: 'expired', days: 0 }, 'Expired today'],
    [{ state: 'expired', days: 1 }, 'Expired yesterday'],
    [{ state: 'expired', days: 3 }, 'Expired 3 days ago'],
  ])('labels %j as "%s"', (expiry, text) => {
    expect(expiryLabel(expiry)).toBe(text);
  });
});

describe('expiryFilterOf', () => {
  it.each<[Expiry, string]>([
    [{ state: 'noExpiry' }, 'noExpiry'],
    [{ state: 'active', days: 40 }, 'active'],
    [{ state: 'expiring', days: 3 }, 'expiring'],
    [{ state: 'expired', days: 3 }, 'expired'],
  ])('puts %j under the "%s" chip', (expiry, chip) => {
    expect(expiryFilterOf(expiry)).toBe(chip);
  });
});

describe('unparseable input', () => {
  it('does not throw and shows "No expiry" (the schema rejects such values upstream)', () => {
    expect(expiryOf('not a date', new Date())).toEqual({ state: 'noExpiry' });
  });
});
