import { describe, expect, it } from 'vitest';
import listBody from '../../fixtures/api-docs/list-200.json';
import getBody from '../../fixtures/api-docs/get-200.json';
import { Icp } from '../../../src/shared/icp-schema';
import { diffIcps, signatureOf, type CompareCell, type CompareRow, type PathSegment } from '../../../src/shared/compare/diff-icps';

const [enterprise, smb] = listBody.map((raw) => Icp.parse(raw));
const detailed = Icp.parse(getBody);
if (enterprise === undefined || smb === undefined) throw new Error('fixture changed');

const rowAt = (rows: CompareRow[], ...path: PathSegment[]): CompareRow => {
  const row = rows.find((r) => JSON.stringify(r.path) === JSON.stringify(path));
  if (row === undefined) throw new Error(`no row at ${JSON.stringify(path)}; rows: ${rows.map((r) => JSON.stringify(r.path)).join(' ')}`);
  return row;
};
const hasRow = (rows: CompareRow[], ...path: PathSegment[]): boolean => rows.some((r) => JSON.stringify(r.path) === JSON.stringify(path));
const values = (row: CompareRow): unknown[] => row.cells.map((cell) => (cell.kind === 'value' ? cell.value : cell.kind));
/** Per cell: "item" for items every ICP has, "item*" for items only some have. */
const setMarks = (row: CompareRow): (string[] | 'absent')[] =>
  row.cells.map((cell: CompareCell) => (cell.kind === 'set' ? cell.items.map((item) => `${String(item.value)}${item.inAll ? '' : '*'}`) : 'absent'));
const icpWith = (overrides: Partial<Icp>): Icp => ({ ...smb, ...overrides });
const withFilters = (filters: Record<string, unknown>): Icp => icpWith({ leadProviderCriteria: [{ provider: 'baseProvider', type: 'person', filters }] });
const FILTERS: PathSegment[] = ['leadProviderCriteria', 0, 'filters'];

