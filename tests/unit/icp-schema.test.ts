import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiErrorEnvelope } from '../../src/shared/api-error';
import { CUSTOM_FILTER_DEFAULTS, isKnownCustomFilter, KNOWN_CUSTOM_FILTER_TYPES, searchTypeOf } from '../../src/shared/icp-facts';
import { CustomFilter, Icp } from '../../src/shared/icp-schema';
import { checkIcp, checkIcpList, describeInvalidItem } from '../../src/shared/icp-validation';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '../fixtures/api-docs', name), 'utf8'));

/** A valid ICP to break one field at a time. */
const base = (): Record<string, unknown> => structuredClone((fixture('list-200.json') as Record<string, unknown>[])[0]!);

const problemOf = (raw: unknown) => {
  const check = checkIcp(raw);
  if (check.ok) throw new Error('expected the ICP to be rejected');
  return check.problem;
};

describe('reference page examples', () => {
  it('parses the List ICPs 200 example: two ICPs, every field as documented', () => {
    const body = fixture('list-200.json') as unknown[];
    const { icps, invalid } = checkIcpList(body);
    expect(invalid).toEqual([]);
    expect(icps).toHaveLength(2);
    const [buyers, smb] = icps;
    expect(buyers).toMatchObject({
      id: '550e8400-e29b-41d4-a716-446655440000',
      name: 'Enterprise Tech Buyers',
      crmFilters: null,
      leadsPerList: 25,
      activeUntil: '2024-12-31T23:59:59.000Z',
      userIds: ['user_abc123', 'user_xyz789'],
    });
    expect(buyers!.leadProviderCriteria[0]!.filters).toEqual({
      job_title: ['CTO', 'VP Engineering', 'IT Director'],
      location: { country: ['Germany', 'Austria', 'Switzerland'] },
      company: { employee_size: { min: 500, max: 10000 } },
    });
    expect(buyers!.customFilterCriteria).toEqual([
      { type: 'maxPeoplePerCompany', value: 2 },
      { type: 'minDaysUntilReuse', value: 180 },
    ]);
    expect(smb).toMatchObject({ description: null, activeUntil: null, customFilterCriteria: [] });
    expect(smb!.crmFilters).toEqual({ provider: 'bullhorn', textSearch: 'Marketing*', filters: [] });
  });

  it('parses the Get ICP 200 example with its size buckets and job_titles', () => {
    const icp = Icp.parse(fixture('get-200.json'));
    expect(icp.name).toBe('Enterprise Tech Decision Makers');
    expect(icp.leadProviderCriteria[0]!.filters).toEqual({
      job_titles: ['CTO', 'VP Engineering', 'Head of Technology'],
      company_size: ['501-1000', '1001-5000', '5001+'],
    });
    expect(icp.customFilterCriteria).toEqual([
      { type: 'maxPeoplePerCompany', value: 3 },
      { type: 'minDaysUntilReuse', value: 180 },
    ]);
  });

  it.each([
    ['list-401.json', 'UNAUTHORIZED', 'User not authenticated'],
    ['get-403.json', 'FORBIDDEN', 'You do not have access to this ICP'],
    ['get-404.json', 'NOT_FOUND', 'ICP not found: 550e8400-e29b-41d4-a716-446655440000'],
  ])('parses the error envelope in %s', (file, code, message) => {
    expect(ApiErrorEnvelope.parse(fixture(file))).toEqual({ error: { code, message } });
  });

  it('does not mistake an ICP for an error envelope or the reverse', () => {
    expect(ApiErrorEnvelope.safeParse(fixture('get-200.json')).success).toBe(false);
    expect(checkIcp(fixture('get-404.json')).ok).toBe(false);
    expect(ApiErrorEnvelope.safeParse({ error: { code: 'X' } }).success).toBe(false);
  });
});

