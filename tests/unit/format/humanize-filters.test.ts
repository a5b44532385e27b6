import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import listBody from '../../fixtures/api-docs/list-200.json';
import getBody from '../../fixtures/api-docs/get-200.json';
import { humanizeFilters, humanizeKey, MAX_GROUP_DEPTH, type FilterNode } from '../../../src/shared/format/humanize-filters';

describe('humanizeKey', () => {
  it.each([
    ['job_title', 'Job title'],
    ['job_titles', 'Job titles'],
    ['employee_size', 'Employee size'],
    ['company_size', 'Company size'],
    ['companySize', 'Company size'],
    ['CompanySize', 'Company size'],
    ['company-size', 'Company size'],
    ['country', 'Country'],
    ['crm_id', 'CRM ID'],
    ['crmId', 'CRM ID'],
    ['CRMId', 'CRM ID'],
    ['url', 'URL'],
    ['linkedin_url', 'LinkedIn URL'],
    ['linkedInUrl', 'LinkedIn URL'],
    ['company_linkedin_urls', 'Company LinkedIn URLs'],
    ['user_ids', 'User IDs'],
    ['naics_codes', 'NAICS codes'],
    ['sicCode', 'SIC code'],
    ['is_b2b', 'Is B2B'],
    ['saas_only', 'SaaS only'],
    ['ai_prompt', 'AI prompt'],
    ['ceo_name', 'CEO name'],
    ['api_key', 'API key'],
    ['ip_range', 'IP range'],
    ['JOB_TITLE', 'Job title'],
    ['USD_revenue', 'USD revenue'],
    ['location.country', 'Location.country'],
    ['address_line_2', 'Address line 2'],
    ['größe', 'Größe'],
    ['__proto__', 'Proto'],
    ['_id', 'ID'],
    ['constructor', 'Constructor'],
    ['_', '_'],
    ['', '(empty key)'],
    ['ID', 'ID'],
    ['id', 'ID'],
    ['  spaced   key ', 'Spaced key'],
    ['emoji_🚀_key', 'Emoji 🚀 key'],
  ])('turns %j into %j', (key, label) => {
    expect(humanizeKey(key)).toBe(label);
  });

  it('does not treat words that merely contain an acronym as acronyms', () => {
    expect(humanizeKey('identity')).toBe('Identity');
    expect(humanizeKey('curl_options')).toBe('Curl options');
    expect(humanizeKey('tip')).toBe('Tip');
  });
});

describe('humanizeFilters on the reference pages', () => {
  it("renders the list page's nested shape", () => {
    const filters = listBody[0]?.leadProviderCriteria[0]?.filters;
    expect(filters).toBeDefined();
    expect(humanizeFilters(filters as Record<string, unknown>)).toEqual<FilterNode[]>([
      { kind: 'chips', key: 'job_title', label: 'Job title', values: ['CTO', 'VP Engineering', 'IT Director'] },
      {
        kind: 'group',
        key: 'location',
        label: 'Location',
        children: [{ kind: 'chips', key: 'country', label: 'Country', values: ['Germany', 'Austria', 'Switzerland'] }],
      },
      {
        kind: 'group',
        key: 'company',
        label: 'Company',
        children: [{ kind: 'range', key: 'employee_size', label: 'Employee size', text: '500 \u2013 10,000', min: 500, max: 10000 }],
      },
    ]);
  });

  it("renders the get page's flat shape, keeping size buckets as given", () => {
    const filters = getBody.leadProviderCriteria[0]?.filters;
    expect(humanizeFilters(filters as Record<string, unknown>)).toEqual<FilterNode[]>([
      { kind: 'chips', key: 'job_titles', label: 'Job titles', values: ['CTO', 'VP Engineering', 'Head of Technology'] },
      { kind: 'chips', key: 'company_size', label: 'Company size', values: ['501-1000', '1001-5000', '5001+'] },
    ]);
  });

  it("renders the second list item's range", () => {
    const filters = listBody[1]?.leadProviderCriteria[0]?.filters as Record<string, unknown>;
    const company = humanizeFilters(filters)[1];
    expect(company).toMatchObject({ kind: 'group', children: [{ kind: 'range', text: '50 \u2013 200', min: 50, max: 200 }] });
  });
});

