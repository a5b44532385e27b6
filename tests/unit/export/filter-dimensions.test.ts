import { describe, expect, it } from 'vitest';
import { dimensionOfKey, filterDimensions } from '../../../src/shared/export/filter-dimensions';
import { makeIcp } from './export-fixtures';

describe('filterDimensions', () => {
  it('finds the common dimensions in either spelling and at any depth', () => {
    for (const key of ['job_title', 'job_titles', 'jobTitles', 'person_titles']) expect(dimensionOfKey(key)).toBe('jobTitles');
    for (const key of ['country', 'location.country', 'location_country', 'Countries']) expect(dimensionOfKey(key)).toBe('countries');
    for (const key of ['industry', 'industries']) expect(dimensionOfKey(key)).toBe('industries');
    for (const key of ['company_size', 'employee_size', 'employee_count', 'organization_num_employees_ranges']) expect(dimensionOfKey(key)).toBe('companySize');
    for (const key of ['city', 'seniority', '__proto__', 'constructor', 'toString']) expect(dimensionOfKey(key)).toBeNull();
  });

  it('unions values over all searches without repeats, in first-seen order, the rest as readable lines', () => {
    const icp = makeIcp({
      leadProviderCriteria: [
        { provider: 'p', type: 'person', filters: { job_title: ['CTO', 'CIO'], 'location.country': ['Germany'], company: { employee_size: { min: 50 } } } },
        {
          provider: 'p',
          type: 'company',
          filters: { job_titles: ['CIO', 'CFO'], location: { country: ['Austria', 'Germany'], city: ['Wien'] }, is_public: true },
        },
        { provider: 'p', type: 'company', filters: { company_size: { min: 1, max: 10, unit: 'k' }, extra: [{ a: 1 }] } },
      ],
    });
    expect(filterDimensions(icp)).toEqual({
      jobTitles: ['CTO', 'CIO', 'CFO'],
      countries: ['Germany', 'Austria'],
      industries: [],
      companySize: ['≥ 50', 'Min: 1, Max: 10, Unit: k'],
      other: ['Location › City: Wien', 'Is public: Yes', 'Extra: [ { "a": 1 } ]'],
    });
  });
});
