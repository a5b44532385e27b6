import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dimensionOf, keyWords } from '../../../src/shared/checks/filter-dimensions';
import { readBucket, readRangeObject } from '../../../src/shared/checks/numeric-ranges';
import { readFilters, type DimensionConstraint } from '../../../src/shared/checks/read-filters';

const dims = (filters: unknown) => readFilters(filters).constraints;
const dim = (filters: unknown, id: string): DimensionConstraint => {
  const found = dims(filters).get(id);
  if (found === undefined) throw new Error(`no ${id} in ${JSON.stringify([...dims(filters).keys()])}`);
  return found;
};
const included = (filters: unknown, id: string) => [...dim(filters, id).include.values()];

describe('dimensions', () => {
  it('keys differing only in singular/plural, case or separators are one dimension', () => {
    for (const key of ['job_title', 'job_titles', 'JobTitles', 'job-title', 'JOB_TITLES', 'jobTitle', 'title', 'person_titles']) {
      expect(dimensionOf([key])?.id, key).toBe('job_title');
    }
    expect(dimensionOf(['countries'])).toEqual({ id: 'country', label: 'Country' });
    expect(dimensionOf(['location', 'country'])?.id).toBe('country');
    expect(dimensionOf(['industries'])?.id).toBe('industry');
    expect(dimensionOf(['technologies'])).toEqual({ id: 'technology', label: 'Technology' });
    expect(keyWords('statuses')).toEqual(['status']);
    expect(keyWords('Länder')).toEqual(['lander']);
  });

  it('employee size has its synonyms, and a vague key takes its parent', () => {
    for (const keys of [['company_size'], ['company', 'employee_size'], ['employee_count'], ['employees'], ['headcount'], ['company', 'size']]) {
      expect(dimensionOf(keys)?.id, keys.join('.')).toBe('employee_size');
    }
    expect(dimensionOf(['company', 'name'])).toEqual({ id: 'company_name', label: 'Company name' });
  });
});

describe('ranges and buckets', () => {
  it('reads {min, max} with numbers, numeric strings and open bounds', () => {
    expect(readRangeObject({ min: 500, max: 10000 })).toEqual({ kind: 'range', interval: { min: 500, max: 10000 } });
    expect(readRangeObject({ min: '1,000', max: null })).toEqual({ kind: 'range', interval: { min: 1000, max: Infinity } });
    expect(readRangeObject({ max: '200' })).toEqual({ kind: 'range', interval: { min: -Infinity, max: 200 } });
    expect(readRangeObject({ min: 9, max: 1 })).toEqual({ kind: 'inverted', min: 9, max: 1 });
    expect(readRangeObject({ min: 'a lot' })).toBeNull();
    expect(readRangeObject({ min: 1, unit: 'k' })).toBeNull();
    expect(readRangeObject({ min: null, max: null })).toBeNull();
  });

  it('reads size buckets as the pages write them', () => {
    expect(readBucket('501-1000')).toEqual({ kind: 'range', interval: { min: 501, max: 1000 } });
    expect(readBucket('1,001 – 5,000')).toEqual({ kind: 'range', interval: { min: 1001, max: 5000 } });
    expect(readBucket('5001+')).toEqual({ kind: 'range', interval: { min: 5001, max: Infinity } });
    expect(readBucket('1,10')).toEqual({ kind: 'range', interval: { min: 1, max: 10 } });
    expect(readBucket('1,000')).toBeNull();
    expect(readBucket('Enterprise')).toBeNull();
  });
});