describe('required, optional and nullable fields', () => {
  it.each(['id', 'name', 'description', 'createdAt', 'updatedAt', 'leadProviderCriteria', 'customFilterCriteria', 'userIds', 'leadsPerList', 'activeUntil'])(
    'rejects an ICP without the required field %s, naming it',
    (field) => {
      const raw = base();
      delete raw[field];
      expect(problemOf(raw).field).toBe(field);
    },
  );

  it('accepts crmFilters absent, null, or an object (optional and nullable)', () => {
    const absent = base();
    delete absent.crmFilters;
    expect(checkIcp(absent).ok).toBe(true);
    expect(checkIcp({ ...base(), crmFilters: null }).ok).toBe(true);
    expect(checkIcp({ ...base(), crmFilters: { provider: 'bullhorn' } }).ok).toBe(true);
  });

  it('accepts description and activeUntil as null but not absent', () => {
    expect(checkIcp({ ...base(), description: null, activeUntil: null }).ok).toBe(true);
  });

  it.each([
    ['id', 42, 'id', 'Invalid input: expected string, received number'],
    ['id', 'not-a-uuid', 'id', 'Invalid GUID'],
    ['name', null, 'name', 'Invalid input: expected string, received null'],
    ['leadsPerList', '25', 'leadsPerList', 'Invalid input: expected number, received string'],
    ['userIds', 'user_abc123', 'userIds', 'Invalid input: expected array, received string'],
    ['activeUntil', 'soon', 'activeUntil', 'Invalid ISO datetime'],
    ['activeUntil', '2024-12-31', 'activeUntil', 'Invalid ISO datetime'],
    ['createdAt', 1705314600000, 'createdAt', 'Invalid input: expected string, received number'],
    ['updatedAt', 'yesterday', 'updatedAt', 'Invalid ISO datetime'],
    ['description', 7, 'description', 'Invalid input: expected string, received number'],
  ])('rejects %s = %j with an exact message', (field, value, path, message) => {
    expect(problemOf({ ...base(), [field]: value })).toEqual({ field: path, message });
  });

  it('accepts ISO timestamps with an offset or without milliseconds', () => {
    expect(checkIcp({ ...base(), activeUntil: '2026-12-31T23:59:59+01:00' }).ok).toBe(true);
    expect(checkIcp({ ...base(), createdAt: '2024-01-15T10:30:00Z' }).ok).toBe(true);
  });

  it('names the nested field that failed', () => {
    const raw = base();
    (raw.leadProviderCriteria as Record<string, unknown>[])[0]!.filters = ['CTO'];
    expect(problemOf(raw)).toEqual({
      field: 'leadProviderCriteria[0].filters',
      message: 'Invalid input: expected record, received array',
    });
    expect(problemOf({ ...base(), crmFilters: { textSearch: 'x' } })).toEqual({
      field: 'crmFilters.provider',
      message: 'Invalid input: expected string, received undefined',
    });
    expect(problemOf({ ...base(), crmFilters: { provider: 'bullhorn', filters: [{ path: 'status', mode: 'eq', value: 'x', exclude: 'yes' }] } })).toEqual({
      field: 'crmFilters.filters[0].exclude',
      message: 'Invalid input: expected boolean, received string',
    });
  });

  it('rejects things that are not ICPs at all', () => {
    expect(problemOf(null)).toEqual({ field: '', message: 'Invalid input: expected object, received null' });
    expect(problemOf('icp').field).toBe('');
    expect(problemOf([]).field).toBe('');
  });
});

describe('lead provider criteria', () => {
  it('treats criteria without a type as a legacy person search', () => {
    const raw = base();
    delete (raw.leadProviderCriteria as Record<string, unknown>[])[0]!.type;
    const check = checkIcp(raw);
    expect(check.ok).toBe(true);
    if (check.ok) expect(searchTypeOf(check.icp.leadProviderCriteria[0]!)).toEqual({ type: 'person', legacy: true, known: true });
  });

  it('keeps company searches, unknown search types and unknown providers', () => {
    const criteria = [
      { provider: 'baseProvider', type: 'company', filters: { industry: ['Logistics'] } },
      { provider: 'apolloProvider', type: 'account', filters: {} },
    ];
    const icp = Icp.parse({ ...base(), leadProviderCriteria: criteria });
    expect(icp.leadProviderCriteria).toEqual(criteria);
    expect(searchTypeOf(icp.leadProviderCriteria[0]!)).toEqual({ type: 'company', legacy: false, known: true });
    expect(searchTypeOf(icp.leadProviderCriteria[1]!)).toEqual({ type: 'account', legacy: false, known: false });
  });

  it('accepts any filters shape, however deep', () => {
    const filters = { a: { b: { c: [{ d: null }, 1, 'x'] } }, flag: true, n: 3.5, empty: {} };
    expect(Icp.parse({ ...base(), leadProviderCriteria: [{ provider: 'p', filters }] }).leadProviderCriteria[0]!.filters).toEqual(filters);
  });

  it('rejects a criterion without provider or filters', () => {
    expect(problemOf({ ...base(), leadProviderCriteria: [{ filters: {} }] }).field).toBe('leadProviderCriteria[0].provider');
    expect(problemOf({ ...base(), leadProviderCriteria: [{ provider: 'p' }] }).field).toBe('leadProviderCriteria[0].filters');
  });
});

