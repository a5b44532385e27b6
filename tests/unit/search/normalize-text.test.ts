import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import listBody from '../../fixtures/api-docs/list-200.json';
import getBody from '../../fixtures/api-docs/get-200.json';
import { Icp } from '../../../src/shared/icp-schema';
import {
  buildSearchText,
  highlightRanges,
  matchQuery,
  normalizeForSearch,
  SEARCH_FIELD_SEPARATOR,
  searchTerms,
  type HighlightRange,
} from '../../../src/shared/search/normalize-text';

const [enterprise, smb] = listBody.map((raw) => Icp.parse(raw));
const detailed = Icp.parse(getBody);
if (enterprise === undefined || smb === undefined) throw new Error('fixture changed');

/** The highlighted substrings, which read better in failures than offsets. */
const marked = (text: string, query: string): string[] => highlightRanges(text, query).map(([start, end]) => text.slice(start, end));

describe('normalizeForSearch', () => {
  it('makes "Zürich", "ZURICH", "zurich" and a decomposed "Zu\u0308rich" equal', () => {
    for (const s of ['Zürich', 'ZURICH', 'zurich', 'Zu\u0308rich', 'ZÜRICH']) expect(normalizeForSearch(s)).toBe('zurich');
  });

  it.each([
    ['Société Générale', 'societe generale'],
    ['Straße', 'strasse'],
    ['GROẞE', 'grosse'],
    ['Ærø', 'aero'],
    ['Øresund', 'oresund'],
    ['Łódź', 'lodz'],
    ['Kraków', 'krakow'],
    ['Œuvre', 'oeuvre'],
    ['Þórr', 'thorr'],
    ['İstanbul', 'istanbul'],
    ['Diyarbakır', 'diyarbakir'],
    ['Đà Nẵng', 'da nang'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['ﬁnance', 'finance'],
    ['ＡＢＣ', 'abc'],
    ['São Paulo', 'sao paulo'],
  ])('folds %j to %j', (input, output) => {
    expect(normalizeForSearch(input)).toBe(output);
  });

  it('collapses and trims whitespace of any kind', () => {
    expect(normalizeForSearch('  Head \t of\n\u00a0Sales  ')).toBe('head of sales');
  });

  it('collapses whitespace exactly like /\\s+/ and is idempotent (property test)', () => {
    const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'a', 'Ü', 'ß', 'x y', '\r\n ');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
        (s) => {
          const reference = s
            .normalize('NFKD')
            .toLowerCase()
            .replace(/[\u0300-\u036f]/g, '')
            .replaceAll('ß', 'ss')
            .replace(/\s+/g, ' ')
            .trim();
          expect(normalizeForSearch(s)).toBe(reference);
          expect(normalizeForSearch(normalizeForSearch(s))).toBe(normalizeForSearch(s));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('folds typographic punctuation in plain text to what full decomposition gives (property test)', () => {
    const folds: Record<string, string> = {
      ß: 'ss',
      æ: 'ae',
      œ: 'oe',
      ø: 'o',
      ł: 'l',
      đ: 'd',
      ð: 'd',
      þ: 'th',
      ħ: 'h',
      ŧ: 't',
      ı: 'i',
      '–': '-',
      '—': '-',
      '‐': '-',
      '‑': '-',
      '‘': "'",
      '’': "'",
      '“': '"',
      '”': '"',
    };
    const pieces = fc.constantFrom(...Object.keys(folds), '…', 'A', 'z', 'Q3', ' ', '  ', '-', 'é', 'Ø', 'ς');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')),
        (s) => {
          // Decompose first, then fold: the order the general path takes.
          const decomposed = s
            .normalize('NFKD')
            .toLowerCase()
            .replace(/[\u0300-\u036f]/g, '');
          const reference = [...decomposed]
            .map((c) => folds[c] ?? (c === 'ς' ? 'σ' : c))
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
          expect(normalizeForSearch(s)).toBe(reference);
        },
      ),
      { numRuns: 1000 },
    );
    expect(normalizeForSearch('DACH SaaS – Founders … “Q3”')).toBe('dach saas - founders ... "q3"');
  });

  it('leaves scripts without case or accents alone', () => {
    expect(normalizeForSearch('東京 営業')).toBe('東京 営業');
    expect(normalizeForSearch('हिंदी')).toBe('हिंदी'.normalize('NFKD'));
  });
});

describe('searchTerms', () => {
  it('splits a query into normalized, de-duplicated terms', () => {
    expect(searchTerms('  CTO  Zürich cto ')).toEqual(['cto', 'zurich']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms(`a${SEARCH_FIELD_SEPARATOR}b`)).toEqual(['a', 'b']);
  });
});

describe('buildSearchText', () => {
  it('holds name, description, provider, filter values, custom and CRM filters and user ids', () => {
    const text = buildSearchText(smb);
    for (const expected of [
      'smb marketing leaders',
      'baseprovider',
      'marketing director',
      'cmo',
      'head of marketing',
      '50',
      '200',
      'bullhorn',
      'marketing*',
      'user_abc123',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('holds nested filter values of the list page shape and numbers as text', () => {
    const text = buildSearchText(enterprise);
    for (const expected of ['germany', 'austria', 'switzerland', 'vp engineering', '500', '10000', 'dach region', 'maxpeoplepercompany', '180']) {
      expect(text).toContain(expected);
    }
  });

  it("holds the get page shape's size buckets", () => {
    const text = buildSearchText(detailed);
    expect(text).toContain('5001+');
    expect(text).toContain('head of technology');
  });

  it('leaves out filter keys, the id and timestamps', () => {
    const text = buildSearchText(enterprise);
    expect(text).not.toContain('job_title');
    expect(text).not.toContain('employee_size');
    expect(text).not.toContain('550e8400');
    expect(text).not.toContain('2024-01');
  });

  it('holds every string of custom filters and CRM conditions, including unknown ones', () => {
    const icp = Icp.parse({
      ...smb,
      customFilterCriteria: [
        { type: 'website', provider: 'browserUse', prompt: 'Sells to Hospitals?' },
        {
          type: 'webscraping',
          provider: 'firecrawl',
          extractionPrompt: 'Extract pricing',
          pageFindingPrompt: 'Find /pricing',
          includeSearchStrings: ['Kubernetes'],
          excludeSearchStrings: ['Wordpress'],
        },
        { type: 'matchFieldWithRegex', field: 'company.headcount', regex: '^[0-9]{4}$' },
        { type: 'futureFilter', nested: { deep: ['Needle'] } },
      ],
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Leit*',
        query: 'legacyQueryText',
        filters: [{ path: 'address.city', mode: 'equals', value: ['München'], exclude: true }],
      },
    });
    const text = buildSearchText(icp);
    for (const expected of [
      'sells to hospitals?',
      'browseruse',
      'extract pricing',
      'find /pricing',
      'kubernetes',
      'wordpress',
      'company.headcount',
      '^[0-9]{4}$',
      'futurefilter',
      'needle',
      'leit*',
      'legacyquerytext',
      'address.city',
      'munchen',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('separates fields so a term cannot match across two of them', () => {
    const icp = Icp.parse({ ...smb, name: 'Berlin', description: 'Sales', userIds: [] });
    expect(matchQuery(buildSearchText(icp), 'berlin')).toBe(true);
    expect(matchQuery(buildSearchText(icp), 'linsa')).toBe(false);
    expect(matchQuery(buildSearchText(icp), 'berlinsales')).toBe(false);
  });

  it('keeps a separator character inside a value from acting as one', () => {
    const icp = Icp.parse({ ...smb, name: `a${SEARCH_FIELD_SEPARATOR}b`, userIds: [] });
    expect(buildSearchText(icp).startsWith('a b')).toBe(true);
  });

  it('survives filters nested deeper than the call stack', () => {
    const deep = JSON.parse(`{"a":${'['.repeat(50_000)}"Needle"${']'.repeat(50_000)}}`) as Record<string, unknown>;
    const icp = Icp.parse({ ...smb, leadProviderCriteria: [{ provider: 'p', filters: deep }] });
    expect(buildSearchText(icp)).toContain('needle');
  });

  it('reads __proto__ keys from JSON.parse as data', () => {
    const filters = JSON.parse('{"__proto__": ["ProtoValue"], "constructor": "CtorValue"}') as Record<string, unknown>;
    // Not through Icp.parse: zod's record parsing drops a "__proto__" key.
    const icp: Icp = { ...smb, leadProviderCriteria: [{ provider: 'p', filters }] };
    const text = buildSearchText(icp);
    expect(text).toContain('protovalue');
    expect(text).toContain('ctorvalue');
  });
});

describe('matchQuery', () => {
  const text = buildSearchText(enterprise);

  it('needs every term (AND), case- and accent-insensitively', () => {
    expect(matchQuery(text, 'cto germany')).toBe(true);
    expect(matchQuery(text, 'CTO GERMANY')).toBe(true);
    expect(matchQuery(text, 'cto france')).toBe(false);
    expect(matchQuery(text, 'swítzerland')).toBe(true);
    expect(matchQuery(text, 'enterp tech')).toBe(true);
  });

  it('matches terms at the start of words only, so "cto" is not found inside "Director"', () => {
    const directors = buildSearchText(Icp.parse({ ...smb, name: 'Marketing Directors', leadProviderCriteria: [] }));
    expect(matchQuery(directors, 'cto')).toBe(false);
    expect(matchQuery(directors, 'direct')).toBe(true);
    expect(matchQuery(text, 'cto')).toBe(true);
    expect(matchQuery(text, 'vp eng')).toBe(true);
    expect(matchQuery(text, 'ngineering')).toBe(false);
    expect(matchQuery(buildSearchText(Icp.parse({ ...smb, name: 'Head of Sales (DACH)' })), 'dach')).toBe(true);
  });

  it('finds user ids by 5 or more characters anywhere, but not short words through "user_"', () => {
    expect(matchQuery(text, 'user_abc123')).toBe(true);
    expect(matchQuery(text, 'abc12')).toBe(true);
    expect(matchQuery(text, 'xyz789')).toBe(true);
    expect(matchQuery(text, 'us')).toBe(false);
    expect(matchQuery(text, 'user')).toBe(false);
    expect(matchQuery(text, 'abc')).toBe(false);
    expect(matchQuery(text, 'cto abc123')).toBe(true);
  });

  it('matches everything for an empty query', () => {
    expect(matchQuery(text, '')).toBe(true);
    expect(matchQuery(text, '   ')).toBe(true);
    expect(matchQuery('', '')).toBe(true);
  });

  it('finds "Zürich" by "zurich", "ZURICH" and "zür"', () => {
    const zurich = buildSearchText(Icp.parse({ ...smb, name: 'Zürich Banks' }));
    for (const query of ['zurich', 'ZURICH', 'zür', 'Zu\u0308r']) expect(matchQuery(zurich, query)).toBe(true);
  });

  it('gives the right answer when the query changes between calls', () => {
    expect(matchQuery(text, 'austria')).toBe(true);
    expect(matchQuery(text, 'norway')).toBe(false);
    expect(matchQuery(text, 'austria')).toBe(true);
  });
});

describe('highlightRanges', () => {
  it('maps "zur" back onto "Zür" in the original text', () => {
    expect(highlightRanges('Zürich', 'zur')).toEqual<HighlightRange[]>([[0, 3]]);
    expect(marked('Banks in Zürich', 'zur')).toEqual(['Zür']);
  });

  it('covers a decomposed letter together with its mark', () => {
    expect(marked('Zu\u0308rich', 'zu')).toEqual(['Zu\u0308']);
    expect(marked('Zu\u0308rich', 'zur')).toEqual(['Zu\u0308r']);
  });

  it('highlights every occurrence of every term, merged and sorted', () => {
    expect(marked('Head of Sales, head of marketing', 'head sales')).toEqual(['Head', 'Sales', 'head']);
    expect(highlightRanges('aa aaaa', 'aa')).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(marked('CTO, VP Engineering', 'engineer vp eng')).toEqual(['VP', 'Engineer']);
  });

  it('highlights characters that expand or fold', () => {
    expect(marked('Große Straße', 'strasse')).toEqual(['Straße']);
    expect(marked('ßig', 's')).toEqual(['ß']);
    expect(marked('Ærø Øresund', 'aero oresund')).toEqual(['Ærø', 'Øresund']);
    expect(marked('ﬁnance', 'fin')).toEqual(['ﬁn']);
    expect(marked('Łódź', 'lodz')).toEqual(['Łódź']);
  });

  it('keeps offsets right after astral characters and collapsed whitespace', () => {
    expect(marked('🚀🚀  Rocket   Zürich', 'zurich rocket')).toEqual(['Rocket', 'Zürich']);
  });

  it('highlights terms only where a word starts, as matchQuery matches them', () => {
    expect(marked('Sales Director, CTO', 'cto')).toEqual(['CTO']);
    expect(marked('Manager, Germany', 'ger')).toEqual(['Ger']);
    expect(marked('Großstraße', 'strasse')).toEqual([]);
  });

  it('returns nothing for an empty query or no match', () => {
    expect(highlightRanges('Zürich', '')).toEqual([]);
    expect(highlightRanges('Zürich', 'paris')).toEqual([]);
    expect(highlightRanges('', 'x')).toEqual([]);
  });

  it('agrees with matchQuery about what matches', () => {
    const names = ['Société Générale', 'Łódź Logistics', 'Straße & Co', 'İstanbul Ops', 'ΟΔΟΣ Partners', 'ﬁnance ﬂow'];
    const queries = ['societe', 'LODZ', 'strasse', 'istanbul', 'οδοσ', 'flow', 'gener ale'];
    for (const name of names) {
      const searchText = normalizeForSearch(name);
      for (const query of queries) {
        const terms = searchTerms(query);
        const ranges = highlightRanges(name, query);
        const found = terms.filter((term) => searchText.includes(term));
        expect(ranges.length > 0).toBe(found.length > 0);
      }
    }
  });
});
