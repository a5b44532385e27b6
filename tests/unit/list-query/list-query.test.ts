import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureIcps } from '../../support/fixture-icps';
import { searchTextsOf } from '../../../src/main/session/summaries';
import { summarizeIcp } from '../../../src/shared/icp-summary';
import type { Icp } from '../../../src/shared/icp-schema';
import type { IcpSummary, ListView } from '../../../src/shared/ipc-contract';
import {
  countExpiry,
  DEFAULT_LIST_VIEW,
  filterRows,
  hasActiveFilters,
  prepareRows,
  rowSearchesOf,
  sortRows,
} from '../../../src/renderer/src/list-query/list-query';
import { expiryOf } from '../../../src/shared/format/expiry';
import { customFilterChoices } from '../../../src/renderer/src/list-query/custom-filter-choices';
import { createIncrementalFilter } from '../../../src/renderer/src/list-query/incremental-filter';
import { createPrefixIndexBuilder } from '../../../src/renderer/src/list-query/prefix-index';

const now = new Date('2026-11-23T10:00:00.000Z');
const icps = fixtureIcps(now) as Icp[];
const summaries: IcpSummary[] = icps.map((icp, i) => ({ ...summarizeIcp(icp), offline: i % 3 === 0, refused: null }));
const searches = rowSearchesOf(searchTextsOf(icps));
const rows = prepareRows(summaries, now, searches);
const view = (patch: Partial<ListView>): ListView => ({ ...DEFAULT_LIST_VIEW, ...patch });
const names = (list: { summary: IcpSummary }[]) => list.map((row) => row.summary.name);
const byId = new Map(icps.map((icp) => [icp.id, icp]));
const icpOf = (row: { summary: IcpSummary }) => byId.get(row.summary.id)!;

describe('search', () => {
  it('finds ICPs by any string in their filters, AND across terms, at word starts', () => {
    const found = filterRows(rows, view({ search: 'cto germany' }));
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) {
      const text = JSON.stringify(icpOf(row)).toLowerCase();
      expect(text).toMatch(/\bcto/);
      expect(text).toContain('germany');
    }
    const directorsOnly = rows.filter((row) => /director/i.test(JSON.stringify(icpOf(row))) && !/\bcto/i.test(JSON.stringify(icpOf(row))));
    for (const row of directorsOnly) expect(found).not.toContain(row);
  });

  it('is case- and accent-insensitive', () => {
    const accented = rows.find((row) => /[üéö]/.test(row.summary.name));
    expect(accented).toBeDefined();
    const plain = accented!.summary.name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().split(' ')[0]!;
    expect(filterRows(rows, view({ search: plain }))).toContain(accented);
  });

  it('searches custom filter prompts, CRM text search and user ids', () => {
    const withPrompt = icps.find((icp) => icp.customFilterCriteria.some((f) => f.type === 'ai'))!;
    const prompt = (withPrompt.customFilterCriteria.find((f) => f.type === 'ai') as { prompt: string }).prompt;
    const word = prompt
      .split(/\s+/)
      .find((w) => w.length > 7)!
      .replace(/\W/g, '');
    expect(names(filterRows(rows, view({ search: word })))).toContain(withPrompt.name);

    const withCrm = icps.find((icp) => typeof icp.crmFilters?.textSearch === 'string')!;
    expect(names(filterRows(rows, view({ search: withCrm.crmFilters!.textSearch!.split(' ')[0]!.replace('*', '') })))).toContain(withCrm.name);

    expect(filterRows(rows, view({ search: 'user_xyz789' })).length).toBe(icps.filter((icp) => icp.userIds.includes('user_xyz789')).length);
  });

  it('returns the same array when nothing filters', () => {
    const sorted = sortRows(rows, 'name');
    expect(filterRows(sorted, DEFAULT_LIST_VIEW)).toBe(sorted);
    expect(hasActiveFilters(DEFAULT_LIST_VIEW)).toBe(false);
    expect(hasActiveFilters(view({ search: '  ' }))).toBe(false);
    expect(hasActiveFilters(view({ offlineOnly: true }))).toBe(true);
  });
});

