import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interner, profileOf, profilesOverlap } from '../../../src/shared/checks/criterion-profile';
import { describePair, overlapFindings, sharedDimensions, describeShared } from '../../../src/shared/checks/overlap-findings';
import { findOverlaps } from '../../../src/shared/checks/overlap-index';
import type { Icp } from '../../../src/shared/icp-schema';
import { company, daysFromNow, ENTERPRISE, icp, NOW, person, searching } from './icp-builder';

const overlaps = (icps: readonly Icp[]) => findOverlaps(icps, { now: NOW });
const overlapping = (a: Icp, b: Icp) => overlaps([a, b]).pairCount === 1;

describe('the overlap definition', () => {
  it('the list page’s example: CTOs in DACH at 500–10,000 against a get page shape (job_titles, buckets)', () => {
    const active = { ...ENTERPRISE, activeUntil: null };
    const other = searching({ job_titles: ['cto', 'Head of Technology'], countries: ['GERMANY'], company_size: ['501-1000', '1001-5000'] });
    const found = overlaps([active, other]);
    expect(found.pairCount).toBe(1);
    const [pair] = found.pairs();
    expect(pair).toEqual({ a: active.id, b: other.id, duplicate: false, criteria: [0, 0] });
    expect(describeShared(sharedDimensions(active.leadProviderCriteria[0]!, other.leadProviderCriteria[0]!))).toBe(
      'Job title: CTO \u00b7 Country: Germany \u00b7 Employee size: 501 \u2013 5,000',
    );
  });

  it('needs both active: an expired ICP overlaps nothing', () => {
    const a = searching({ job_title: ['CTO'] });
    expect(overlapping(a, searching({ job_title: ['CTO'] }))).toBe(true);
    expect(overlapping(a, searching({ job_title: ['CTO'] }, { activeUntil: daysFromNow(-1) }))).toBe(false);
    expect(overlapping(a, searching({ job_title: ['CTO'] }, { activeUntil: daysFromNow(1) }))).toBe(true);
  });

  it('needs the same search type and provider', () => {
    const a = searching({ industry: ['Software'] });
    expect(overlapping(a, icp({ leadProviderCriteria: [company({ industry: ['Software'] })] }))).toBe(false);
    expect(overlapping(a, icp({ leadProviderCriteria: [person({ industry: ['Software'] }, 'clayProvider')] }))).toBe(false);
    // A legacy criterion (no type) is a person search.
    expect(overlapping(a, icp({ leadProviderCriteria: [{ provider: 'baseProvider', filters: { industries: ['software'] } }] }))).toBe(true);
  });

  it('values intersect case- and accent-insensitively, across singular and plural keys', () => {
    expect(overlapping(searching({ job_title: ['Geschäftsführer'] }), searching({ job_titles: ['GESCHAFTSFUHRER', 'CEO'] }))).toBe(true);
    expect(overlapping(searching({ job_title: ['CTO'] }), searching({ job_titles: ['CIO'] }))).toBe(false);
  });

  it('every dimension both constrain must intersect', () => {
    const a = searching({ job_title: ['CTO'], country: ['Germany'] });
    expect(overlapping(a, searching({ job_title: ['CTO'], country: ['France'] }))).toBe(false);
    expect(overlapping(a, searching({ job_title: ['CTO', 'CIO'], location: { country: ['France', 'Germany'] } }))).toBe(true);
  });

  it('a dimension only one of them constrains does not separate them', () => {
    const a = searching({ job_title: ['CTO'], seniority: ['c_suite'] });
    expect(overlapping(a, searching({ job_title: ['CTO'], country: ['Germany'] }))).toBe(true);
    // Not even when they share no dimension at all.
    expect(overlapping(searching({ job_title: ['CTO'] }), searching({ country: ['Germany'] }))).toBe(true);
    const [pair] = overlaps([searching({ job_title: ['CTO'] }), searching({ country: ['Germany'] })]).pairs();
    expect(pair).toBeDefined();
  });

  it('ranges overlap ranges and size buckets; disjoint ones separate', () => {
    const ranged = (size: unknown) => searching({ job_title: ['CTO'], company: { employee_size: size } });
    const bucketed = (buckets: string[]) => searching({ job_title: ['CTO'], company_size: buckets });
    expect(overlapping(ranged({ min: 500, max: 10000 }), ranged({ min: 50, max: 600 }))).toBe(true);
    expect(overlapping(ranged({ min: 500, max: 10000 }), ranged({ min: 50, max: 200 }))).toBe(false);
    expect(overlapping(ranged({ min: 500, max: 10000 }), bucketed(['201-500']))).toBe(true);
    expect(overlapping(ranged({ min: 500, max: 10000 }), bucketed(['1-10', '51-200']))).toBe(false);
    expect(overlapping(ranged({ min: '10001' }), bucketed(['10001+']))).toBe(true);
    expect(overlapping(bucketed(['11-50']), bucketed(['51-200']))).toBe(false);
    // A range that selects nothing overlaps nothing on that dimension.
    expect(overlapping(ranged({ min: 900, max: 100 }), ranged({ min: 1, max: 100000 }))).toBe(false);
  });

  it('a list against a range cannot be compared and does not separate', () => {
    expect(overlapping(searching({ job_title: ['CTO'], revenue: ['$10M+'] }), searching({ job_title: ['CTO'], revenue: { min: 5 } }))).toBe(true);
  });

  it('excluded values are taken out', () => {
    const a = searching({ country: ['Germany', 'France'] });
    expect(overlapping(a, searching({ country: { include: ['Germany'], exclude: [] }, excluded_countries: ['Germany'] }))).toBe(false);
    expect(overlapping(a, searching({ excluded_countries: ['Germany'] }))).toBe(true);
    expect(overlapping(searching({ country: ['Germany'] }), searching({ excluded_countries: ['germany'] }))).toBe(false);
  });

  it('criteria that constrain nothing are left out', () => {
    expect(overlapping(searching({}), searching({ job_title: ['CTO'] }))).toBe(false);
    expect(overlapping(searching({}), searching({}))).toBe(false);
  });

  it('pairs ICPs, not criteria: two matching searches make one pair', () => {
    const a = icp({ leadProviderCriteria: [person({ job_title: ['CTO'] }), person({ job_title: ['CFO'] })] });
    const b = icp({ leadProviderCriteria: [person({ job_title: ['CFO'] }), person({ job_title: ['CTO'] })] });
    const found = overlaps([a, b]);
    expect(found.pairCount).toBe(1);
    expect(found.countOf(a.id)).toBe(1);
    expect(found.partnersOf(b.id)).toEqual([{ id: a.id, duplicate: true, criteria: [1, 0] }]);
  });
});