describe('diffIcps on the two list-page ICPs', () => {
  const rows = diffIcps([enterprise, smb]);

  it('compares top-level fields relative to the first ICP', () => {
    expect(rowAt(rows, 'name')).toMatchObject({ status: 'changed', section: 'icp', kind: 'field' });
    expect(values(rowAt(rows, 'name'))).toEqual(['Enterprise Tech Buyers', 'SMB Marketing Leaders']);
    expect(values(rowAt(rows, 'description'))).toEqual(['IT decision makers at large enterprises in DACH region', null]);
    expect(rowAt(rows, 'leadsPerList').status).toBe('changed');
    expect(values(rowAt(rows, 'activeUntil'))).toEqual(['2024-12-31T23:59:59.000Z', null]);
    expect(rowAt(rows, 'createdAt').status).toBe('changed');
    expect(hasRow(rows, 'id')).toBe(false);
  });

  it('compares user ids as sets, marking the ones only one ICP has', () => {
    const row = rowAt(rows, 'userIds');
    expect(row.status).toBe('changed');
    expect(setMarks(row)).toEqual([['user_abc123', 'user_xyz789*'], ['user_abc123']]);
  });

  it('shows the differing job titles item by item', () => {
    const row = rowAt(rows, ...FILTERS, 'job_title');
    expect(row).toMatchObject({ status: 'changed', section: 'leadProviderCriteria', kind: 'field' });
    expect(setMarks(row)).toEqual([
      ['CTO*', 'VP Engineering*', 'IT Director*'],
      ['Marketing Director*', 'CMO*', 'Head of Marketing*'],
    ]);
  });

  it('shows the employee size bounds as their own rows', () => {
    expect(rowAt(rows, ...FILTERS, 'company', 'employee_size', 'min')).toMatchObject({ status: 'changed' });
    expect(values(rowAt(rows, ...FILTERS, 'company', 'employee_size', 'min'))).toEqual([500, 50]);
    expect(values(rowAt(rows, ...FILTERS, 'company', 'employee_size', 'max'))).toEqual([10000, 200]);
  });

  it('marks what only the first ICP has as removed', () => {
    const row = rowAt(rows, ...FILTERS, 'location', 'country');
    expect(row.status).toBe('removed');
    expect(setMarks(row)).toEqual([['Germany*', 'Austria*', 'Switzerland*'], 'absent']);
  });

  it('heads each criterion with a block row and keeps provider and type', () => {
    expect(rowAt(rows, 'leadProviderCriteria', 0)).toMatchObject({ kind: 'block', status: 'changed' });
    expect(rowAt(rows, 'leadProviderCriteria', 0, 'provider').status).toBe('same');
    expect(rowAt(rows, 'leadProviderCriteria', 0, 'type').status).toBe('same');
  });

  it('aligns custom filters by type: both exist only in the first ICP', () => {
    expect(rowAt(rows, 'customFilterCriteria', 'maxPeoplePerCompany', 0)).toMatchObject({ kind: 'block', status: 'removed' });
    expect(values(rowAt(rows, 'customFilterCriteria', 'maxPeoplePerCompany', 0, 'value'))).toEqual([2, 'absent']);
    expect(rowAt(rows, 'customFilterCriteria', 'minDaysUntilReuse', 0, 'value').status).toBe('removed');
  });

  it("treats null CRM filters as absent, so the second ICP's are added", () => {
    expect(rowAt(rows, 'crmFilters')).toMatchObject({ kind: 'block', status: 'added', section: 'crmFilters' });
    expect(values(rowAt(rows, 'crmFilters', 'provider'))).toEqual(['absent', 'bullhorn']);
    expect(rowAt(rows, 'crmFilters', 'textSearch').status).toBe('added');
    expect(setMarks(rowAt(rows, 'crmFilters', 'filters'))).toEqual(['absent', []]);
    expect(hasRow(rows, 'crmFilters', 'query')).toBe(false);
  });

  it('gives every row a unique key and one cell per ICP', () => {
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    for (const row of rows) expect(row.cells).toHaveLength(2);
  });

  it('lists rows in a stable order: fields, criteria, custom filters, CRM', () => {
    const sections = rows.map((row) => row.section);
    const firstOf = (section: CompareRow['section']): number => sections.indexOf(section);
    expect(firstOf('icp')).toBe(0);
    expect(firstOf('leadProviderCriteria')).toBeLessThan(firstOf('customFilterCriteria'));
    expect(firstOf('customFilterCriteria')).toBeLessThan(firstOf('crmFilters'));
    expect(rows.slice(0, 7).map((row) => row.path[0])).toEqual(['name', 'description', 'activeUntil', 'leadsPerList', 'userIds', 'createdAt', 'updatedAt']);
  });
});

describe('diffIcps across the two reference shapes', () => {
  const rows = diffIcps([enterprise, detailed]);

  it('keeps job_title and job_titles as separate rows, each absent on one side', () => {
    expect(rowAt(rows, ...FILTERS, 'job_title')).toMatchObject({ status: 'removed' });
    expect(rowAt(rows, ...FILTERS, 'job_titles')).toMatchObject({ status: 'added' });
    expect(setMarks(rowAt(rows, ...FILTERS, 'job_titles'))).toEqual(['absent', ['CTO*', 'VP Engineering*', 'Head of Technology*']]);
  });

  it('shows size buckets and ranges as unrelated rows', () => {
    expect(rowAt(rows, ...FILTERS, 'company_size').status).toBe('added');
    expect(setMarks(rowAt(rows, ...FILTERS, 'company_size'))).toEqual(['absent', ['501-1000*', '1001-5000*', '5001+*']]);
    expect(rowAt(rows, ...FILTERS, 'company', 'employee_size', 'max').status).toBe('removed');
  });

  it('compares same-type custom filters field by field', () => {
    expect(rowAt(rows, 'customFilterCriteria', 'maxPeoplePerCompany', 0, 'value')).toMatchObject({ status: 'changed' });
    expect(values(rowAt(rows, 'customFilterCriteria', 'maxPeoplePerCompany', 0, 'value'))).toEqual([2, 3]);
    expect(rowAt(rows, 'customFilterCriteria', 'minDaysUntilReuse', 0)).toMatchObject({ kind: 'block', status: 'same' });
  });

  it('has no CRM rows when neither ICP has CRM filters', () => {
    expect(rows.some((row) => row.section === 'crmFilters')).toBe(false);
  });
});

