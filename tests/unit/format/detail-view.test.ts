import { describe, expect, it } from 'vitest';
import { criterionCard, customFilterCard, detailSections } from '../../../src/shared/format/detail-view';
import { conditionValueDisplay, displayText, fieldDisplay, filterValueDisplay } from '../../../src/shared/format/field-display';
import { describeCrmFilters } from '../../../src/shared/format/custom-filter-view';
import { expiryView, headerFacts, headerFromIcp } from '../../../src/shared/format/header-view';
import { CrmFilters, CustomFilter, LeadProviderCriterion } from '../../../src/shared/icp-schema';
import { CLOCK, inBerlin, makeIcp } from '../export/export-fixtures';

inBerlin();

describe('detailSections', () => {
  it('has searches, custom filters and CRM, with counts and the empty wording', () => {
    const sections = detailSections(makeIcp({ leadProviderCriteria: [], customFilterCriteria: [], crmFilters: undefined }));
    expect(sections).toEqual([
      { kind: 'searches', field: 'leadProviderCriteria', title: 'Lead provider criteria', count: 0, empty: 'No lead provider searches yet.', cards: [] },
      {
        kind: 'customFilters',
        field: 'customFilterCriteria',
        title: 'Custom filters',
        count: 0,
        empty: 'No custom filters: every lead the search finds is kept.',
        cards: [],
      },
      { kind: 'crm', field: 'crmFilters', title: 'CRM filters', empty: 'No CRM filters: leads come from the lead provider only.', card: null },
    ]);
  });

  it('adds "Other fields" only for keys the reference does not document', () => {
    const sections = detailSections(makeIcp({ ownerTeam: 'public-sector' }));
    expect(sections.at(-1)).toMatchObject({
      kind: 'otherFields',
      title: 'Other fields',
      count: 1,
      nodes: [{ kind: 'text', label: 'Owner team', value: 'public-sector' }],
    });
  });
});

describe('criterionCard', () => {
  const card = (raw: unknown, index = 0) => criterionCard(LeadProviderCriterion.parse(raw), index);

  it('names a search by number and type, with its provider', () => {
    expect(card({ provider: 'baseProvider', type: 'company', filters: { industry: ['Retail'] } }, 1)).toMatchObject({
      name: 'Search 2: Company search',
      title: 'Company search',
      searchType: 'company',
      provider: 'baseProvider',
      badges: [],
      empty: null,
      otherSettings: [],
    });
  });

  it('marks legacy and unknown search types with badges', () => {
    expect(card({ provider: 'p', filters: {} })).toMatchObject({
      title: 'Legacy · person search',
      badges: [{ text: 'Legacy', tone: 'amber' }],
      empty: 'No filters: every person the provider has matches.',
    });
    expect(card({ provider: 'p', type: 'org', filters: {} })).toMatchObject({ title: '“org” search', badges: [{ text: 'Unknown search type', tone: 'gray' }] });
  });

  it('keeps keys besides provider, type and filters as other settings', () => {
    expect(card({ provider: 'p', type: 'person', filters: {}, limit: 5 }).otherSettings).toEqual([{ kind: 'text', key: 'limit', label: 'Limit', value: '5' }]);
  });
});

describe('customFilterCard and the CRM card', () => {
  it('carries the raw object and the note for unknown types only', () => {
    expect(customFilterCard(CustomFilter.parse({ type: 'ai', entityType: 'person', prompt: 'p' }), 'customFilterCriteria/ai/0').raw).toBeNull();
    expect(customFilterCard(CustomFilter.parse({ type: 'intentSignal', minScore: 70 }), 'customFilterCriteria/intentSignal/0').raw).toEqual({
      note: "ICP Desk doesn't know this filter type yet, so it is shown exactly as the API sent it. Exports keep it.",
      json: '{\n  "type": "intentSignal",\n  "minScore": 70\n}',
    });
  });

  it('names the field each card shows, custom filters by type and occurrence (as findings and Compare address them)', () => {
    const icp = makeIcp({
      leadProviderCriteria: [
        { provider: 'p', type: 'person', filters: {} },
        { provider: 'p', type: 'company', filters: {} },
      ],
      customFilterCriteria: [
        { type: 'maxPeoplePerCompany', value: 2 },
        { type: 'ai', entityType: 'person', prompt: 'p' },
        { type: 'maxPeoplePerCompany', value: 3 },
      ],
    });
    const [searches, customFilters] = detailSections(icp);
    expect(searches?.kind === 'searches' && searches.cards.map((card) => card.field)).toEqual(['leadProviderCriteria/0', 'leadProviderCriteria/1']);
    expect(customFilters?.kind === 'customFilters' && customFilters.cards.map((card) => card.field)).toEqual([
      'customFilterCriteria/maxPeoplePerCompany/0',
      'customFilterCriteria/ai/0',
      'customFilterCriteria/maxPeoplePerCompany/1',
    ]);
  });

  it('titles the CRM card with the provider and leaves the provider out of its fields', () => {
    const [, , crm] = detailSections(makeIcp({ crmFilters: { provider: 'bullhorn', textSearch: 'x', filters: [] } }));
    expect(crm).toMatchObject({
      kind: 'crm',
      empty: null,
      card: {
        title: 'Bullhorn',
        provider: 'bullhorn',
        fields: [{ label: 'Text search', value: 'x', mono: true }],
        conditions: [],
        conditionsEmpty: 'No structured conditions.',
      },
    });
  });
});