describe('duplicates', () => {
  it('identical criteria, however keys and values are spelled, are duplicates', () => {
    const a = searching({ job_title: ['CTO', 'CIO'], location: { country: ['Germany'] }, company_size: ['501-1000'] });
    const b = searching({ company_size: ['501-1000'], job_titles: ['cio', 'CTO'], countries: ['GERMANY'] });
    const found = overlaps([a, b]);
    expect(found.duplicateCount).toBe(1);
    expect(found.pairs()[0]!.duplicate).toBe(true);
  });

  it('overlapping but not identical criteria, or an extra search, are not', () => {
    const a = searching({ job_title: ['CTO', 'CIO'] });
    expect(overlaps([a, searching({ job_title: ['CTO'] })]).duplicateCount).toBe(0);
    const withExtra = icp({ leadProviderCriteria: [person({ job_title: ['CTO', 'CIO'] }), person({ job_title: ['CFO'] })] });
    expect(overlaps([a, withExtra]).pairs()[0]).toMatchObject({ duplicate: false });
  });
});

describe('findings and descriptions', () => {
  const a = searching({ job_title: ['CTO', 'VP Engineering'], country: ['Germany'] }, { name: 'DACH IT' });
  const b = searching({ job_titles: ['vp engineering', 'CTO', 'CIO'], countries: ['Germany', 'Austria'] }, { name: 'Germany tech' });
  const c = searching({ job_title: ['CTO', 'VP Engineering'], country: ['Germany'] }, { name: 'DACH IT copy' });
  const byId = new Map([a, b, c].map((x) => [x.id, x]));
  const found = overlaps([a, b, c]);

  it('each ICP of a pair gets a finding linked to the other, naming what they share', () => {
    const findings = overlapFindings(b, found, (id) => byId.get(id));
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ rule: 'overlap', severity: 'warning', otherIcpId: a.id, path: ['leadProviderCriteria', 0], field: 'Search 1' });
    expect(findings[0]!.message).toBe('Competes with “DACH IT” for the same people (Job title: vp engineering, CTO \u00b7 Country: Germany).');
    expect(overlapFindings(a, found, (id) => byId.get(id)).map((f) => [f.rule, f.otherIcpId])).toEqual([
      ['overlap', b.id],
      ['duplicate', c.id],
    ]);
    expect(overlapFindings(c, found, (id) => byId.get(id)).find((f) => f.rule === 'duplicate')?.message).toBe(
      'Duplicate of “DACH IT”: the same lead provider criteria, so both find the same leads.',
    );
  });

  it('describes a pair for the Review view', () => {
    const view = describePair(found.pairs()[0]!, (id) => byId.get(id));
    expect(view).toMatchObject({ a, b, duplicate: false, text: 'Job title: CTO, VP Engineering \u00b7 Country: Germany' });
    const apart = overlaps([searching({ job_title: ['CTO'] }), searching({ country: ['Germany'] })]);
    const icps = new Map<string, Icp>();
    expect(describePair(apart.pairs()[0]!, (id) => icps.get(id))).toBeNull();
  });
});

