import { describe, expect, it } from 'vitest';
import getBody from '../../fixtures/api-docs/get-200.json';
import listBody from '../../fixtures/api-docs/list-200.json';
import { Icp } from '../../../src/shared/icp-schema';
import { compareVersions, contentKey } from '../../../src/shared/history/version-equality';

const base = Icp.parse(listBody[0]);
/** A deep copy to edit, as a new reply from the API would be. */
const copy = (icp: Icp = base): Icp => structuredClone(icp);
const edited = (edit: (icp: Record<string, any>) => void): Icp => {
  const next = copy();
  edit(next);
  return next;
};
/** The same ICP with every object's keys in reverse order, arrays untouched. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).reverse().map((key) => [key, reverseKeys((value as Record<string, unknown>)[key])]));
}
const LATER = '2024-03-01T08:00:00.000Z';

describe('compareVersions: when a received copy is a new version', () => {
  it('calls an identical copy the same', () => {
    expect(compareVersions(base, copy())).toBe('same');
  });

  it('ignores key order, at the top and deep inside filters', () => {
    const reordered = reverseKeys(base) as Icp;
    expect(Object.keys(reordered)[0]).toBe('activeUntil');
    expect(compareVersions(base, reordered)).toBe('same');
    expect(contentKey(reordered)).toBe(contentKey(base));
  });

  it('calls a copy whose updatedAt alone moved "touched", not a version', () => {
    expect(compareVersions(base, edited((icp) => (icp.updatedAt = LATER)))).toBe('touched');
    expect(contentKey(edited((icp) => (icp.updatedAt = LATER)))).toBe(contentKey(base));
  });

  it('calls a moved updatedAt with a reordered key set still "touched"', () => {
    const next = reverseKeys(edited((icp) => (icp.updatedAt = LATER))) as Icp;
    expect(compareVersions(base, next)).toBe('touched');
  });

  it('counts a change of any documented field, updatedAt moving or not', () => {
    expect(compareVersions(base, edited((icp) => (icp.leadsPerList = 30)))).toBe('changed');
    expect(compareVersions(base, edited((icp) => ((icp.leadsPerList = 30), (icp.updatedAt = LATER))))).toBe('changed');
    expect(compareVersions(base, edited((icp) => (icp.name = 'Enterprise Tech Buyers (DACH)')))).toBe('changed');
    expect(compareVersions(base, edited((icp) => (icp.activeUntil = null)))).toBe('changed');
    expect(compareVersions(base, edited((icp) => icp.userIds.push('user_new')))).toBe('changed');
  });

  it('counts nested filter edits: a bound, an added key, a list item', () => {
    expect(compareVersions(base, edited((icp) => (icp.leadProviderCriteria[0].filters.company.employee_size.max = 5000)))).toBe('changed');
    expect(compareVersions(base, edited((icp) => (icp.leadProviderCriteria[0].filters.location.city = ['Berlin'])))).toBe('changed');
    expect(compareVersions(base, edited((icp) => (icp.leadProviderCriteria[0].filters.job_title[0] = 'CFO')))).toBe('changed');
    expect(compareVersions(base, edited((icp) => (icp.customFilterCriteria[1].value = 90)))).toBe('changed');
  });

  it('counts fields this app does not know, at the top and inside filters', () => {
    expect(compareVersions(base, edited((icp) => (icp.region = 'EMEA')))).toBe('changed');
    const withUnknown = edited((icp) => (icp.region = 'EMEA'));
    expect(compareVersions(withUnknown, edited((icp) => (icp.region = 'APAC')))).toBe('changed');
    expect(compareVersions(base, edited((icp) => (icp.leadProviderCriteria[0].filters.company.funding = { stage: 'B' })))).toBe('changed');
    expect(compareVersions(base, edited((icp) => (icp.customFilterCriteria[0].note = 'temporary')))).toBe('changed');
    expect(compareVersions(base, edited((icp) => icp.customFilterCriteria.push({ type: 'brandNewType', threshold: 3 })))).toBe('changed');
  });

  it('counts a different value type as a change, even where the JSON text looks alike', () => {
    expect(compareVersions(base, edited((icp) => (icp.leadProviderCriteria[0].filters.job_title = ['CTO', 'VP Engineering', 'IT Director', '1'])))).toBe('changed');
    const numeric = edited((icp) => (icp.leadProviderCriteria[0].filters.naics = [541511]));
    expect(compareVersions(numeric, edited((icp) => (icp.leadProviderCriteria[0].filters.naics = ['541511'])))).toBe('changed');
  });

  it('calls reordering what Compare treats as a set "touched": list items, custom filters, CRM conditions', () => {
    expect(compareVersions(base, edited((icp) => icp.leadProviderCriteria[0].filters.job_title.reverse()))).toBe('touched');
    expect(compareVersions(base, edited((icp) => icp.customFilterCriteria.reverse()))).toBe('touched');
    const crm = Icp.parse(listBody[1]);
    const twoConditions = { ...crm, crmFilters: { provider: 'bullhorn', filters: [{ path: 'a', mode: 'eq', value: 1 }, { path: 'b', mode: 'eq', value: 2 }] } };
    const swapped = { ...crm, crmFilters: { provider: 'bullhorn', filters: [{ path: 'b', mode: 'eq', value: 2 }, { path: 'a', mode: 'eq', value: 1 }] } };
    expect(compareVersions(twoConditions, swapped)).toBe('touched');
  });

  it('counts reordering searches: each search is its own block', () => {
    const two = edited((icp) => icp.leadProviderCriteria.push({ provider: 'baseProvider', type: 'company', filters: { industry: ['Software'] } }));
    const swapped = copy(two);
    swapped.leadProviderCriteria.reverse();
    expect(compareVersions(two, swapped)).toBe('changed');
  });

  it('compares the Get ICP page example with itself and a copy that differs by one reuse day', () => {
    const detail = Icp.parse(getBody);
    expect(compareVersions(detail, copy(detail))).toBe('same');
    const next = copy(detail);
    (next.customFilterCriteria[1] as { value: number }).value = 181;
    expect(compareVersions(detail, next)).toBe('changed');
  });

  it('refuses a copy nested too deeply to write rather than calling two such copies equal', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20_000; i++) deep = { d: deep };
    const nested = edited((icp) => (icp.leadProviderCriteria[0].filters.deep = deep));
    expect(() => contentKey(nested)).toThrow(/nested too deeply/);
  });
});
