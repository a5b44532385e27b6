import { describe, expect, it } from 'vitest';
import type { IcpSummary, ListView } from '../../../src/shared/ipc-contract';
import { activeFilters, withoutFilter } from '../../../src/renderer/src/list-query/active-filters';
import { DEFAULT_LIST_VIEW, filterRows, hasActiveFilters, prepareRows } from '../../../src/renderer/src/list-query/list-query';
import { createIncrementalFilter } from '../../../src/renderer/src/list-query/incremental-filter';

/*
 * The review's list filters: the "Has problems" / "Has warnings" / "Overlaps" chips (ORed, like
 * the other chip groups) over the counts main's checks put on the rows, and a Review focus (the
 * ICPs behind one rule or coverage cell).
 */

const summary = (id: string, checks?: IcpSummary['checks']): IcpSummary => ({
  id,
  name: `ICP ${id}`,
  description: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  activeUntil: null,
  leadsPerList: 10,
  userCount: 1,
  criteria: [{ provider: 'baseProvider', type: 'person', legacy: false }],
  customFilterTypes: [],
  hasCrmFilters: false,
  offline: false,
  refused: null,
  ...(checks ? { checks } : {}),
});

const rows = prepareRows(
  [
    summary('a', { problems: 2, warnings: 0, notes: 0, overlaps: 0 }),
    summary('b', { problems: 0, warnings: 1, notes: 1, overlaps: 3 }),
    summary('c', { problems: 0, warnings: 0, notes: 2, overlaps: 0 }),
    summary('d'),
  ],
  new Date('2026-03-10T12:00:00.000Z'),
);
const view = (patch: Partial<ListView>): ListView => ({ ...DEFAULT_LIST_VIEW, ...patch });
const ids = (shown: readonly { summary: IcpSummary }[]) => shown.map((row) => row.summary.id);

describe('check filters', () => {
  it('keeps ICPs with any of the pressed kinds of finding; rows not reviewed yet match none', () => {
    expect(ids(filterRows(rows, view({ checks: ['problems'] })))).toEqual(['a']);
    expect(ids(filterRows(rows, view({ checks: ['warnings'] })))).toEqual(['b']);
    expect(ids(filterRows(rows, view({ checks: ['problems', 'overlaps'] })))).toEqual(['a', 'b']);
    expect(hasActiveFilters(view({ checks: ['overlaps'] }))).toBe(true);
  });

  it('narrows to a Review focus, named and removable like any filter; a view saved before these fields still works', () => {
    const focused = view({ focus: { label: 'Country: Germany', ids: ['b', 'd'] } });
    expect(ids(filterRows(rows, focused))).toEqual(['b', 'd']);
    expect(activeFilters(focused).map((filter) => filter.label)).toEqual(['Country: Germany']);
    expect(withoutFilter(focused, activeFilters(focused)[0]!).focus).toBeNull();
    const { checks: _checks, focus: _focus, ...older } = DEFAULT_LIST_VIEW;
    expect(filterRows(rows, older)).toBe(rows);
  });

  it('a new focus with the same label is a new filter for the incremental filter', () => {
    const filter = createIncrementalFilter();
    expect(ids(filter(rows, view({ focus: { label: 'Rule', ids: ['a'] } })))).toEqual(['a']);
    expect(ids(filter(rows, view({ focus: { label: 'Rule', ids: ['c'] } })))).toEqual(['c']);
  });
});