describe('diffIcps on nested filters of unknown shape', () => {
  it('recurses into plain objects and unions their keys in first-seen order', () => {
    const rows = diffIcps([
      withFilters({ tech: { cloud: { providers: ['aws', 'gcp'] }, crm: 'salesforce' } }),
      withFilters({ tech: { crm: 'hubspot', cloud: { providers: ['gcp', 'aws'] }, erp: 'sap' } }),
    ]);
    const filterRows = rows.filter((row) => row.path.length > 3 && row.path[2] === 'filters');
    expect(filterRows.map((row) => row.path.slice(3))).toEqual([
      ['tech', 'cloud', 'providers'],
      ['tech', 'crm'],
      ['tech', 'erp'],
    ]);
    expect(filterRows.map((row) => row.status)).toEqual(['same', 'changed', 'added']);
  });

  it('compares a value whose shape differs as a whole', () => {
    const rows = diffIcps([withFilters({ region: { country: ['DE'] } }), withFilters({ region: 'DACH' })]);
    expect(values(rowAt(rows, ...FILTERS, 'region'))).toEqual([{ country: ['DE'] }, 'DACH']);
    expect(rowAt(rows, ...FILTERS, 'region').status).toBe('changed');
  });

  it('compares arrays of objects by JSON, ignoring key order but not item order', () => {
    const a = [{ name: 'x', weight: 1 }, { name: 'y' }];
    const sameReordered = [{ weight: 1, name: 'x' }, { name: 'y' }];
    const swapped = [{ name: 'y' }, { name: 'x', weight: 1 }];
    expect(rowAt(diffIcps([withFilters({ rules: a }), withFilters({ rules: sameReordered })]), ...FILTERS, 'rules')).toMatchObject({
      status: 'same',
      kind: 'field',
    });
    expect(rowAt(diffIcps([withFilters({ rules: a }), withFilters({ rules: swapped })]), ...FILTERS, 'rules').status).toBe('changed');
  });

  it('compares arrays of primitives as sets, telling "1" from 1', () => {
    expect(rowAt(diffIcps([withFilters({ t: ['a', 'b'] }), withFilters({ t: ['b', 'a', 'a'] })]), ...FILTERS, 't').status).toBe('same');
    const codes = rowAt(diffIcps([withFilters({ naics: ['5415'] }), withFilters({ naics: [5415] })]), ...FILTERS, 'naics');
    expect(codes.status).toBe('changed');
    expect(setMarks(codes)).toEqual([['5415*'], ['5415*']]);
    expect(setMarks(rowAt(diffIcps([withFilters({ t: ['a', 'a'] }), withFilters({ t: [] })]), ...FILTERS, 't'))).toEqual([['a*'], []]);
  });

  it('compares empty objects and nulls as values', () => {
    const rows = diffIcps([withFilters({ e: {}, n: null }), withFilters({ e: {}, n: null })]);
    expect(rowAt(rows, ...FILTERS, 'e').status).toBe('same');
    expect(rowAt(rows, ...FILTERS, 'n').status).toBe('same');
  });

  it('treats __proto__ and constructor keys as data', () => {
    const a = JSON.parse('{"__proto__": {"x": 1}, "constructor": ["a"]}') as Record<string, unknown>;
    const b = JSON.parse('{"__proto__": {"x": 2}}') as Record<string, unknown>;
    const rows = diffIcps([withFilters(a), withFilters(b)]);
    expect(values(rowAt(rows, ...FILTERS, '__proto__', 'x'))).toEqual([1, 2]);
    expect(rowAt(rows, ...FILTERS, 'constructor').status).toBe('removed');
  });

  describe('values nested deeper than the stack (20,000 levels)', () => {
    const deepValue = (leaf: string) => JSON.parse(`{"a":${'['.repeat(20000)}${leaf}${']'.repeat(20000)}}`) as Record<string, unknown>;
    const block = (rows: CompareRow[]) => rowAt(rows, 'leadProviderCriteria', 0);

    it('calls two that differ only at the bottom different, with two ICPs and with three', () => {
      const one = withFilters(deepValue('1'));
      const two = withFilters(deepValue('2'));
      const pair = diffIcps([one, two]);
      expect(rowAt(pair, ...FILTERS, 'a').status).toBe('changed');
      expect(block(pair).status).toBe('changed');
      expect(rowAt(diffIcps([one, one, two]), ...FILTERS, 'a').status).toBe('different');
    });

    it('calls two equal ones the same', () => {
      expect(rowAt(diffIcps([withFilters(deepValue('1')), withFilters(deepValue('1'))]), ...FILTERS, 'a').status).toBe('same');
    });

    it('gives equal keys to equal deep values and different keys to different ones', () => {
      expect(signatureOf(deepValue('"x"'))).toBe(signatureOf(deepValue('"x"')));
      expect(signatureOf(deepValue('"x"'))).not.toBe(signatureOf(deepValue('"y"')));
    });
  });

  it('never calls a value without a JSON form (a cycle, a function) equal to another', () => {
    const cycle = (label: string): Record<string, unknown> => {
      const value: Record<string, unknown> = { label };
      value.self = value;
      return value;
    };
    const [a, b] = [cycle('a'), cycle('a')];
    expect(signatureOf(a)).not.toBe(signatureOf(b));
    expect(signatureOf(a)).toBe(signatureOf(a));
    expect(signatureOf({ f: () => 1 })).not.toBe(signatureOf({ f: () => 1 }));
    const rows = diffIcps([withFilters({ x: a }), withFilters({ x: b })]);
    expect(rowAt(rows, 'leadProviderCriteria', 0).status).toBe('changed');
  });

  it('writes the same keys as sorted-key JSON for plain values', () => {
    expect(signatureOf({ b: [1, 'two', null, { d: true, c: [] }], a: {} })).toBe('{"a":{},"b":[1,"two",null,{"c":[],"d":true}]}');
    expect(signatureOf([])).toBe('[]');
    expect(signatureOf('x')).toBe('"x"');
  });

  it('keeps unknown top-level and criterion keys', () => {
    const a = icpWith({ region: 'EU', leadProviderCriteria: [{ provider: 'p', filters: {}, priority: 1 }] });
    const b = icpWith({ region: 'US', leadProviderCriteria: [{ provider: 'p', filters: {}, priority: 1 }] });
    const rows = diffIcps([a, b]);
    expect(rowAt(rows, 'region').status).toBe('changed');
    expect(rowAt(rows, 'leadProviderCriteria', 0, 'priority').status).toBe('same');
    expect(rowAt(rows, 'leadProviderCriteria', 0, 'filters').status).toBe('same');
  });

  it('aligns extra criteria by index', () => {
    const one = { provider: 'baseProvider', type: 'person', filters: { a: ['x'] } };
    const two = { provider: 'baseProvider', type: 'company', filters: { industry: ['Software'] } };
    const rows = diffIcps([icpWith({ leadProviderCriteria: [one] }), icpWith({ leadProviderCriteria: [one, two] })]);
    expect(rowAt(rows, 'leadProviderCriteria', 0).status).toBe('same');
    expect(rowAt(rows, 'leadProviderCriteria', 1)).toMatchObject({ kind: 'block', status: 'added' });
    expect(rowAt(rows, 'leadProviderCriteria', 1, 'filters', 'industry').status).toBe('added');
  });

  it('shows a legacy criterion without type as absent type', () => {
    const rows = diffIcps([
      icpWith({ leadProviderCriteria: [{ provider: 'baseProvider', filters: {} }] }),
      icpWith({ leadProviderCriteria: [{ provider: 'baseProvider', type: 'person', filters: {} }] }),
    ]);
    expect(rowAt(rows, 'leadProviderCriteria', 0, 'type').status).toBe('added');
  });
});