describe('custom filter criteria', () => {
  const valid: Record<(typeof KNOWN_CUSTOM_FILTER_TYPES)[number], Record<string, unknown>> = {
    website: { type: 'website', provider: 'browserUse', prompt: 'Does the company sell B2B software?' },
    webscraping: {
      type: 'webscraping',
      provider: 'firecrawl',
      extractionPrompt: 'Extract the number of open engineering roles',
      pageFindingPrompt: 'Find the careers page',
      includeSearchStrings: ['careers', 'jobs'],
      excludeSearchStrings: ['blog'],
    },
    ai: { type: 'ai', entityType: 'company', prompt: 'Is this a logistics company?' },
    maxPeoplePerCompany: { type: 'maxPeoplePerCompany', value: 2 },
    maxPercentFromCRM: { type: 'maxPercentFromCRM', value: 40 },
    minDaysUntilReuse: { type: 'minDaysUntilReuse', value: 90 },
    matchFieldWithRegex: { type: 'matchFieldWithRegex', field: 'company.headcount', regex: '^[0-9]{3,}$' },
  };

  it.each(KNOWN_CUSTOM_FILTER_TYPES)('parses a %s filter with all its documented fields', (type) => {
    const parsed = CustomFilter.parse(valid[type]);
    expect(parsed).toEqual(valid[type]);
    expect(isKnownCustomFilter(parsed)).toBe(true);
  });

  it('documents the defaults 1, 100 and 365', () => {
    expect(CUSTOM_FILTER_DEFAULTS).toEqual({ maxPeoplePerCompany: 1, maxPercentFromCRM: 100, minDaysUntilReuse: 365 });
  });

  it.each(['maxPeoplePerCompany', 'maxPercentFromCRM', 'minDaysUntilReuse'])(
    'accepts a %s filter without a value (the default applies) and does not invent one',
    (type) => {
      expect(CustomFilter.parse({ type })).toEqual({ type });
      expect(CustomFilter.parse({ type, value: null })).toEqual({ type, value: null });
    },
  );

  it.each([
    [{ type: 'maxPeoplePerCompany', value: 'two' }, 'customFilterCriteria[0].value', 'Invalid input: expected number, received string'],
    [{ type: 'website', provider: 'browserUse' }, 'customFilterCriteria[0].prompt', 'Invalid input: expected string, received undefined'],
    [{ type: 'ai', entityType: 'team', prompt: 'x' }, 'customFilterCriteria[0].entityType', 'Invalid option: expected one of "company"|"person"'],
    [{ type: 'matchFieldWithRegex', field: 'firstName' }, 'customFilterCriteria[0].regex', 'Invalid input: expected string, received undefined'],
    [
      {
        ...{ type: 'webscraping', provider: 'firecrawl', extractionPrompt: 'e', pageFindingPrompt: 'p', excludeSearchStrings: [] },
        includeSearchStrings: 'careers',
      },
      'customFilterCriteria[0].includeSearchStrings',
      'Invalid input: expected array, received string',
    ],
    [{ value: 3 }, 'customFilterCriteria[0].type', 'Invalid input: expected string, received undefined'],
  ])('rejects a broken known filter %j, naming the field', (filter, field, message) => {
    expect(problemOf({ ...base(), customFilterCriteria: [filter] })).toEqual({ field, message });
  });

  it('keeps an unknown filter type whole, extra fields included', () => {
    const unknown = { type: 'intentSignal', topic: 'ERP migration', threshold: 0.7, sources: ['g2', 'bombora'] };
    const parsed = CustomFilter.parse(unknown);
    expect(parsed).toEqual(unknown);
    expect(isKnownCustomFilter(parsed)).toBe(false);
  });
});

describe('forward compatibility', () => {
  it('keeps unknown fields everywhere and round-trips to the same JSON', () => {
    const raw = {
      ...base(),
      ownerTeam: 'EMEA',
      leadProviderCriteria: [{ provider: 'baseProvider', type: 'person', filters: {}, weight: 2 }],
      customFilterCriteria: [{ type: 'website', provider: 'browserUse', prompt: 'p', model: 'v2' }],
      crmFilters: { provider: 'bullhorn', filters: [{ path: 'status', mode: 'in', value: ['Active'], exclude: true, note: 'n' }], region: 'eu' },
    };
    const text = JSON.stringify(raw);
    expect(JSON.stringify(Icp.parse(JSON.parse(text)))).toBe(text);
  });

  it('hands back the very object it validated, so exports keep the API key order', () => {
    const raw = { activeUntil: null, ...base() };
    const check = checkIcp(raw);
    expect(check.ok && check.icp).toBe(raw);
  });

  it('accepts a legacy CRM query and a null text search', () => {
    const crm = { provider: 'bullhorn', textSearch: null, query: 'title:(Head OR Director)' };
    expect(Icp.parse({ ...base(), crmFilters: crm }).crmFilters).toEqual(crm);
  });
});

describe('list validation', () => {
  it('returns the valid ICPs and names each invalid one by id or position', () => {
    const [first, second] = fixture('list-200.json') as Record<string, unknown>[];
    const list = [first, { ...second, activeUntil: 'soon' }, 'garbage', { ...first, id: undefined }];
    const { icps, invalid } = checkIcpList(list);
    expect(icps).toEqual([first]);
    expect(invalid).toEqual([
      { index: 1, id: '660e9500-f39c-52e5-b827-557766551111', field: 'activeUntil', message: 'Invalid ISO datetime' },
      { index: 2, field: '', message: 'Invalid input: expected object, received string' },
      { index: 3, field: 'id', message: 'Invalid input: expected string, received undefined' },
    ]);
    expect(invalid.map(describeInvalidItem)).toEqual([
      'ICP 660e9500-f39c-52e5-b827-557766551111 was skipped: Invalid ISO datetime (activeUntil)',
      'ICP at position 3 was skipped: Invalid input: expected object, received string',
      'ICP at position 4 was skipped: Invalid input: expected string, received undefined (id)',
    ]);
  });
});
