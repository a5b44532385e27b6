import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addHours, addMinutes, addMonths, addSeconds, addYears, subDays, subHours, subMinutes, subMonths, subSeconds, subYears } from 'date-fns';
import { exactTime, relativeTime } from '../../../src/shared/format/relative-time';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const local = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(y, m - 1, d, h, min);
const ago = (then: Date, now: Date): string => relativeTime(then.toISOString(), now);
/** ICU versions differ on the space before AM/PM (U+202F or a plain space). */
const plainSpaces = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

for (const zone of ['UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland']) {
  describe(`relativeTime in ${zone}`, () => {
    beforeAll(() => {
      process.env.TZ = zone;
    });

    it('says "just now" within 45 seconds either way', () => {
      const now = local(2026, 5, 10, 12);
      expect(ago(now, now)).toBe('just now');
      expect(ago(subSeconds(now, 44), now)).toBe('just now');
      expect(ago(addSeconds(now, 10), now)).toBe('just now');
    });

    it('counts minutes, rounding 45-59 seconds up to one', () => {
      const now = local(2026, 5, 10, 12);
      expect(ago(subSeconds(now, 50), now)).toBe('1 minute ago');
      expect(ago(subMinutes(now, 5), now)).toBe('5 minutes ago');
      expect(ago(subMinutes(now, 59), now)).toBe('59 minutes ago');
      expect(ago(addMinutes(now, 5), now)).toBe('in 5 minutes');
    });

    it('counts hours below a day', () => {
      const now = local(2026, 5, 10, 12);
      expect(ago(subHours(now, 1), now)).toBe('1 hour ago');
      expect(ago(subHours(now, 3), now)).toBe('3 hours ago');
      expect(ago(subHours(now, 23), now)).toBe('23 hours ago');
      expect(ago(addHours(now, 3), now)).toBe('in 3 hours');
      // Last night is still "N hours ago", not "yesterday".
      expect(ago(local(2026, 5, 9, 23), local(2026, 5, 10, 8))).toBe('9 hours ago');
    });

    it('says "yesterday"/"tomorrow" and counts calendar days after 24 hours', () => {
      const now = local(2026, 5, 10, 12);
      expect(ago(subHours(now, 26), now)).toBe('yesterday');
      expect(ago(addHours(now, 26), now)).toBe('tomorrow');
      expect(ago(subDays(now, 12), now)).toBe('12 days ago');
      expect(ago(addDays(now, 3), now)).toBe('in 3 days');
      expect(ago(subDays(now, 29), now)).toBe('29 days ago');
    });

    it('counts whole months from 30 days on', () => {
      const now = local(2026, 5, 10, 12);
      expect(ago(subDays(now, 30), now)).toBe('1 month ago');
      expect(ago(subMonths(now, 3), now)).toBe('3 months ago');
      expect(ago(subMonths(now, 11), now)).toBe('11 months ago');
      expect(ago(addMonths(now, 2), now)).toBe('in 2 months');
    });

    it('counts whole years from 12 months on', () => {
      const now = local(2026, 5, 10, 12);
      expect(ago(subMonths(now, 13), now)).toBe('1 year ago');
      expect(ago(subYears(now, 2), now)).toBe('2 years ago');
      expect(ago(addYears(now, 2), now)).toBe('in 2 years');
    });

    it('reads the API timestamps of the reference pages', () => {
      expect(relativeTime('2024-01-20T14:22:00.000Z', new Date('2026-05-10T12:00:00Z'))).toBe('2 years ago');
    });
  });
}

describe('relativeTime across DST', () => {
  it('counts real elapsed hours over the 23-hour spring-forward day, then calendar days (Berlin)', () => {
    process.env.TZ = 'Europe/Berlin';
    // 23:30 to 23:45 the next evening is only 23 h 15 min on 29 March.
    expect(ago(local(2026, 3, 28, 23, 30), local(2026, 3, 29, 23, 45))).toBe('23 hours ago');
    expect(ago(local(2026, 3, 28, 10, 0), local(2026, 3, 29, 12, 0))).toBe('yesterday');
    expect(ago(local(2026, 3, 22, 12, 0), local(2026, 3, 29, 12, 0))).toBe('7 days ago');
  });

  it('does not call an instant earlier on the 25-hour fall-back day "yesterday" (Berlin)', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(ago(local(2026, 10, 25, 0, 10), local(2026, 10, 25, 23, 30))).toBe('24 hours ago');
  });

  it('does the same for the US fall-back day (New York)', () => {
    process.env.TZ = 'America/New_York';
    expect(ago(local(2026, 11, 1, 0, 10), local(2026, 11, 1, 23, 30))).toBe('24 hours ago');
    expect(ago(local(2026, 10, 31, 23, 0), local(2026, 11, 2, 0, 30))).toBe('2 days ago');
  });
});

describe('relativeTime with bad input', () => {
  it('returns an unparseable timestamp as given', () => {
    expect(relativeTime('yesterday-ish', new Date())).toBe('yesterday-ish');
  });
});

describe('exactTime', () => {
  const iso = '2026-03-29T23:30:00.000Z';

  it('names the time zone, so the hover title says which day it means', () => {
    expect(plainSpaces(exactTime(iso, 'en-US', 'Europe/Berlin'))).toBe('Mar 30, 2026, 1:30 AM GMT+2');
    expect(plainSpaces(exactTime(iso, 'en-US', 'America/New_York'))).toBe('Mar 29, 2026, 7:30 PM EDT');
    expect(plainSpaces(exactTime(iso, 'en-US', 'UTC'))).toBe('Mar 29, 2026, 11:30 PM UTC');
  });

  it('uses the local time zone by default', () => {
    process.env.TZ = 'Asia/Kolkata';
    expect(plainSpaces(exactTime(iso, 'en-US'))).toBe('Mar 30, 2026, 5:00 AM GMT+5:30');
    process.env.TZ = 'Pacific/Auckland';
    expect(plainSpaces(exactTime(iso, 'en-US'))).toBe('Mar 30, 2026, 12:30 PM GMT+13');
  });

  it('follows the locale', () => {
    expect(exactTime(iso, 'de-DE', 'Europe/Berlin')).toBe('30. März 2026, 01:30 MESZ');
  });

  it('returns unparseable input as given and survives an unknown zone', () => {
    expect(exactTime('garbage', 'en-US')).toBe('garbage');
    expect(exactTime(iso, 'en-US', 'Mars/Olympus_Mons')).toBe(iso);
  });
});