describe('diffIcps custom filters', () => {
  const ai = { type: 'ai', entityType: 'company', prompt: 'Sells SaaS?' } as const;
  const scraping = {
    type: 'webscraping',
    provider: 'firecrawl',
    extractionPrompt: 'e',
    pageFindingPrompt: 'p',
    includeSearchStrings: ['kubernetes', 'terraform'],
    excludeSearchStrings: [],
  } as const;

  it('aligns by type, not by position', () => {
    const rows = diffIcps([
      icpWith({ customFilterCriteria: [ai, { type: 'maxPeoplePerCompany', value: 1 }] }),
      icpWith({ customFilterCriteria: [{ type: 'maxPeoplePerCompany', value: 3 }, ai] }),
    ]);
    expect(rowAt(rows, 'customFilterCriteria', 'ai', 0)).toMatchObject({ kind: 'block', status: 'same' });
    expect(rowAt(rows, 'customFilterCriteria', 'ai', 0, 'prompt').status).toBe('same');
    expect(rowAt(rows, 'customFilterCriteria', 'maxPeoplePerCompany', 0, 'value').status).toBe('changed');
    expect(hasRow(rows, 'customFilterCriteria', 'ai', 0, 'type')).toBe(false);
  });

  it('pairs repeated types by occurrence', () => {
    const rows = diffIcps([icpWith({ customFilterCriteria: [ai] }), icpWith({ customFilterCriteria: [ai, { ...ai, prompt: 'Hiring engineers?' }] })]);
    expect(rowAt(rows, 'customFilterCriteria', 'ai', 0).status).toBe('same');
    expect(rowAt(rows, 'customFilterCriteria', 'ai', 1).status).toBe('added');
    expect(values(rowAt(rows, 'customFilterCriteria', 'ai', 1, 'prompt'))).toEqual(['absent', 'Hiring engineers?']);
  });

  it('compares search strings as sets and keeps a filter with no fields besides its type', () => {
    const rows = diffIcps([
      icpWith({ customFilterCriteria: [scraping, { type: 'maxPercentFromCRM' }] }),
      icpWith({ customFilterCriteria: [{ ...scraping, includeSearchStrings: ['terraform', 'pulumi'] }] }),
    ]);
    expect(setMarks(rowAt(rows, 'customFilterCriteria', 'webscraping', 0, 'includeSearchStrings'))).toEqual([
      ['kubernetes*', 'terraform'],
      ['terraform', 'pulumi*'],
    ]);
    expect(rowAt(rows, 'customFilterCriteria', 'maxPercentFromCRM', 0)).toMatchObject({ kind: 'block', status: 'removed' });
  });

  it('compares unknown filter types the same way', () => {
    const rows = diffIcps([
      icpWith({ customFilterCriteria: [{ type: 'sentiment', threshold: 0.4, options: { lang: 'de' } }] }),
      icpWith({ customFilterCriteria: [{ type: 'sentiment', threshold: 0.5, options: { lang: 'de' } }] }),
    ]);
    expect(rowAt(rows, 'customFilterCriteria', 'sentiment', 0, 'threshold').status).toBe('changed');
    expect(rowAt(rows, 'customFilterCriteria', 'sentiment', 0, 'options', 'lang').status).toBe('same');
  });
});