describe('reading filters of any shape', () => {
  it('the two reference pages’ shapes', () => {
    const list = { job_title: ['CTO', 'VP Engineering'], location: { country: ['Germany'] }, company: { employee_size: { min: 500, max: 10000 } } };
    expect(included(list, 'job_title')).toEqual(['CTO', 'VP Engineering']);
    expect(included(list, 'country')).toEqual(['Germany']);
    expect(dim(list, 'employee_size').ranges).toEqual([{ min: 500, max: 10000 }]);
    expect(dim(list, 'employee_size').path).toEqual(['company', 'employee_size']);
    const get = { job_titles: ['CTO'], company_size: ['501-1000', '5001+'] };
    expect(dim(get, 'employee_size').ranges).toEqual([
      { min: 501, max: 1000 },
      { min: 5001, max: Infinity },
    ]);
  });

  it('arrays of objects pool their values per key', () => {
    const filters = { locations: [{ country: 'Germany', city: 'Berlin' }, { country: 'France' }] };
    expect(included(filters, 'country')).toEqual(['Germany', 'France']);
    expect(included(filters, 'city')).toEqual(['Berlin']);
    expect(dim(filters, 'country').path).toEqual(['locations', 0, 'country']);
  });

  it('nulls and empty values limit nothing and are listed as empty', () => {
    const reading = readFilters({ job_title: null, country: [], industry: '', company: {} });
    expect(reading.constraints.size).toBe(0);
    expect(reading.empty).toBe(true);
    expect(reading.empties.map((e) => e.path)).toEqual([['job_title'], ['country'], ['industry'], ['company']]);
    expect(readFilters({}).empty).toBe(true);
    expect(readFilters({}).empties).toEqual([]);
  });

  it('numbers as strings compare with numbers; booleans are values', () => {
    expect([...dim({ naics: [541511, '541511 '] }, 'naic').include.keys()]).toEqual(['541511']);
    expect(dim({ employee_count: { min: '50', max: '200' } }, 'employee_size').ranges).toEqual([{ min: 50, max: 200 }]);
    expect(included({ is_public: true }, 'is_public')).toEqual(['Yes']);
  });

  it('nested groups, grouping words and modifiers', () => {
    const filters = { and: [{ person: { titles: { values: ['CTO'], operator: 'OR' } } }, { or: { countries: ['Spain'] } }] };
    expect(included(filters, 'job_title')).toEqual(['CTO']);
    expect(included(filters, 'country')).toEqual(['Spain']);
    expect(dims(filters).has('operator')).toBe(false);
  });

  it('include/exclude: sub-keys, a wrapper and key names', () => {
    const filters = {
      job_title: { include: ['CTO'], exclude: ['Intern'] },
      exclude: { countries: ['France'] },
      industries_excluded: ['Retail'],
      not_seniority: ['junior'],
    };
    expect(included(filters, 'job_title')).toEqual(['CTO']);
    expect([...dim(filters, 'job_title').exclude.values()]).toEqual(['Intern']);
    expect([...dim(filters, 'country').exclude.values()]).toEqual(['France']);
    expect([...dim(filters, 'industry').exclude.values()]).toEqual(['Retail']);
    expect([...dim(filters, 'seniority').exclude.values()]).toEqual(['junior']);
    expect(dim(filters, 'country').include.size).toBe(0);
  });

  it('values compare case- and accent-insensitively and keep their first spelling', () => {
    const constraint = dim({ city: ['Zürich', 'ZURICH', 'zurich'] }, 'city');
    expect([...constraint.include]).toEqual([['zurich', 'Zürich']]);
  });

  it('unknown shapes are skipped and listed, never thrown', () => {
    const reading = readFilters({ include: ['x'], '': [1], job_title: ['CTO'] });
    expect(reading.unreadable).toEqual([['include'], ['']]);
    expect(included({ include: ['x'], job_title: ['CTO'] }, 'job_title')).toEqual(['CTO']);
    let deep: unknown = ['CTO'];
    for (let i = 0; i < 40; i++) deep = { nested: deep };
    expect(readFilters({ job_title: deep }).unreadable).toHaveLength(1);
  });

  it('any JSON: never throws, and every path points into the input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 5 })), (filters) => {
        const reading = readFilters(filters);
        const paths = [
          ...[...reading.constraints.values()].map((c) => c.path),
          ...reading.empties.map((e) => e.path),
          ...reading.repeats.map((r) => r.path),
          ...reading.unreadable,
        ];
        for (const path of paths) {
          let at: unknown = filters;
          for (const segment of path) {
            expect(typeof at === 'object' && at !== null && Object.hasOwn(at, segment)).toBe(true);
            at = (at as Record<string | number, unknown>)[segment];
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
