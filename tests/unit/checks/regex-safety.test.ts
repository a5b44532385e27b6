import { describe, expect, it } from 'vitest';
import { judgeRegex } from '../../../src/shared/checks/regex-safety';

describe('judgeRegex', () => {
  it.each([
    '(a+)+$',
    '^(\\w+\\s?)*$',
    '(x+x+)+y',
    '^(([a-z])+.)+[A-Z]([a-z])+$',
    '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  ])('flags exponential backtracking in %s', (source) => {
    expect(judgeRegex(source).kind).toBe('catastrophic');
  });

  it.each(['^(Head|VP|Chief|Director)\\b', '@(?!gmail\\.com|yahoo\\.com)', '^[0-9]{3,4}$', '^[A-Z]', 'a.*b', '\\d+\\d+$', '(?<=x)y', ''])(
    'passes %j (linear, or only polynomial)',
    (source) => {
      expect(judgeRegex(source)).toEqual({ kind: 'safe' });
    },
  );

  it('says why a pattern does not compile', () => {
    expect(judgeRegex('(')).toEqual({ kind: 'invalid', reason: 'Unterminated group' });
    expect(judgeRegex('[z-a]')).toEqual({ kind: 'invalid', reason: 'Range out of order in character class' });
    expect(judgeRegex('a{2,1}').kind).toBe('invalid');
  });

  it('leaves patterns too long to analyse unchecked, and compiles them all the same', () => {
    expect(judgeRegex('a'.repeat(5000))).toEqual({ kind: 'unchecked' });
    expect(judgeRegex(`${'a'.repeat(5000)}(`).kind).toBe('invalid');
  });
});