describe('the inverted index finds exactly the pairs that comparing all pairs finds', () => {
  const values = { title: ['CTO', 'cto', 'CIO', 'CFO'], country: ['Germany', 'France', 'Spain'], size: ['1-10', '11-50', '51-200', '201-500', '5001+'] };
  const filtersArb = fc.record(
    {
      job_title: fc.subarray(values.title, { minLength: 1 }),
      countries: fc.subarray(values.country, { minLength: 1 }),
      company_size: fc.subarray(values.size, { minLength: 1 }),
      employee_count: fc.record({ min: fc.integer({ min: 0, max: 600 }), max: fc.integer({ min: 0, max: 6000 }) }),
      excluded_countries: fc.subarray(values.country, { minLength: 1 }),
    },
    { requiredKeys: [] },
  );
  const criterionArb = fc.record({
    provider: fc.constantFrom('baseProvider', 'clayProvider'),
    type: fc.constantFrom('person', 'company'),
    filters: filtersArb,
  });
  const icpArb = fc.record({ criteria: fc.array(criterionArb, { minLength: 1, maxLength: 2 }), expired: fc.boolean() });

  it('on random workspaces', () => {
    fc.assert(
      fc.property(fc.array(icpArb, { minLength: 2, maxLength: 25 }), (drafts) => {
        const icps = drafts.map((draft) => icp({ leadProviderCriteria: draft.criteria, activeUntil: draft.expired ? daysFromNow(-2) : null }));
        const expected = new Set<string>();
        const interner = new Interner();
        const profiles = icps.map((one, i) => (one.activeUntil === null ? one.leadProviderCriteria.map((c, j) => profileOf(c, i, j, interner)) : []));
        for (let i = 0; i < icps.length; i++) {
          for (let j = i + 1; j < icps.length; j++) {
            const hit = profiles[i]!.some((p) => p !== null && profiles[j]!.some((q) => q !== null && profilesOverlap(p, q)));
            if (hit) expected.add(`${icps[i]!.id}|${icps[j]!.id}`);
          }
        }
        const found = new Set(
          overlaps(icps)
            .pairs()
            .map((pair) => `${pair.a}|${pair.b}`),
        );
        expect(found).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
