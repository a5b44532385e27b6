import { describe, expect, it } from 'vitest';
import { CustomFilter, CrmFilters } from '../../../src/shared/icp-schema';
import { customFilterTitle, describeCrmFilters, describeCustomFilter, type CustomFilterView } from '../../../src/shared/format/custom-filter-view';

// Parse through the real schema so the tests only feed values the app can actually receive.
const describe_ = (raw: unknown): CustomFilterView => describeCustomFilter(CustomFilter.parse(raw));

describe('describeCustomFilter, known types', () => {
  it('describes a website check', () => {
    expect(describe_({ type: 'website', provider: 'browserUse', prompt: 'Is it a SaaS company?' })).toEqual({
      type: 'website',
      title: 'Website check',
      known: true,
      fields: [
        { label: 'Provider', value: 'browserUse' },
        { label: 'Prompt', value: 'Is it a SaaS company?' },
      ],
    });
  });

  it('describes web scraping with its search strings as lists', () => {
    const view = describe_({
      type: 'webscraping',
      provider: 'firecrawl',
      extractionPrompt: 'Extract the tech stack',
      pageFindingPrompt: 'Find the careers page',
      includeSearchStrings: ['kubernetes', 'terraform'],
      excludeSearchStrings: [],
    });
    expect(view.title).toBe('Web scraping');
    expect(view.fields).toEqual([
      { label: 'Provider', value: 'firecrawl' },
      { label: 'Page-finding prompt', value: 'Find the careers page' },
      { label: 'Extraction prompt', value: 'Extract the tech stack' },
      { label: 'Include search strings', value: ['kubernetes', 'terraform'], mono: true },
      { label: 'Exclude search strings', value: [], mono: true },
    ]);
  });

  it('describes an AI filter', () => {
    expect(describe_({ type: 'ai', entityType: 'person', prompt: 'Decision maker?' })).toMatchObject({
      title: 'AI filter',
      fields: [
        { label: 'Evaluates', value: 'Person' },
        { label: 'Prompt', value: 'Decision maker?' },
      ],
    });
    expect(describe_({ type: 'ai', entityType: 'company', prompt: 'p' }).fields[0]).toEqual({ label: 'Evaluates', value: 'Company' });
  });

  it('describes a regex match in monospace', () => {
    expect(describe_({ type: 'matchFieldWithRegex', field: 'company.headcount', regex: '^\\d{3,}$' })).toMatchObject({
      title: 'Match field with regex',
      fields: [
        { label: 'Field', value: 'company.headcount', mono: true },
        { label: 'Regex', value: '^\\d{3,}$', mono: true },
      ],
    });
  });

  it('shows the values the reference pages send', () => {
    expect(describe_({ type: 'maxPeoplePerCompany', value: 3 })).toEqual({
      type: 'maxPeoplePerCompany',
      title: 'Max people per company',
      known: true,
      fields: [{ label: 'Maximum', value: '3' }],
    });
    expect(describe_({ type: 'minDaysUntilReuse', value: 180 })).toMatchObject({
      title: 'Min days until reuse',
      fields: [{ label: 'Minimum', value: '180 days' }],
    });
    expect(describe_({ type: 'minDaysUntilReuse', value: 1 }).fields[0]?.value).toBe('1 day');
    expect(describe_({ type: 'maxPercentFromCRM', value: 25 })).toMatchObject({
      title: 'Max percent from CRM',
      fields: [{ label: 'Maximum', value: '25%' }],
    });
  });

  it.each([
    ['maxPeoplePerCompany', '1 (default)'],
    ['maxPercentFromCRM', '100% (default)'],
    ['minDaysUntilReuse', '365 days (default)'],
  ])('shows the documented default of %s when the value is absent or null', (type, text) => {
    for (const raw of [{ type }, { type, value: null }]) {
      expect(describe_(raw).fields).toEqual([{ label: expect.any(String) as unknown as string, value: text, isDefault: true }]);
    }
  });

  it('does not mark an explicit value equal to the default as a default', () => {
    expect(describe_({ type: 'maxPeoplePerCompany', value: 1 }).fields).toEqual([{ label: 'Maximum', value: '1' }]);
  });

  it('lists keys the schema does not name after the known ones', () => {
    const view = describe_({ type: 'website', provider: 'browserUse', prompt: 'p', timeoutSeconds: 30, tags: ['a'], options: { deep: true } });
    expect(view.fields.slice(2)).toEqual([
      { label: 'Timeout seconds', value: '30' },
      { label: 'Tags', value: ['a'] },
      { label: 'Options', value: '{\n  "deep": true\n}', mono: true },
    ]);
  });
});