describe('diffIcps CRM conditions', () => {
  it('compares conditions as a set of whole conditions', () => {
    const status = { path: 'status', mode: 'equals', value: 'Active' };
    const city = { path: 'address.city', mode: 'in', value: ['Berlin'], exclude: true };
    const rows = diffIcps([
      icpWith({ crmFilters: { provider: 'bullhorn', filters: [status, city] } }),
      icpWith({ crmFilters: { provider: 'bullhorn', filters: [{ ...city, exclude: false }, status] } }),
    ]);
    const row = rowAt(rows, 'crmFilters', 'filters');
    expect(row.status).toBe('changed');
    const marks = row.cells.map((cell) => (cell.kind === 'set' ? cell.items.map((item) => item.inAll) : []));
    expect(marks).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('treats a missing and a null crmFilters alike', () => {
    const { crmFilters: _dropped, ...withoutCrm } = smb;
    expect(diffIcps([icpWith({ crmFilters: null }), withoutCrm]).some((row) => row.section === 'crmFilters')).toBe(false);
  });

  it('marks the legacy query as its own row', () => {
    const rows = diffIcps([icpWith({ crmFilters: { provider: 'bullhorn', query: 'old' } }), icpWith({ crmFilters: { provider: 'bullhorn', query: null } })]);
    expect(values(rowAt(rows, 'crmFilters', 'query'))).toEqual(['old', null]);
    expect(hasRow(rows, 'crmFilters', 'filters')).toBe(false);
  });
});

describe('diffIcps with three ICPs', () => {
  const rows = diffIcps([enterprise, smb, enterprise]);

  it('says "same" only when every ICP has an equal value, else "different"', () => {
    expect(rowAt(rows, 'leadProviderCriteria', 0, 'provider').status).toBe('same');
    expect(rowAt(rows, 'name').status).toBe('different');
    expect(rowAt(rows, ...FILTERS, 'location', 'country').status).toBe('different');
    expect(rowAt(rows, 'crmFilters').status).toBe('different');
  });

  it('shows per-cell presence and per-item counts', () => {
    const country = rowAt(rows, ...FILTERS, 'location', 'country');
    expect(country.cells.map((cell) => cell.kind)).toEqual(['set', 'absent', 'set']);
    const first = country.cells[0];
    expect(first?.kind === 'set' && first.items[0]).toEqual({ value: 'Germany', inAll: false, count: 2 });
    const users = rowAt(rows, 'userIds');
    expect(setMarks(users)).toEqual([['user_abc123', 'user_xyz789*'], ['user_abc123'], ['user_abc123', 'user_xyz789*']]);
  });

  it('is "same" for three identical ICPs', () => {
    expect(diffIcps([smb, smb, smb]).every((row) => row.status === 'same')).toBe(true);
  });
});

describe('diffIcps on identical ICPs', () => {
  it('marks every row "same" for an ICP and its deep copy with keys in another order', () => {
    for (const icp of [enterprise, smb, detailed]) {
      const copy = JSON.parse(JSON.stringify(icp)) as Icp;
      const reversed = Object.fromEntries(Object.entries(copy).reverse()) as Icp;
      const rows = diffIcps([icp, reversed]);
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.filter((row) => row.status !== 'same').map((row) => row.key)).toEqual([]);
    }
  });

  it('marks set items of identical ICPs as in all', () => {
    for (const row of diffIcps([enterprise, enterprise])) {
      for (const cell of row.cells) if (cell.kind === 'set') expect(cell.items.every((item) => item.inAll && item.count === 2)).toBe(true);
    }
  });

  it('handles one ICP (all same) and none (no rows)', () => {
    expect(diffIcps([enterprise]).every((row) => row.status === 'same' && row.cells.length === 1)).toBe(true);
    expect(diffIcps([])).toEqual([]);
  });
});