describe('filter chips', () => {
  it.each(['active', 'expiring', 'expired', 'noExpiry'] as const)('the %s chip keeps exactly the ICPs in that expiry state', (state) => {
    const kept = filterRows(rows, view({ expiry: [state] }));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBe(summaries.filter((s) => expiryOf(s.activeUntil, now).state === state).length);
  });

  it('ORs chips within a group and ANDs groups', () => {
    const either = filterRows(rows, view({ expiry: ['expired', 'expiring'] }));
    expect(either.length).toBe(filterRows(rows, view({ expiry: ['expired'] })).length + filterRows(rows, view({ expiry: ['expiring'] })).length);
    const both = filterRows(rows, view({ expiry: ['expiring'], hasCrmFilters: true }));
    expect(both.every((row) => row.expiry === 'expiring' && row.summary.hasCrmFilters)).toBe(true);
  });

  it('filters by search type, treating legacy criteria as person searches', () => {
    const company = filterRows(rows, view({ searchTypes: ['company'] }));
    expect(company.length).toBeGreaterThan(0);
    expect(company.every((row) => icpOf(row).leadProviderCriteria.some((c) => c.type === 'company'))).toBe(true);
    const person = filterRows(rows, view({ searchTypes: ['person'] }));
    const legacy = icps.filter((icp) => icp.leadProviderCriteria.some((c) => c.type === undefined));
    expect(legacy.length).toBeGreaterThan(0);
    for (const icp of legacy) expect(names(person)).toContain(icp.name);
  });

  it('filters by custom filter type present, CRM filters and offline availability', () => {
    for (const type of customFilterChoices(rows, []).map((choice) => choice.type)) {
      const kept = filterRows(rows, view({ customFilterTypes: [type] }));
      expect(
        kept.every((row) => icpOf(row).customFilterCriteria.some((f) => f.type === type)),
        type,
      ).toBe(true);
    }
    expect(filterRows(rows, view({ hasCrmFilters: true })).every((row) => icpOf(row).crmFilters != null)).toBe(true);
    expect(filterRows(rows, view({ offlineOnly: true })).length).toBe(summaries.filter((s) => s.offline).length);
  });

  it('offers the custom filter types present, most common first', () => {
    const types = customFilterChoices(rows, []).map((choice) => choice.type);
    expect(types).toEqual(
      expect.arrayContaining(['website', 'webscraping', 'ai', 'maxPeoplePerCompany', 'maxPercentFromCRM', 'minDaysUntilReuse', 'matchFieldWithRegex']),
    );
  });
});

