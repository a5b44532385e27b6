import { describe, expect, it } from 'vitest';
import listBody from '../../fixtures/api-docs/list-200.json';
import { Icp } from '../../../src/shared/icp-schema';
import { changeSummaryLine, summarizeChanges } from '../../../src/shared/history/change-summary';
import { exactTime } from '../../../src/shared/format/relative-time';
import type { IcpVersion } from '../../../src/shared/history/history-schema';
import { changesSinceReview, versionSummaries } from '../../../src/shared/history/version-summaries';
import { appended, edited, REMOVED, reversed, type JsonEdit } from '../../support/json-edit';

const base = Icp.parse(listBody[0]);
const smb = Icp.parse(listBody[1]);
const texts = (previous: Icp, next: Icp) => summarizeChanges(previous, next).map((part) => part.text);
const textsAfter = (...edits: JsonEdit[]) => texts(base, edited(base, ...edits));
const FILTERS = ['leadProviderCriteria', 0, 'filters'] as const;
const SOFTWARE_SEARCH = { provider: 'baseProvider', type: 'company', filters: { industry: ['Software'] } };
const END_DATE = exactTime('2024-12-31T23:59:59.000Z');

describe("summarizeChanges: one part per change, in Compare's words", () => {
  it("writes the issue's example: list items in and out, a number from → to, targeting first", () => {
    const next = edited(
      base,
      [['leadsPerList'], 10],
      [
        [...FILTERS, 'job_title'],
        ['CFO', 'VP Engineering', 'IT Director'],
      ],
    );
    expect(changeSummaryLine(base, next)).toBe('Job title: +CFO \u2212CTO; Leads per list 25 \u2192 10');
  });

  it('names a range as the detail shows it', () => {
    expect(textsAfter([[...FILTERS, 'company', 'employee_size', 'max'], 5000])).toEqual([
      'Company \u203a Employee size 500 \u2013 10,000 \u2192 500 \u2013 5,000',
    ]);
  });

  it('names custom filters by title, with units and documented defaults', () => {
    expect(textsAfter([['customFilterCriteria', 0, 'value'], 3], [['customFilterCriteria', 1, 'value'], REMOVED])).toEqual([
      'Max people per company 2 \u2192 3',
      'Min days until reuse 180 days \u2192 365 days (default)',
    ]);
  });

  it('says a filter, search or CRM block was added or removed once, without its fields', () => {
    const next = edited(
      base,
      [['customFilterCriteria'], appended({ type: 'ai', entityType: 'company', prompt: 'Sells software to hospitals?' })],
      [['customFilterCriteria', 0], REMOVED],
      [['leadProviderCriteria'], appended(SOFTWARE_SEARCH)],
      [['crmFilters'], { provider: 'bullhorn', textSearch: 'Head*', filters: [] }],
    );
    expect(texts(base, next)).toEqual(['Search 2 added', 'Max people per company removed', 'AI filter added', 'CRM filters added']);
  });

  it("prefixes filters with their search when there are several, and a search's own fields always", () => {
    const two = edited(base, [['leadProviderCriteria'], appended(SOFTWARE_SEARCH)]);
    const next = edited(two, [['leadProviderCriteria', 1, 'filters', 'industry'], appended('Fintech')], [['leadProviderCriteria', 0, 'type'], 'company']);
    expect(texts(two, next)).toEqual(['Search 1 \u203a Type person \u2192 company', 'Search 2 \u203a Industry: +Fintech']);
  });

  it('names long text changed instead of quoting it, and keeps short text', () => {
    const next = edited(
      base,
      [['description'], 'A much longer description of who we target in the DACH region and why.'],
      [['name'], 'Enterprise Tech Buyers (DACH)'],
    );
    expect(texts(base, next)).toEqual(['Name Enterprise Tech Buyers \u2192 Enterprise Tech Buyers (DACH)', 'Description changed']);
  });

  it('shows fields this app does not know, added, changed and removed', () => {
    const withRegion = edited(base, [['region'], 'EMEA']);
    expect(texts(base, withRegion)).toEqual(['Region added: EMEA']);
    expect(texts(withRegion, edited(withRegion, [['region'], 'APAC']))).toEqual(['Region EMEA \u2192 APAC']);
    expect(texts(withRegion, base)).toEqual(['Region removed (was EMEA)']);
  });

  it('formats dates and "no end date" as Compare does', () => {
    expect(textsAfter([['activeUntil'], null])).toEqual([`Active until ${END_DATE} \u2192 No end date`]);
  });

  it('writes CRM conditions as the detail does, and user ids as items', () => {
    const next = edited(smb, [['crmFilters', 'filters'], [{ path: 'status', mode: 'equals', value: 'Active' }]], [['userIds'], appended('user_new')]);
    const [crm, users] = texts(smb, next);
    expect(crm).toMatch(/^CRM \u203a Conditions: \+.*status.*Active/i);
    expect(users).toBe('Users: +user_new');
  });

  it('keeps a long list change short: three items a side, then how many more', () => {
    const countries = ['Germany', 'France', 'Spain', 'Italy', 'Poland', 'Portugal', 'Austria'];
    expect(textsAfter([[...FILTERS, 'location', 'country'], countries])).toEqual(['Location \u203a Country: +France +Spain +Italy (2 more) \u2212Switzerland']);
  });

  it('leaves out "Last updated" and reorders', () => {
    const next = edited(base, [['updatedAt'], '2025-01-01T00:00:00.000Z'], [[...FILTERS, 'job_title'], reversed]);
    expect(summarizeChanges(base, next)).toEqual([]);
    expect(changeSummaryLine(base, next)).toBe('No visible change');
  });
});

describe('changeSummaryLine', () => {
  it('says "First seen" for the first version', () => {
    expect(changeSummaryLine(null, base)).toBe('First seen');
  });

  it('names at most maxParts changes and counts the rest', () => {
    const next = edited(base, [['leadsPerList'], 5], [['name'], 'X'], [['activeUntil'], null], [['userIds'], []]);
    expect(changeSummaryLine(base, next, 2)).toBe(`Name Enterprise Tech Buyers \u2192 X; Active until ${END_DATE} \u2192 No end date; 2 more changes`);
    expect(changeSummaryLine(base, next, 3).endsWith('; 1 more change')).toBe(true);
  });
});

describe('changesSinceReview: the Changes tab lines for the versions newer than the reviewed one', () => {
  const version = (seq: number, icp: Icp): IcpVersion => ({ seq, seenAt: '2026-11-20T10:00:00.000Z', source: 'list', icp });
  const v2 = edited(base, [['leadsPerList'], 10]);
  const v3 = edited(v2, [['leadsPerList'], 40]);
  // Newest first, as the history answers; version 1 was reviewed.
  const versions = [version(3, v3), version(2, v2), version(1, base)];

  it('writes one line per newer version, newest first, each against the version kept before it', () => {
    expect(changesSinceReview(versions, 1)).toEqual(['Version 3: Leads per list 10 \u2192 40', 'Version 2: Leads per list 25 \u2192 10']);
    expect(versionSummaries(versions).map((row) => row.summary)).toEqual(['Leads per list 10 \u2192 40', 'Leads per list 25 \u2192 10', 'First seen']);
  });

  it('has no line when the reviewed version is the newest', () => {
    expect(changesSinceReview(versions, 3)).toEqual([]);
  });
});