describe('describeCustomFilter, unknown types', () => {
  it('names the type and leaves the fields to the raw JSON view', () => {
    expect(describe_({ type: 'sentimentCheck', threshold: 0.4 })).toEqual({
      type: 'sentimentCheck',
      title: 'Unknown filter type \u201csentimentCheck\u201d',
      known: false,
      fields: [],
    });
  });

  it('does not treat Object.prototype names as known types', () => {
    expect(customFilterTitle('constructor')).toBe('Unknown filter type \u201cconstructor\u201d');
    expect(customFilterTitle('toString')).toBe('Unknown filter type \u201ctoString\u201d');
    expect(customFilterTitle('ai')).toBe('AI filter');
  });
});

describe('describeCrmFilters', () => {
  it('is null when the ICP has none', () => {
    expect(describeCrmFilters(null)).toBeNull();
    expect(describeCrmFilters(undefined)).toBeNull();
  });

  it("describes the list page's CRM filters", () => {
    expect(describeCrmFilters(CrmFilters.parse({ provider: 'bullhorn', textSearch: 'Marketing*', filters: [] }))).toEqual({
      provider: 'bullhorn',
      fields: [
        { label: 'Provider', value: 'bullhorn' },
        { label: 'Text search', value: 'Marketing*', mono: true },
      ],
      conditions: [],
    });
  });

  it('marks the legacy query and leaves out null fields', () => {
    const view = describeCrmFilters(CrmFilters.parse({ provider: 'bullhorn', textSearch: null, query: 'status:Active' }));
    expect(view?.fields).toEqual([
      { label: 'Provider', value: 'bullhorn' },
      { label: 'Legacy query', value: 'status:Active', mono: true, legacy: true },
    ]);
  });

  it('describes structured conditions, excluded ones with NOT', () => {
    const view = describeCrmFilters(
      CrmFilters.parse({
        provider: 'bullhorn',
        textSearch: 'Head OR Leit* OR Direktor',
        filters: [
          { path: 'status', mode: 'equals', value: 'Archived', exclude: true },
          { path: 'address.countryCode', mode: 'in', value: ['DE', 'AT', 'CH'], exclude: false },
          { path: 'numEmployees', mode: 'gte', value: 500 },
          { path: 'customObject', mode: 'matches', value: { a: 1 }, weight: 2 },
          { path: 'deleted', mode: 'equals', value: null },
        ],
      }),
    );
    expect(view?.conditions).toEqual([
      {
        path: 'status',
        mode: 'equals',
        modeLabel: 'equals',
        value: 'Archived',
        valueIsJson: false,
        exclude: true,
        summary: 'NOT status equals Archived',
        extra: [],
      },
      {
        path: 'address.countryCode',
        mode: 'in',
        modeLabel: 'in',
        value: ['DE', 'AT', 'CH'],
        valueIsJson: false,
        exclude: false,
        summary: 'address.countryCode in DE, AT, CH',
        extra: [],
      },
      { path: 'numEmployees', mode: 'gte', modeLabel: 'gte', value: '500', valueIsJson: false, exclude: false, summary: 'numEmployees gte 500', extra: [] },
      {
        path: 'customObject',
        mode: 'matches',
        modeLabel: 'matches',
        value: '{\n  "a": 1\n}',
        valueIsJson: true,
        exclude: false,
        summary: 'customObject matches {\n  "a": 1\n}',
        extra: [{ label: 'Weight', value: '2' }],
      },
      { path: 'deleted', mode: 'equals', modeLabel: 'equals', value: 'null', valueIsJson: true, exclude: false, summary: 'deleted equals null', extra: [] },
    ]);
  });

  it('lists keys the schema does not name', () => {
    const view = describeCrmFilters(CrmFilters.parse({ provider: 'bullhorn', entity: 'Candidate' }));
    expect(view?.fields).toEqual([
      { label: 'Provider', value: 'bullhorn' },
      { label: 'Entity', value: 'Candidate' },
    ]);
  });
});