describe('sorting', () => {
  it('sorts by name, case- and accent-insensitively, numbers by value', () => {
    const sorted = names(sortRows(rows, 'name'));
    const key = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (let i = 1; i < sorted.length; i += 1) expect(key(sorted[i - 1]!) <= key(sorted[i]!), `${sorted[i - 1]} before ${sorted[i]}`).toBe(true);
    const odd = prepareRows(
      ['ICP 10', 'icp 9', 'Émile', 'emile', 'Zürich', 'zebra'].map((name, i) => ({ ...summaries[0]!, id: `id-${i}`, name })),
      now,
    );
    expect(names(sortRows(odd, 'name'))).toEqual(['emile', 'Émile', 'icp 9', 'ICP 10', 'zebra', 'Zürich']);
  });

  it('sorts by last updated, newest first', () => {
    const times = sortRows(rows, 'updatedAt').map((row) => row.updatedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('sorts by expiry, soonest first, with no expiry last', () => {
    const sorted = sortRows(rows, 'activeUntil');
    const dated = sorted.filter((row) => row.summary.activeUntil !== null).map((row) => row.expiresAt);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    const firstUndated = sorted.findIndex((row) => row.summary.activeUntil === null);
    expect(sorted.slice(firstUndated).every((row) => row.summary.activeUntil === null)).toBe(true);
  });

  it('sorts by leads per list, largest first', () => {
    const leads = sortRows(rows, 'leadsPerList').map((row) => row.summary.leadsPerList);
    expect(leads).toEqual([...leads].sort((a, b) => b - a));
  });

  it('does not reorder the input', () => {
    const before = rows.map((row) => row.summary.id);
    sortRows(rows, 'leadsPerList');
    expect(rows.map((row) => row.summary.id)).toEqual(before);
  });
});

describe('expiry overview', () => {
  it('counts every ICP once', () => {
    const counts = countExpiry(rows);
    expect(counts.active + counts.expiring + counts.expired + counts.noExpiry).toBe(rows.length);
    expect(counts.expiring).toBe(filterRows(rows, view({ expiry: ['expiring'] })).length);
  });
});

describe('incremental filtering while typing', () => {
  const sorted = sortRows(rows, 'name');
  const builder = createPrefixIndexBuilder(rows);
  while (!builder.step(Number.POSITIVE_INFINITY));
  const fullIndex = builder.ready!;

  it('answers exactly what a full filter answers, for any sequence of edits', () => {
    // Letters and user-id fragments that cross the 5-character user-id threshold.
    const pieces = fc.constantFrom('c', 't', 'o', ' ', 'g', 'e', 'r', 'ma', 'ny', 'd', 'user_', 'abc', '1', '2', '3', 'x', 'ü');
    const edit = fc.oneof(
      pieces.map((piece) => (query: string) => query + piece),
      fc.constant((query: string) => query.slice(0, -1)),
      fc.constant(() => ''),
    );
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 25 }),
        fc.constantFrom<ListView['expiry']>([], ['expiring'], ['expired', 'active']),
        fc.boolean(),
        (edits, expiry, indexed) => {
          const filter = createIncrementalFilter(8);
          let query = '';
          for (const apply of edits) {
            query = apply(query);
            const v = view({ search: query, expiry });
            expect(filter(sorted, v, indexed ? fullIndex : null)).toEqual(filterRows(sorted, v));
          }
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });

  it('narrows from the previous answer instead of scanning every row', () => {
    const filter = createIncrementalFilter();
    const first = filter(sorted, view({ search: 'c' }));
    const narrowed = filter(sorted, view({ search: 'ct' }));
    expect(narrowed.length).toBeLessThan(first.length);
    expect(narrowed.every((row) => first.includes(row))).toBe(true);
    expect(filter(sorted, view({ search: 'c' }))).toBe(first); // backspace: the remembered answer
  });

  it('starts afresh when the rows or chips change', () => {
    const filter = createIncrementalFilter();
    const all = filter(sorted, view({ search: 'sales' }));
    const expiring = filter(sorted, view({ search: 'sales', expiry: ['expiring'] }));
    expect(expiring).toEqual(filterRows(sorted, view({ search: 'sales', expiry: ['expiring'] })));
    expect(expiring.length).toBeLessThanOrEqual(all.length);
    const resorted = sortRows(rows, 'leadsPerList');
    expect(filter(resorted, view({ search: 'sales' }))).toEqual(filterRows(resorted, view({ search: 'sales' })));
  });
});

describe('the prefix index', () => {
  const sorted = sortRows(rows, 'name');
  const builder = createPrefixIndexBuilder(rows);
  while (!builder.step(Number.POSITIVE_INFINITY));
  const index = builder.ready!;

  it('gives the same answers as reading every row, for any query', () => {
    const letters = fc.constantFrom(...'abcdegilmnorstuvy0123_ü- '.split(''));
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 12 }).map((chars) => chars.join('')),
        (search) => {
          expect(filterRows(sorted, view({ search }), index)).toEqual(filterRows(sorted, view({ search })));
        },
      ),
      { numRuns: 500, seed: 11 },
    );
    for (const search of ['ct', 'cto', 'cto ge', 'ge', 'us', 'user_abc', 'sa le', '(da', 'c-']) {
      expect(filterRows(sorted, view({ search }), index), search).toEqual(filterRows(sorted, view({ search })));
    }
  });

  it('is built in slices until done', () => {
    const sliced = createPrefixIndexBuilder(rows);
    let slices = 0;
    while (!sliced.step(0)) slices += 1;
    expect(slices).toBe(Math.ceil(rows.length / 256) - 1);
    expect(sliced.ready).not.toBeNull();
  });
});
