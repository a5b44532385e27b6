import { describe, expect, it } from 'vitest';
import { highlightSegments, termsFoundElsewhere } from '../../../src/renderer/src/list-query/highlight-segments';

const marked = (text: string, query: string) =>
  highlightSegments(text, query)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlight segments', () => {
  it('marks every term where it starts a word, in the original text', () => {
    expect(marked('CTO and VP Engineering in Germany', 'cto germany')).toBe('[CTO] and VP Engineering in [Germany]');
  });

  it('marks accented text found by a plain query, and the other way round', () => {
    expect(marked('Zürich Münchner Fertigung', 'zurich munch')).toBe('[Zürich] [Münch]ner Fertigung');
    expect(marked('Straße', 'strasse')).toBe('[Straße]');
    expect(marked('Zurich', 'ZÜR')).toBe('[Zur]ich');
  });

  it('does not mark inside words (the same rule as the filter)', () => {
    expect(marked('IT Director', 'cto')).toBe('IT Director');
  });

  it('is the whole text, unmarked, without a query or a match', () => {
    expect(highlightSegments('Enterprise Tech Buyers', '')).toEqual([{ text: 'Enterprise Tech Buyers', match: false }]);
    expect(highlightSegments('Enterprise Tech Buyers', '   ')).toEqual([{ text: 'Enterprise Tech Buyers', match: false }]);
    expect(highlightSegments('Enterprise', 'zzz')).toEqual([{ text: 'Enterprise', match: false }]);
  });

  it('joins back to exactly the text', () => {
    const text = 'Société Générale de Logistique – Directeurs Supply Chain';
    expect(
      highlightSegments(text, 'societe log dir')
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });
});

describe('terms found elsewhere', () => {
  it('are the terms the name and description do not show, normalized as typed', () => {
    expect(termsFoundElsewhere('Germany CTO', ['Enterprise Tech Buyers', 'IT decision makers in Germany'])).toEqual(['cto']);
    expect(termsFoundElsewhere('zurich', ['Zürich Münchner Fertigung', ''])).toEqual([]);
  });

  it('follow the word-start rule: a term inside a word is not shown there', () => {
    expect(termsFoundElsewhere('cto', ['IT Director', ''])).toEqual(['cto']);
  });

  it('are none without a query', () => {
    expect(termsFoundElsewhere('  ', ['anything'])).toEqual([]);
  });
});
