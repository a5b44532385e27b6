import { describe, expect, it } from 'vitest';
import listBody from '../fixtures/api-docs/list-200.json';
import { checkIcp, checkIcpList, describeInvalidItem } from '../../src/shared/icp-validation';
import { MAX_ICP_NESTING, pathDeeperThan } from '../../src/shared/nesting-depth';

/** An object `levels` deep: nested(1) is {}, nested(2) is {"a":{}}. */
const nested = (levels: number): unknown => JSON.parse(`${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`);
const reference = listBody[0]!;
/** The reference ICP with `filters` `levels` deep: the ICP (1), its criteria (2), a criterion (3), filters (4…). */
const withFiltersOf = (levels: number) => ({ ...reference, leadProviderCriteria: [{ provider: 'baseProvider', type: 'person', filters: nested(levels) }] });

describe('pathDeeperThan', () => {
  it('finds nothing in flat and shallow values', () => {
    for (const value of [null, 1, 'text', [], {}, [[1, [2]], { a: { b: [] } }]]) expect(pathDeeperThan(value, 4), JSON.stringify(value)).toBeNull();
  });

  it('counts the value itself as level 1 and primitives as no level', () => {
    expect(pathDeeperThan(nested(3), 3)).toBeNull();
    expect(pathDeeperThan(nested(4), 3)).toEqual(['a', 'a', 'a']);
    expect(pathDeeperThan({ a: [[1]] }, 3)).toBeNull();
    expect(pathDeeperThan({ a: [[[1]]] }, 3)).toEqual(['a', 0, 0]);
  });

  it('names the first too-deep place in document order', () => {
    expect(pathDeeperThan({ ok: [1, 2], first: [{ x: 1 }, { y: { z: 1 } }], second: { a: { b: {} } } }, 3)).toEqual(['first', 1, 'y']);
  });

  it('measures 20,000 levels without running out of stack', () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}${']'.repeat(20_000)}`) as unknown;
    expect(pathDeeperThan(deep, 64)).toHaveLength(64);
  });
});

describe('ICPs nested too deeply', () => {
  it('accepts an ICP 64 levels deep and refuses one 65 deep, naming the field', () => {
    expect(MAX_ICP_NESTING).toBe(64);
    expect(checkIcp(withFiltersOf(61)).ok).toBe(true);
    expect(checkIcp(withFiltersOf(62))).toEqual({
      ok: false,
      problem: { field: 'leadProviderCriteria[0].filters.a…', message: 'nested more than 64 levels deep' },
    });
  });

  it('refuses a 20,000-level filters value before anything recursive sees it, and keeps the rest of the list', () => {
    const list = checkIcpList([listBody[1], { ...withFiltersOf(20_000), id: '11111111-2222-4333-8444-555555555555' }]);
    expect(list.icps).toEqual([listBody[1]]);
    expect(list.invalid.map(describeInvalidItem)).toEqual([
      'ICP 11111111-2222-4333-8444-555555555555 was skipped: nested more than 64 levels deep (leadProviderCriteria[0].filters.a…)',
    ]);
  });

  it('looks into every field, known or not', () => {
    const deepCrm = { ...reference, crmFilters: { provider: 'bullhorn', filters: [{ path: 'p', mode: 'm', value: nested(70) }] } };
    expect(checkIcp(deepCrm)).toMatchObject({ ok: false, problem: { field: 'crmFilters.filters[0].value…' } });
    expect(checkIcp({ ...reference, extra: nested(70) })).toMatchObject({ ok: false, problem: { field: 'extra.a.a.a…' } });
  });
});