describe('humanizeFilters node kinds', () => {
  const one = (value: unknown): FilterNode | undefined => humanizeFilters({ k: value })[0];

  it('shows strings, numbers and booleans as text, numbers exactly as sent', () => {
    expect(one('Berlin')).toEqual({ kind: 'text', key: 'k', label: 'K', value: 'Berlin' });
    expect(one(541511)).toMatchObject({ kind: 'text', value: '541511' });
    expect(one(1.5)).toMatchObject({ kind: 'text', value: '1.5' });
    expect(one(true)).toMatchObject({ kind: 'text', value: 'Yes' });
    expect(one(false)).toMatchObject({ kind: 'text', value: 'No' });
    expect(one('')).toMatchObject({ kind: 'text', value: '' });
  });

  it('shows arrays of strings and numbers as chips without thousands separators', () => {
    expect(one(['a', 'b'])).toMatchObject({ kind: 'chips', values: ['a', 'b'] });
    expect(one([7372, 2020])).toMatchObject({ kind: 'chips', values: ['7372', '2020'] });
    expect(one(['501-1000', 5001])).toMatchObject({ kind: 'chips', values: ['501-1000', '5001'] });
  });

  it('recognises ranges with either bound, null meaning unbounded', () => {
    expect(one({ min: 500 })).toMatchObject({ kind: 'range', text: '\u2265 500', min: 500 });
    expect(one({ max: 200 })).toMatchObject({ kind: 'range', text: '\u2264 200', max: 200 });
    expect(one({ min: null, max: 200 })).toEqual({ kind: 'range', key: 'k', label: 'K', text: '\u2264 200', max: 200 });
    expect(one({ max: 200, min: 10 })).toMatchObject({ kind: 'range', text: '10 \u2013 200' });
  });

  it('does not mistake near-ranges for ranges, and still shows every key', () => {
    expect(one({ min: '500', max: 1000 })).toMatchObject({
      kind: 'group',
      children: [
        { kind: 'text', key: 'min', value: '500' },
        { kind: 'text', key: 'max', value: '1000' },
      ],
    });
    expect(one({ min: 1, max: 2, unit: 'people' })).toMatchObject({ kind: 'group', children: [{}, {}, { value: 'people' }] });
    expect(one({ min: null, max: null })).toMatchObject({
      kind: 'group',
      children: [
        { kind: 'json', key: 'min', json: 'null' },
        { kind: 'json', key: 'max', json: 'null' },
      ],
    });
  });

  it('shows what has no better form as pretty JSON', () => {
    expect(one(null)).toMatchObject({ kind: 'json', json: 'null' });
    expect(one([])).toMatchObject({ kind: 'json', json: '[]' });
    expect(one({})).toMatchObject({ kind: 'json', json: '{}' });
    expect(one([{ name: 'x' }])).toMatchObject({ kind: 'json', json: '[\n  {\n    "name": "x"\n  }\n]' });
    expect(one(['a', 1, null])).toMatchObject({ kind: 'json', json: '[\n  "a",\n  1,\n  null\n]' });
    expect(one([true, false])).toMatchObject({ kind: 'json' });
    expect(one([['a']])).toMatchObject({ kind: 'json' });
  });

  it("keeps the object's key order", () => {
    expect(humanizeFilters({ b: 1, a: 2, c: 3 }).map((node) => node.key)).toEqual(['b', 'a', 'c']);
  });
});

describe('humanizeFilters never drops a key and never throws', () => {
  const countKeys = (value: unknown): number => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 0;
    return Object.keys(value).length;
  };

  it('keeps __proto__ and constructor keys from JSON.parse as ordinary keys', () => {
    const filters = JSON.parse('{"__proto__": {"polluted": ["yes"]}, "constructor": "c", "toString": 1, "hasOwnProperty": [1]}') as Record<string, unknown>;
    const nodes = humanizeFilters(filters);
    expect(nodes.map((node) => node.key)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(nodes[0]).toMatchObject({ kind: 'group', children: [{ kind: 'chips', key: 'polluted', values: ['yes'] }] });
    expect(nodes[1]).toMatchObject({ kind: 'text', value: 'c' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('shows groups deeper than MAX_GROUP_DEPTH as JSON', () => {
    let value: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < MAX_GROUP_DEPTH + 5; i++) value = { level: value };
    let node = humanizeFilters(value)[0];
    let depth = 0;
    while (node?.kind === 'group') {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBe(MAX_GROUP_DEPTH);
    expect(node?.kind).toBe('json');
    expect(node?.kind === 'json' && node.json.includes('"leaf": "x"')).toBe(true);
  });

  it('survives nesting deeper than JSON.stringify can write', () => {
    const deep = JSON.parse(`{"a":${'['.repeat(20000)}1${']'.repeat(20000)}}`) as Record<string, unknown>;
    const nodes = humanizeFilters(deep);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ kind: 'json', key: 'a' });
    expect(nodes[0]?.kind === 'json' && nodes[0].json.includes('"…"')).toBe(true);
  });

  it('handles huge arrays', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => `title ${i}`);
    const node = humanizeFilters({ job_title: big })[0];
    expect(node?.kind === 'chips' && node.values.length).toBe(100_000);
  });

  it('handles unicode keys and values', () => {
    const nodes = humanizeFilters({ städte: ['Zürich', 'Kraków', '東京'], '🚀': '✓', ключ: { min: 1 } });
    expect(nodes).toEqual([
      { kind: 'chips', key: 'städte', label: 'Städte', values: ['Zürich', 'Kraków', '東京'] },
      { kind: 'text', key: '🚀', label: '🚀', value: '✓' },
      { kind: 'range', key: 'ключ', label: 'Ключ', text: '\u2265 1', min: 1 },
    ]);
  });

  it('does not throw on values JSON never produces (cycles, BigInt, undefined)', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic['self'] = cyclic;
    expect(() => humanizeFilters({ a: cyclic, b: 10n, c: undefined, d: () => 1 })).not.toThrow();
    const [a, b, c] = humanizeFilters({ a: [cyclic], b: 10n, c: undefined });
    expect(a?.kind === 'json' && a.json).toContain('[circular]');
    expect(b).toMatchObject({ kind: 'json', json: '10' });
    expect(c).toMatchObject({ kind: 'json', json: 'undefined' });
  });

  it('gives one node per key for any JSON object (property test)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 6 })), (filters) => {
        const nodes = humanizeFilters(filters);
        expect(nodes.map((node) => node.key)).toEqual(Object.keys(filters));
        const check = (list: FilterNode[], source: Record<string, unknown>): void => {
          for (const node of list) {
            expect(node.label.length).toBeGreaterThan(0);
            if (node.kind === 'group') {
              const child = source[node.key] as Record<string, unknown>;
              expect(node.children).toHaveLength(countKeys(child));
              check(node.children, child);
            }
          }
        };
        check(nodes, filters);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips JSON nodes: their json parses back to the value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const node = humanizeFilters({ v: value })[0];
        if (node?.kind === 'json') expect(JSON.parse(node.json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });
});
