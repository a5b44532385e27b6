import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatRange } from '../../../src/shared/format/numbers';

describe('formatNumber', () => {
  it('adds thousands separators in en-US by default', () => {
    expect(formatNumber(10000)).toBe('10,000');
    expect(formatNumber(500)).toBe('500');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-2500)).toBe('-2,500');
    expect(formatNumber(0)).toBe('0');
  });

  it('keeps every fraction digit instead of rounding to three', () => {
    expect(formatNumber(1.23456)).toBe('1.23456');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });

  it('follows the locale it is given', () => {
    expect(formatNumber(10000, 'de-DE')).toBe('10.000');
    expect(formatNumber(1234.5, 'fr-FR')).toBe('1\u202f234,5');
  });
});

describe('formatRange', () => {
  it('joins both bounds with a spaced en dash', () => {
    expect(formatRange({ min: 500, max: 10000 })).toBe('500 \u2013 10,000');
    expect(formatRange({ min: 50, max: 200 })).toBe('50 \u2013 200');
  });

  it('shows a lone bound as ≥ or ≤ (null counts as no bound)', () => {
    expect(formatRange({ min: 500 })).toBe('\u2265 500');
    expect(formatRange({ max: 200 })).toBe('\u2264 200');
    expect(formatRange({ min: 5000, max: null })).toBe('\u2265 5,000');
    expect(formatRange({ min: null, max: 200 })).toBe('\u2264 200');
  });

  it('shows equal bounds once, no bound as "Any", inverted bounds as given', () => {
    expect(formatRange({ min: 500, max: 500 })).toBe('500');
    expect(formatRange({})).toBe('Any');
    expect(formatRange({ min: 10000, max: 500 })).toBe('10,000 \u2013 500');
  });

  it('formats in the given locale', () => {
    expect(formatRange({ min: 1000, max: 10000 }, 'de-DE')).toBe('1.000 \u2013 10.000');
  });
});

describe('formatPercent', () => {
  it('takes percentage points as the API sends them', () => {
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(50)).toBe('50%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(12.5)).toBe('12.5%');
    expect(formatPercent(33.3333)).toBe('33.33%');
    expect(formatPercent(1500)).toBe('1,500%');
  });

  it('follows the locale', () => {
    expect(formatPercent(50, 'de-DE')).toBe('50\u00a0%');
  });
});
