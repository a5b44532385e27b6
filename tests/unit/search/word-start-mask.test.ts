import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWordStart, normalizeForSearch, SEARCH_FIELD_SEPARATOR, USER_IDS_MARKER } from '../../../src/shared/search/normalize-text';
import { maskDecides, wordStartBit, wordStartMask } from '../../../src/shared/search/word-start-mask';

const text = (fields: string[], userIds: string[] = []) =>
  normalizeForSearch(fields.join(SEARCH_FIELD_SEPARATOR)) + (userIds.length > 0 ? USER_IDS_MARKER + userIds.join(SEARCH_FIELD_SEPARATOR) : '');

describe('word-start mask', () => {
  it('has the bits of the letters that start words, not of letters inside words', () => {
    const mask = wordStartMask(text(['Sales Director', 'CTO']));
    for (const letter of 'sdc') expect(mask & wordStartBit(letter.charCodeAt(0)), letter).not.toBe(0);
    for (const letter of 'aelirto') expect(mask & wordStartBit(letter.charCodeAt(0)), letter).toBe(0);
  });

  it('leaves user ids out', () => {
    expect(wordStartMask(text(['cto'], ['user_abc123'])) & wordStartBit('u'.charCodeAt(0))).toBe(0);
  });

  it('never rules out a row that findWordStart would match (any text, any term)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 3 }), (raw, rawTerm) => {
        const haystack = normalizeForSearch(raw);
        const term = normalizeForSearch(rawTerm);
        if (term === '') return;
        const bit = wordStartBit(term.charCodeAt(0));
        const found = findWordStart(haystack, term) !== -1;
        if (found) expect(wordStartMask(haystack) & bit).toBe(bit);
        if (maskDecides(term)) expect(found).toBe((wordStartMask(haystack) & bit) !== 0);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
