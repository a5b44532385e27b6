import { describe, expect, it } from 'vitest';
import getBody from '../../fixtures/api-docs/get-200.json';
import listBody from '../../fixtures/api-docs/list-200.json';
import { Icp } from '../../../src/shared/icp-schema';
import { compareVersions, contentKey } from '../../../src/shared/history/version-equality';
import { appended, edited, reversed, type JsonEdit } from '../../support/json-edit';

const base = Icp.parse(listBody[0]);
/** The same ICP with every object's keys in reverse order, arrays untouched. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .reverse()
      .map((key) => [key, reverseKeys(record[key])]),
  ) as T;
}
const compareAfter = (...edits: JsonEdit[]) => compareVersions(base, edited(base, ...edits));
const LATER = '2024-03-01T08:00:00.000Z';
const FILTERS = ['leadProviderCriteria', 0, 'filters'] as const;

describe('compareVersions: when a received copy is a new version', () => {
  it('calls an identical copy the same', () => {
    expect(compareVersions(base, structuredClone(base))).toBe('same');
  });

  it('ignores key order, at the top and deep inside filters', () => {
    const reordered = reverseKeys(base);
    expect(Object.keys(reordered)[0]).toBe('activeUntil');
    expect(compareVersions(base, reordered)).toBe('same');
    expect(contentKey(reordered)).toBe(contentKey(base));
  });

  it('calls a copy whose updatedAt alone moved "touched", not a version, key order changed or not', () => {
    const touched = edited(base, [['updatedAt'], LATER]);
    expect(compareVersions(base, touched)).toBe('touched');
    expect(compareVersions(base, reverseKeys(touched))).toBe('touched');
    expect(contentKey(touched)).toBe(contentKey(base));
  });

  it.each<[string, JsonEdit[]]>([
    ['leads per list', [[['leadsPerList'], 30]]],
    [
      'leads per list, updatedAt moved too',
      [
        [['leadsPerList'], 30],
        [['updatedAt'], LATER],
      ],
    ],
    ['the name', [[['name'], 'Enterprise Tech Buyers (DACH)']]],
    ['the end date', [[['activeUntil'], null]]],
    ['a user added', [[['userIds'], appended('user_new')]]],
  ])('counts a change of a documented field: %s', (_, edits) => {
    expect(compareAfter(...edits)).toBe('changed');
  });

  it.each<[string, JsonEdit]>([
    ['a range bound', [[...FILTERS, 'company', 'employee_size', 'max'], 5000]],
    ['a key added to a nested object', [[...FILTERS, 'location', 'city'], ['Berlin']]],
    ['a list item replaced', [[...FILTERS, 'job_title', 0], 'CFO']],
    ["a custom filter's number", [['customFilterCriteria', 1, 'value'], 90]],
  ])('counts nested filter edits: %s', (_, edit) => {
    expect(compareAfter(edit)).toBe('changed');
  });

  it.each<[string, JsonEdit]>([
    ['a top-level field', [['region'], 'EMEA']],
    ['an object inside filters', [[...FILTERS, 'company', 'funding'], { stage: 'B' }]],
    ['a field on a custom filter', [['customFilterCriteria', 0, 'note'], 'temporary']],
    ['a custom filter of a type this app does not know', [['customFilterCriteria'], appended({ type: 'brandNewType', threshold: 3 })]],
  ])('counts fields this app does not know: %s', (_, edit) => {
    expect(compareAfter(edit)).toBe('changed');
  });

  it('counts a changed value of an unknown field', () => {
    const withRegion = edited(base, [['region'], 'EMEA']);
    expect(compareVersions(withRegion, edited(withRegion, [['region'], 'APAC']))).toBe('changed');
  });

  it('counts a different value type as a change, even where the JSON text looks alike', () => {
    expect(compareAfter([[...FILTERS, 'job_title'], appended('1')])).toBe('changed');
    const numeric = edited(base, [[...FILTERS, 'naics'], [541511]]);
    expect(compareVersions(numeric, edited(numeric, [[...FILTERS, 'naics'], ['541511']]))).toBe('changed');
  });

  it('calls reordering what Compare treats as a set "touched": list items, custom filters, CRM conditions', () => {
    expect(compareAfter([[...FILTERS, 'job_title'], reversed])).toBe('touched');
    expect(compareAfter([['customFilterCriteria'], reversed])).toBe('touched');
    const conditions = [
      { path: 'a', mode: 'eq', value: 1 },
      { path: 'b', mode: 'eq', value: 2 },
    ];
    const withCrm = edited(Icp.parse(listBody[1]), [['crmFilters'], { provider: 'bullhorn', filters: conditions }]);
    expect(compareVersions(withCrm, edited(withCrm, [['crmFilters', 'filters'], reversed]))).toBe('touched');
  });

  it('counts reordering searches: each search is its own block', () => {
    const two = edited(base, [['leadProviderCriteria'], appended({ provider: 'baseProvider', type: 'company', filters: { industry: ['Software'] } })]);
    expect(compareVersions(two, edited(two, [['leadProviderCriteria'], reversed]))).toBe('changed');
  });

  it('compares the Get ICP page example with itself and a copy that differs by one reuse day', () => {
    const detail = Icp.parse(getBody);
    expect(compareVersions(detail, structuredClone(detail))).toBe('same');
    expect(compareVersions(detail, edited(detail, [['customFilterCriteria', 1, 'value'], 181]))).toBe('changed');
  });

  it('compares copies nested deeper than any stack by content, and tells apart ones that differ at the bottom', () => {
    const nest = (bottom: string) => {
      let deep: unknown = bottom;
      for (let i = 0; i < 20_000; i++) deep = { d: deep };
      return edited(base, [[...FILTERS, 'deep'], deep]);
    };
    expect(compareVersions(nest('a'), nest('a'))).toBe('same');
    expect(compareVersions(nest('a'), nest('b'))).toBe('changed');
  });
});