describe('value displays', () => {
  it('shows lists as chips, nothing in words, defaults with a badge, patterns as code', () => {
    expect(fieldDisplay({ label: 'L', value: ['a', 'b'], mono: true })).toEqual({ kind: 'chips', values: ['a', 'b'], mono: true });
    expect(fieldDisplay({ label: 'L', value: [] })).toEqual({ kind: 'placeholder', text: 'None' });
    expect(fieldDisplay({ label: 'L', value: '' })).toEqual({ kind: 'placeholder', text: '(empty text)' });
    expect(fieldDisplay({ label: 'Maximum', value: '1 (default)', isDefault: true })).toMatchObject({ kind: 'default', text: '1', badge: 'Default' });
    expect(fieldDisplay({ label: 'Regex', value: '^a', mono: true })).toEqual({ kind: 'code', text: '^a' });
    expect(fieldDisplay({ label: 'J', value: '{\n  "a": 1\n}', mono: true })).toEqual({ kind: 'block', text: '{\n  "a": 1\n}' });
    expect(fieldDisplay({ label: 'Prompt', value: 'Is it SaaS?' })).toEqual({ kind: 'text', text: 'Is it SaaS?' });
  });

  it('shows provider filter values and CRM condition values the same way everywhere', () => {
    expect(filterValueDisplay({ kind: 'range', key: 'k', label: 'K', text: '1 – 2', min: 1, max: 2 })).toEqual({ kind: 'range', text: '1 – 2' });
    expect(filterValueDisplay({ kind: 'text', key: 'k', label: 'K', value: '' })).toEqual({ kind: 'placeholder', text: '(empty text)' });
    const view = describeCrmFilters(
      CrmFilters.parse({
        provider: 'b',
        filters: [
          { path: 'c', mode: 'in', value: ['LT', 'MT'] },
          { path: 'n', mode: 'greaterThan', value: 3 },
          { path: 'o', mode: 'is', value: { a: 1 } },
        ],
      }),
    )!;
    expect(view.conditions.map(conditionValueDisplay)).toEqual([
      { kind: 'chips', values: ['LT', 'MT'], mono: true },
      { kind: 'code', text: '3' },
      { kind: 'block', text: '{\n  "a": 1\n}' },
    ]);
    expect(view.conditions[1]!.modeLabel).toBe('greater than');
  });

  it('writes any display as one line of text', () => {
    expect(displayText({ kind: 'chips', values: ['a', 'b'], mono: false })).toBe('a, b');
    expect(displayText({ kind: 'default', text: '1', badge: 'Default', title: '' })).toBe('1 (default)');
    expect(displayText({ kind: 'block', text: '{\n  "a": 1\n}' })).toBe('{ "a": 1 }');
  });
});

describe('header facts and the expiry badge', () => {
  it('lists leads per list, end date, dates (relative and exact) and users', () => {
    expect(headerFacts(headerFromIcp(makeIcp()), CLOCK)).toEqual([
      { label: 'Leads per list', field: 'leadsPerList', wide: false, value: { kind: 'text', text: '25' } },
      { label: 'Active until', field: 'activeUntil', wide: false, value: { kind: 'text', text: 'Dec 5, 2026, 11:59 PM GMT+1' } },
      { label: 'Created', wide: false, value: { kind: 'time', iso: '2024-01-15T10:30:00.000Z', text: '2 years ago', exact: 'Jan 15, 2024, 11:30 AM GMT+1' } },
      {
        label: 'Last updated',
        wide: false,
        value: { kind: 'time', iso: '2026-11-20T09:00:00.000Z', text: '3 days ago', exact: 'Nov 20, 2026, 10:00 AM GMT+1' },
      },
      { label: 'Users (2)', field: 'userIds', wide: true, value: { kind: 'chips', label: 'User IDs', values: ['user_abc123', 'user_xyz789'] } },
    ]);
  });

  it('says "No end date", "Nobody" and "User" where those apply', () => {
    const facts = headerFacts(headerFromIcp(makeIcp({ activeUntil: null, userIds: [] })), CLOCK);
    expect(facts[1]!.value).toEqual({ kind: 'text', text: 'No end date' });
    expect(facts[4]).toEqual({ label: 'Users (0)', field: 'userIds', wide: true, value: { kind: 'placeholder', text: 'Nobody' } });
    expect(headerFacts(headerFromIcp(makeIcp({ userIds: ['u'] })), CLOCK)[4]!.label).toBe('User');
  });

  it('gives the expiry badge its words, state and exact end', () => {
    expect(expiryView('2026-12-05T22:59:00.000Z', CLOCK)).toEqual({
      state: 'expiring',
      label: 'Expires in 12 days',
      title: 'Active until Dec 5, 2026, 11:59 PM GMT+1',
    });
    expect(expiryView(null, CLOCK)).toEqual({ state: 'noExpiry', label: 'No expiry', title: 'This ICP never expires' });
  });
});
