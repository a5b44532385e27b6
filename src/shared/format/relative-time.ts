import {
  differenceInCalendarDays,
  differenceInHours,
  differenceInMinutes,
  differenceInMonths,
  differenceInSeconds,
  differenceInYears,
  isValid,
  parseISO,
} from 'date-fns';

/*
 * "Updated 3 hours ago" for lists, with the exact instant in a hover title. Thresholds:
 * under 45 s "just now" (either direction: a few seconds of clock skew is not "in 10 seconds");
 * under an hour minutes; under 24 hours (or within the same calendar day) hours; then calendar
 * days in the local time zone ("yesterday", "12 days ago") up to 29; then whole months up to
 * 11; then whole years.
 * Unparseable input is returned as given, so a bad value stays visible instead of vanishing.
 */

const JUST_NOW_SECONDS = 45;
const DAYS_BEFORE_MONTHS = 30;

// The rest of the UI is English, so the wording is too; Intl supplies the plurals and
// "yesterday"/"tomorrow" (numeric: 'auto'), but only for days: "last month" reads vaguer than
// "1 month ago".
const dayFormat = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const unitFormat = new Intl.RelativeTimeFormat('en-US', { numeric: 'always' });

export function relativeTime(iso: string, now: Date): string {
  const then = parseISO(iso);
  if (!isValid(then) || !isValid(now)) return iso;
  const future = then.getTime() > now.getTime();
  const [earlier, later] = future ? [now, then] : [then, now];
  const sign = future ? 1 : -1;

  if (differenceInSeconds(later, earlier) < JUST_NOW_SECONDS) return 'just now';
  const minutes = differenceInMinutes(later, earlier);
  // 45-59 seconds truncate to 0 minutes; they read as "1 minute".
  if (minutes < 60) return unitFormat.format(sign * Math.max(1, minutes), 'minute');
  const hours = differenceInHours(later, earlier);
  const days = differenceInCalendarDays(later, earlier);
  // The day a clock falls back has 25 hours: 24 of them can lie within one calendar day, and
  // "yesterday" would then name the wrong day.
  if (hours < 24 || days === 0) return unitFormat.format(sign * hours, 'hour');
  if (days < DAYS_BEFORE_MONTHS) return dayFormat.format(sign * days, 'day');
  const months = Math.max(1, differenceInMonths(later, earlier));
  if (months < 12) return unitFormat.format(sign * months, 'month');
  return unitFormat.format(sign * Math.max(1, differenceInYears(later, earlier)), 'year');
}

/**
 * Formatters by locale and zone. For the user's own zone the key is the date's UTC offset, so a
 * system time-zone change (which changes offsets) is picked up without building a formatter per
 * call.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function exactFormatter(date: Date, locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone ?? `local${date.getTimezoneOffset()}`}`;
  const cached = formatters.get(key);
  if (cached) return cached;
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  });
  formatters.set(key, format);
  return format;
}

/**
 * "Mar 30, 2026, 1:30 AM GMT+2" for hover titles. The zone name is included because the
 * relative text hides which day boundary it used. locale and timeZone default to the user's.
 * Building a formatter costs more than formatting, and every visible row has titles, so
 * formatters are reused (see exactFormatter).
 */
export function exactTime(iso: string, locale?: string, timeZone?: string): string {
  const date = parseISO(iso);
  if (!isValid(date)) return iso;
  try {
    return exactFormatter(date, locale, timeZone).format(date);
  } catch {
    // An unknown locale or zone name must not take a hover title down with it.
    return date.toISOString();
  }
}
