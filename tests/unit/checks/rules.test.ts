import { describe, expect, it } from 'vitest';
import { checkIcp } from '../../../src/shared/checks/check-icp';
import { RULE_IDS, RULES, type Finding, type RuleId } from '../../../src/shared/checks/finding';
import { valueAt, ABSENT } from '../../../src/shared/compare/compare-paths';
import type { Icp } from '../../../src/shared/icp-schema';
import { DETAILED, ENTERPRISE, icp, NOW, person, searching, SMB, withCustom, daysFromNow } from './icp-builder';

const check = (target: Icp) => checkIcp(target, { now: NOW });
const ofRule = (target: Icp, rule: RuleId): Finding[] => check(target).filter((finding) => finding.rule === rule);
const only = (target: Icp, rule: RuleId): Finding => {
  const found = ofRule(target, rule);
  expect(found, `${rule} findings: ${JSON.stringify(check(target), null, 1)}`).toHaveLength(1);
  return found[0]!;
};

describe('a clean ICP and the reference examples', () => {
  it('finds nothing in a clean ICP', () => {
    expect(check(icp())).toEqual([]);
  });

  it('reads the reference pages’ ICPs without problems', () => {
    // Their activeUntil (2024-12-31) is long past on NOW: that is the only finding, a note.
    for (const example of [ENTERPRISE, SMB, DETAILED]) {
      expect(check(example).filter((finding) => finding.severity !== 'note')).toEqual([]);
    }
    expect(only(ENTERPRISE, 'expired').message).toMatch(/^Expired \d+ days ago/);
  });

  it('gives every finding its rule’s severity, a message, and a path that valueAt finds in the ICP', () => {
    const messy = icp({
      leadProviderCriteria: [person({ job_title: ['CTO', 'cto'], exclude_job_titles: ['CTO'], size: { min: 9, max: 1 } }), person({})],
      customFilterCriteria: [
        { type: 'ai', entityType: 'person', prompt: ' ' },
        { type: 'matchFieldWithRegex', field: 'title', regex: '(' },
        { type: 'maxPercentFromCRM', value: 150 },
        { type: 'intentSignal' },
      ],
      leadsPerList: 0,
      userIds: [],
      activeUntil: daysFromNow(3),
    });
    const findings = check(messy);
    expect(findings.length).toBeGreaterThanOrEqual(10);
    for (const finding of findings) {
      expect(finding.severity).toBe(RULES[finding.rule].severity);
      expect(finding.message.length).toBeGreaterThan(10);
      expect(valueAt(messy, finding.path), JSON.stringify(finding)).not.toBe(ABSENT);
    }
    // Problems first, then warnings, then notes.
    const ranks = findings.map((finding) => ['problem', 'warning', 'note'].indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('lead provider criteria', () => {
  it('no criteria: a problem, pointing at the criteria', () => {
    const finding = only(icp({ leadProviderCriteria: [] }), 'no-criteria');
    expect(finding).toMatchObject({ severity: 'problem', path: ['leadProviderCriteria'], field: 'Lead provider criteria' });
    expect(finding.message).toBe('This ICP has no lead provider criteria: there is nothing to search for.');
    expect(ofRule(icp(), 'no-criteria')).toEqual([]);
  });

  it('empty filters: {} or only empty values; filters with a value, an exclusion or an unreadable shape are not empty', () => {
    const empty = only(icp({ leadProviderCriteria: [person({ job_title: ['CTO'] }), person({})] }), 'empty-filters');
    expect(empty).toMatchObject({ path: ['leadProviderCriteria', 1, 'filters'], field: 'Search 2 › Filters' });
    expect(empty.message).toBe('Search 2 has empty filters: it does not say whom to look for.');
    expect(ofRule(searching({ job_title: [], location: { country: null } }), 'empty-filters')).toHaveLength(1);
    // When the whole search is empty, its empty values are not listed one by one as well.
    expect(ofRule(searching({ job_title: [], location: { country: null } }), 'empty-filter-value')).toEqual([]);
    expect(ofRule(searching({ excluded_countries: ['France'] }), 'empty-filters')).toEqual([]);
    expect(ofRule(searching({ job_title: ['CTO'] }), 'empty-filters')).toEqual([]);
    expect(ofRule(searching({ '': ['x'] }), 'empty-filters')).toEqual([]);
  });

  it('an empty value among others is a warning naming its dimension', () => {
    const finding = only(searching({ job_titles: ['CTO'], location: { country: [] } }), 'empty-filter-value');
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['leadProviderCriteria', 0, 'filters', 'location', 'country'],
      field: 'Search 1 › Location › Country',
    });
    expect(finding.message).toBe('Country in search 1 is empty: it limits nothing.');
    expect(ofRule(searching({ job_titles: ['CTO'], seniority: '  ' }), 'empty-filter-value')).toHaveLength(1);
    expect(ofRule(searching({ job_titles: ['CTO'], company: {} }), 'empty-filter-value')).toHaveLength(1);
  });

  it('a range whose min is above its max, as {min, max} (numbers or numeric strings) or as a bucket', () => {
    const range = only(searching({ job_title: ['CTO'], company: { employee_size: { min: 10000, max: 500 } } }), 'range-inverted');
    expect(range.message).toBe('Employee size in search 1 runs from 10,000 down to 500: its minimum is above its maximum, so it selects nothing.');
    expect(range.path).toEqual(['leadProviderCriteria', 0, 'filters', 'company', 'employee_size']);
    expect(ofRule(searching({ revenue: { min: '2,000', max: '100' } }), 'range-inverted')).toHaveLength(1);
    expect(ofRule(searching({ company_size: ['1000-500'] }), 'range-inverted')).toHaveLength(1);
    expect(ofRule(searching({ revenue: { min: 5, max: 5 }, company_size: ['500-1000', '5001+'] }), 'range-inverted')).toEqual([]);
  });

  it('a value both included and excluded, in every include/exclude shape, ignoring case and accents', () => {
    const shapes = [
      { job_title: { include: ['CTO', 'CIO'], exclude: ['cto'] } },
      { job_titles: ['CTO'], excluded_job_titles: ['CTO'] },
      { job_titles: ['CTO'], job_title_exclude: ['CTO'] },
      { job_title: ['CTO'], exclude: { job_titles: ['CTO'] } },
      { location: { country: { in: ['Österreich'], not: ['osterreich'] } } },
    ];
    for (const filters of shapes) expect(ofRule(searching(filters), 'include-exclude-conflict'), JSON.stringify(filters)).toHaveLength(1);
    const finding = only(searching(shapes[0]!), 'include-exclude-conflict');
    expect(finding.message).toBe('“CTO” is both included and excluded in Job title (search 1).');
    expect(finding.path).toEqual(['leadProviderCriteria', 0, 'filters', 'job_title', 'exclude']);
    expect(ofRule(searching({ job_title: { include: ['CTO'], exclude: ['CIO'] } }), 'include-exclude-conflict')).toEqual([]);
    // Excluding a country is no conflict with including a title of the same name.
    expect(ofRule(searching({ job_title: ['Germany'], excluded_countries: ['Germany'] }), 'include-exclude-conflict')).toEqual([]);
  });

  it('a value repeated in one list, also differing only in case or accents: a note', () => {
    const finding = only(searching({ job_titles: ['CTO', 'VP Engineering', 'cto', 'Gerente', 'gérente'] }), 'value-repeated');
    expect(finding.severity).toBe('note');
    expect(finding.message).toBe('Job title in search 1 lists “cto” and “gérente” more than once (ignoring case and accents).');
    expect(ofRule(searching({ job_titles: ['CTO', 'CIO'], country: ['CTO'] }), 'value-repeated')).toEqual([]);
    expect(ofRule(searching({ naics: [541511, '541511'] }), 'value-repeated')).toHaveLength(1);
  });

  it('unknown provider or search type: a note, and no other finding on that search', () => {
    const provider = only(icp({ leadProviderCriteria: [person({}, 'clayProvider')] }), 'unknown-provider');
    expect(provider).toMatchObject({ severity: 'note', path: ['leadProviderCriteria', 0, 'provider'] });
    expect(provider.message).toBe('Search 1 uses the provider “clayProvider”, which ICP Desk does not know: its filters are not checked.');
    expect(check(icp({ leadProviderCriteria: [person({}, 'clayProvider')] })).map((f) => f.rule)).toEqual(['unknown-provider']);
    const type = only(icp({ leadProviderCriteria: [{ provider: 'baseProvider', type: 'account', filters: {} }] }), 'unknown-search-type');
    expect(type.message).toBe('Search 1 has the search type “account”, which ICP Desk does not know: its filters are not checked.');
    // Legacy criteria (no type) are person searches, known.
    expect(check(icp({ leadProviderCriteria: [{ provider: 'baseProvider', filters: { job_title: ['CTO'] } }] }))).toEqual([]);
  });

  it('a filter of a shape it cannot read: a note naming the field, never a crash', () => {
    const finding = only(searching({ job_title: ['CTO'], include: ['x'] }), 'unreadable-filter');
    expect(finding).toMatchObject({ severity: 'note', path: ['leadProviderCriteria', 0, 'filters', 'include'] });
    expect(ofRule(searching({ job_title: ['CTO'], location: { radius: { lat: 1, lng: 2 } } }), 'unreadable-filter')).toEqual([]);
  });
});

describe('custom filters', () => {
  it('a regex that does not compile: a problem with the engine’s reason', () => {
    const finding = only(withCustom({ type: 'matchFieldWithRegex', field: 'title', regex: '^(Head|VP' }), 'regex-invalid');
    expect(finding).toMatchObject({
      severity: 'problem',
      path: ['customFilterCriteria', 'matchFieldWithRegex', 0, 'regex'],
      field: 'Match field with regex › Regex',
    });
    expect(finding.message).toBe('The regex for “title” does not compile (Unterminated group).');
    expect(ofRule(withCustom({ type: 'matchFieldWithRegex', field: 'title', regex: '^(Head|VP)\\b' }), 'regex-invalid')).toEqual([]);
  });

  it('a regex open to catastrophic backtracking: a warning; ordinary patterns are not flagged', () => {
    const finding = only(withCustom({ type: 'matchFieldWithRegex', field: 'email', regex: '^([a-z0-9]+)+@example\\.com$' }), 'regex-backtracking');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toMatch(
      /^The regex for “email” is open to catastrophic backtracking: a value with a long run of “.” can take exponentially long to check\.$/,
    );
    for (const regex of ['^(Head|VP|Chief|Director)\\b', '@(?!gmail\\.com|yahoo\\.com)', '^[0-9]{3,4}$', 'a.*b', '^[A-Z]']) {
      expect(ofRule(withCustom({ type: 'matchFieldWithRegex', field: 'title', regex }), 'regex-backtracking'), regex).toEqual([]);
    }
  });

  it('empty or whitespace prompts of website, AI and web scraping filters', () => {
    const scraping = {
      type: 'webscraping' as const,
      provider: 'firecrawl',
      extractionPrompt: '\n',
      pageFindingPrompt: '',
      includeSearchStrings: ['pricing'],
      excludeSearchStrings: [],
    };
    const findings = ofRule(
      withCustom({ type: 'website', provider: 'browserUse', prompt: '   ' }, { type: 'ai', entityType: 'company', prompt: '' }, scraping),
      'prompt-empty',
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Website check: the prompt is empty.',
      'AI filter: the prompt is empty.',
      'Web scraping: the page-finding prompt is empty.',
      'Web scraping: the extraction prompt is empty.',
    ]);
    expect(findings.map((f) => f.field)).toEqual([
      'Website check › Prompt',
      'AI filter › Prompt',
      'Web scraping › Page finding prompt',
      'Web scraping › Extraction prompt',
    ]);
    expect(ofRule(withCustom({ type: 'ai', entityType: 'company', prompt: 'Sells B2B?' }), 'prompt-empty')).toEqual([]);
  });

  it('web scraping include and exclude strings that share a value', () => {
    const filter = {
      type: 'webscraping' as const,
      provider: 'firecrawl',
      extractionPrompt: 'x',
      pageFindingPrompt: 'y',
      includeSearchStrings: ['Careers', 'pricing'],
      excludeSearchStrings: ['careers', 'jobs'],
    };
    const finding = only(withCustom(filter), 'search-strings-conflict');
    expect(finding.message).toBe('Web scraping: “Careers” is both an include and an exclude search string.');
    expect(finding.path).toEqual(['customFilterCriteria', 'webscraping', 0, 'excludeSearchStrings']);
    expect(ofRule(withCustom({ ...filter, excludeSearchStrings: ['jobs'] }), 'search-strings-conflict')).toEqual([]);
    expect(ofRule(withCustom({ ...filter, includeSearchStrings: ['SaaS', 'saas'], excludeSearchStrings: [] }), 'value-repeated')).toHaveLength(1);
  });

  it.each([
    [
      'max-people-below-one',
      { type: 'maxPeoplePerCompany', value: 0 },
      'Max people per company is 0: it must be at least 1.',
      { type: 'maxPeoplePerCompany', value: 1 },
    ],
    [
      'max-percent-out-of-range',
      { type: 'maxPercentFromCRM', value: 150 },
      'Max percent from CRM is 150%: it must be between 0% and 100%.',
      { type: 'maxPercentFromCRM', value: 100 },
    ],
    [
      'max-percent-out-of-range',
      { type: 'maxPercentFromCRM', value: -1 },
      'Max percent from CRM is -1%: it must be between 0% and 100%.',
      { type: 'maxPercentFromCRM', value: 0 },
    ],
    [
      'min-days-negative',
      { type: 'minDaysUntilReuse', value: -5 },
      'Min days until reuse is -5 days: it cannot be negative.',
      { type: 'minDaysUntilReuse', value: 0 },
    ],
  ] as const)('%s: %j', (rule, bad, message, fine) => {
    const crm = { provider: 'bullhorn', filters: [] };
    const finding = only(icp({ customFilterCriteria: [bad], crmFilters: crm }), rule);
    expect(finding).toMatchObject({ severity: 'problem', message });
    expect(finding.path.at(-1)).toBe('value');
    expect(ofRule(icp({ customFilterCriteria: [fine], crmFilters: crm }), rule)).toEqual([]);
    // Left out, the documented default applies, which is in range.
    expect(ofRule(icp({ customFilterCriteria: [{ type: bad.type }], crmFilters: crm }), rule)).toEqual([]);
  });

  it('leads per list below 1', () => {
    expect(only(icp({ leadsPerList: 0 }), 'leads-per-list-below-one')).toMatchObject({
      message: 'Leads per list is 0: it must be at least 1.',
      path: ['leadsPerList'],
      field: 'Leads per list',
    });
    expect(ofRule(icp({ leadsPerList: 1 }), 'leads-per-list-below-one')).toEqual([]);
  });

  it('max percent from CRM without CRM filters: a warning, with the value as the detail shows it', () => {
    const finding = only(icp({ customFilterCriteria: [{ type: 'maxPercentFromCRM', value: 40 }] }), 'crm-percent-without-crm');
    expect(finding.message).toBe('Max percent from CRM is set (40%), but this ICP has no CRM filters: there are no CRM leads to limit.');
    expect(only(icp({ customFilterCriteria: [{ type: 'maxPercentFromCRM' }] }), 'crm-percent-without-crm').message).toContain('(100% (default))');
    expect(
      ofRule(
        icp({ customFilterCriteria: [{ type: 'maxPercentFromCRM', value: 40 }], crmFilters: { provider: 'bullhorn', textSearch: 'CTO' } }),
        'crm-percent-without-crm',
      ),
    ).toEqual([]);
  });

  it('the same single-valued custom filter twice; two AI filters are fine', () => {
    const finding = only(withCustom({ type: 'maxPeoplePerCompany', value: 3 }, { type: 'maxPeoplePerCompany' }), 'custom-filter-repeated');
    expect(finding.message).toBe('Max people per company is set 2 times (3 and 1 (default)): which one applies is unclear.');
    expect(finding.path).toEqual(['customFilterCriteria', 'maxPeoplePerCompany', 1]);
    expect(finding.field).toBe('Max people per company (2)');
    const ai = { type: 'ai' as const, entityType: 'person' as const, prompt: 'Leads a team?' };
    expect(ofRule(withCustom(ai, { ...ai, prompt: 'Owns budget?' }), 'custom-filter-repeated')).toEqual([]);
  });

  it('an unknown custom filter type: a note, never a problem', () => {
    const finding = only(withCustom({ type: 'intentSignal', topics: ['SaaS'] }), 'unknown-custom-filter');
    expect(finding).toMatchObject({ severity: 'note', path: ['customFilterCriteria', 'intentSignal', 0] });
    expect(finding.message).toBe('ICP Desk does not know the custom filter type “intentSignal” and cannot check it.');
  });
});

describe('CRM filters', () => {
  const crm = (filters: unknown[], provider = 'bullhorn') => icp({ crmFilters: { provider, filters } });

  it('conditions on the same path with and without exclude that share a value', () => {
    const finding = only(
      crm([
        { path: 'address.countryCode', mode: 'in', value: ['DE', 'AT'] },
        { path: 'address.countryCode', mode: 'in', value: ['de'], exclude: true },
      ]),
      'include-exclude-conflict',
    );
    expect(finding).toMatchObject({ severity: 'problem', path: ['crmFilters', 'filters', 1], field: 'CRM filters › Condition 2' });
    expect(finding.message).toBe('CRM conditions on “address.countryCode” both include and exclude “DE”.');
    expect(
      ofRule(
        crm([
          { path: 'status', mode: 'equals', value: 'Active' },
          { path: 'status', mode: 'equals', value: 'Archived', exclude: true },
        ]),
        'include-exclude-conflict',
      ),
    ).toEqual([]);
    expect(
      ofRule(
        crm([
          { path: 'status', mode: 'equals', value: 'Active' },
          { path: 'owner', mode: 'equals', value: 'Active', exclude: true },
        ]),
        'include-exclude-conflict',
      ),
    ).toEqual([]);
  });

  it('a value repeated in a condition’s list', () => {
    expect(only(crm([{ path: 'address.countryCode', mode: 'in', value: ['DE', 'de', 'AT'] }]), 'value-repeated').path).toEqual(['crmFilters', 'filters', 0]);
  });

  it('an unknown CRM provider: a note', () => {
    expect(only(crm([], 'salesforce'), 'unknown-provider')).toMatchObject({ severity: 'note', path: ['crmFilters', 'provider'] });
    expect(check(crm([]))).toEqual([]);
  });
});

describe('expiry and users', () => {
  it('expired, with how long ago: a note', () => {
    expect(only(icp({ activeUntil: daysFromNow(-3) }), 'expired')).toMatchObject({
      severity: 'note',
      message: 'Expired 3 days ago: this ICP is no longer active.',
      path: ['activeUntil'],
      field: 'Active until',
    });
  });

  it('expiring within 14 days: a warning; 15 days or more, or never: nothing', () => {
    expect(only(icp({ activeUntil: daysFromNow(9) }), 'expiring').message).toBe('Expires in 9 days: extend it, or let it end on purpose.');
    expect(ofRule(icp({ activeUntil: daysFromNow(14) }), 'expiring')).toHaveLength(1);
    expect(ofRule(icp({ activeUntil: daysFromNow(15.5) }), 'expiring')).toEqual([]);
    expect(ofRule(icp({ activeUntil: daysFromNow(200) }), 'expiring')).toEqual([]);
    expect(ofRule(icp({ activeUntil: null }), 'expiring')).toEqual([]);
  });

  it('no users: a warning; a user listed twice: a note', () => {
    expect(only(icp({ userIds: [] }), 'no-users')).toMatchObject({
      severity: 'warning',
      message: 'No users have access: only an admin can open this ICP.',
      field: 'Users',
    });
    expect(only(icp({ userIds: ['user_a', 'user_b', 'user_a'] }), 'value-repeated').message).toBe('Users lists “user_a” more than once.');
    expect(ofRule(icp({ userIds: ['user_a', 'USER_A'] }), 'value-repeated')).toEqual([]);
  });
});

it('every rule of the catalogue is exercised by this file or the overlap tests', () => {
  const covered = new Set<RuleId>([
    'no-criteria',
    'empty-filters',
    'empty-filter-value',
    'regex-invalid',
    'regex-backtracking',
    'prompt-empty',
    'search-strings-conflict',
    'max-people-below-one',
    'max-percent-out-of-range',
    'min-days-negative',
    'leads-per-list-below-one',
    'range-inverted',
    'crm-percent-without-crm',
    'custom-filter-repeated',
    'include-exclude-conflict',
    'value-repeated',
    'expired',
    'expiring',
    'no-users',
    'unknown-provider',
    'unknown-search-type',
    'unknown-custom-filter',
    'unreadable-filter',
    'overlap',
    'duplicate',
  ]);
  expect([...covered].sort()).toEqual([...RULE_IDS].sort());
});
