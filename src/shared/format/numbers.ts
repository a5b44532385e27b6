/*
 * Number display for filter values, ranges and percentages. The locale is a parameter with an
 * explicit 'en-US' default so output does not depend on the machine the app (or a test) runs on.
 */

const DEFAULT_NUMBER_LOCALE = 'en-US';

/** Spaces around the en dash keep multi-digit bounds readable ("500 – 10,000"). */
const RANGE_SEPARATOR = ' \u2013 ';

const numberFormats = new Map<string, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

function cached(cache: Map<string, Intl.NumberFormat>, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(locale, format);
  }
  return format;
}

/**
 * 10000 -> "10,000". Intl's default of three fraction digits would silently round filter values
 * (1.23456 -> "1.235"), so every digit a finite double carries is kept.
 */
export function formatNumber(value: number, locale: string = DEFAULT_NUMBER_LOCALE): string {
  return cached(numberFormats, locale, { maximumFractionDigits: 20 }).format(value);
}

export type NumericRange = { min?: number | null; max?: number | null };

/**
 * {min: 500, max: 10000} -> "500 – 10,000"; only a min -> "≥ 500"; only a max -> "≤ 200";
 * equal bounds -> "500"; no bound -> "Any". Inverted bounds are shown as given, not swapped,
 * so a data error stays visible.
 */
export function formatRange(range: NumericRange, locale: string = DEFAULT_NUMBER_LOCALE): string {
  const min = typeof range.min === 'number' ? range.min : null;
  const max = typeof range.max === 'number' ? range.max : null;
  if (min !== null && max !== null) {
    if (Object.is(min, max)) return formatNumber(min, locale);
    return formatNumber(min, locale) + RANGE_SEPARATOR + formatNumber(max, locale);
  }
  if (min !== null) return `\u2265 ${formatNumber(min, locale)}`;
  if (max !== null) return `\u2264 ${formatNumber(max, locale)}`;
  return 'Any';
}

/**
 * 50 -> "50%". Takes percentage points, not a fraction, because that is what the API sends
 * (maxPercentFromCRM: 100 means 100%).
 */
export function formatPercent(points: number, locale: string = DEFAULT_NUMBER_LOCALE): string {
  return cached(percentFormats, locale, { style: 'percent', maximumFractionDigits: 2 }).format(points / 100);
}
