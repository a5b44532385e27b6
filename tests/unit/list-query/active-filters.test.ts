import { describe, expect, it } from 'vitest';
import type { ListView } from '../../../src/shared/ipc-contract';
import { activeFilters, toggled, withoutFilter, withoutFilters } from '../../../src/renderer/src/list-query/active-filters';
import { DEFAULT_LIST_VIEW, hasActiveFilters } from '../../../src/renderer/src/list-query/list-query';

const everything: ListView = {
  search: '  cto germany ',
  sort: 'activeUntil',
  expiry: ['expiring', 'expired'],
  searchTypes: ['company'],
  customFilterTypes: ['ai', 'intentSignal'],
  hasCrmFilters: true,
  offlineOnly: true,
  checks: [],
  focus: null,
};

describe('active filters', () => {
  it('names each filter in words, search first, custom filter types by their readable names', () => {
    expect(activeFilters(everything).map((filter) => filter.label)).toEqual([
      'Search \u201ccto germany\u201d',
      'Expiring within 30 days',
      'Expired',
      'Company search',
      'Custom filter: AI filter',
      'Custom filter: intentSignal',
      'Has CRM filters',
      'Available offline',
    ]);
  });

  it('lists nothing for the default view, whatever the sort', () => {
    expect(activeFilters({ ...DEFAULT_LIST_VIEW, sort: 'leadsPerList', search: '   ' })).toEqual([]);
  });

  it('removes exactly one filter, keeping the rest and the sort', () => {
    const filters = activeFilters(everything);
    const expiring = filters.find((filter) => filter.kind === 'expiry' && filter.value === 'expiring')!;
    expect(withoutFilter(everything, expiring)).toEqual({ ...everything, expiry: ['expired'] });
    const search = filters.find((filter) => filter.kind === 'search')!;
    expect(withoutFilter(everything, search)).toEqual({ ...everything, search: '' });
    let view = everything;
    for (const filter of filters) view = withoutFilter(view, filter);
    expect(view).toEqual({ ...DEFAULT_LIST_VIEW, sort: 'activeUntil' });
  });

  it('clears everything but the sort', () => {
    const cleared = withoutFilters(everything);
    expect(cleared).toEqual({ ...DEFAULT_LIST_VIEW, sort: 'activeUntil' });
    expect(hasActiveFilters(cleared)).toBe(false);
  });

  it('toggles a chip value in or out, keeping the order of the others', () => {
    expect(toggled(['active', 'expired'], 'expiring')).toEqual(['active', 'expired', 'expiring']);
    expect(toggled(['active', 'expiring', 'expired'], 'expiring')).toEqual(['active', 'expired']);
  });
});
