import { describe, expect, it } from 'vitest';
import { coverageDimensions, coverageMap, sortCoverage } from '../../../src/shared/checks/coverage-map';
import { fieldLabel } from '../../../src/shared/checks/field-label';
import { findingsOf, reviewWorkspace } from '../../../src/shared/checks/review-workspace';
import type { Icp } from '../../../src/shared/icp-schema';
import { company, daysFromNow, icp, NOW, searching } from './icp-builder';

const de = searching({ job_title: ['CTO'], location: { country: ['Germany', 'Austria'] }, company: { employee_size: { min: 500, max: 10000 } } });
const fr = searching({ job_titles: ['cto', 'CFO'], countries: ['France', 'germany'], company_size: ['11-50', '5001+'] });
const es = icp({ leadProviderCriteria: [company({ industry: ['Retail'], country: ['Spain'], seniority: ['vp'] })] });
const expired = searching({ country: ['Germany'], job_title: ['CEO'] }, { activeUntil: daysFromNow(-10) });
const excluding = searching({ job_title: ['CMO'], country: { include: ['Germany', 'Italy'], exclude: ['Germany'] } });
const workspace = [de, fr, es, expired, excluding];

describe('coverage map', () => {
  it('offers the canonical dimensions first, then the others by use, counting active ICPs only', () => {
    expect(coverageDimensions(workspace, { now: NOW })).toEqual([
      { dimension: 'job_title', label: 'Job title', icpCount: 3 },
      { dimension: 'country', label: 'Country', icpCount: 4 },
      { dimension: 'industry', label: 'Industry', icpCount: 1 },
      { dimension: 'employee_size', label: 'Employee size', icpCount: 2 },
      { dimension: 'seniority', label: 'Seniority', icpCount: 1 },
    ]);
  });

  it('lists each value with the active ICPs that include it; excluded values and expired ICPs do not count', () => {
    const map = coverageMap(workspace, 'country', { now: NOW });
    const counts = Object.fromEntries(map.rows.map((row) => [row.value, row.icpIds]));
    expect(counts).toEqual({ Austria: [de.id], France: [fr.id], Germany: [de.id, fr.id], Italy: [excluding.id], Spain: [es.id] });
    expect(map).toMatchObject({ label: 'Country', activeCount: 4, unconstrained: [] });
    expect(coverageMap(workspace, 'job_title', { now: NOW }).unconstrained).toEqual([es.id]);
  });

  it('shows employee size in the documented buckets, each covered by the ranges and buckets reaching into it', () => {
    const rows = coverageMap(workspace, 'employee_size', { now: NOW }).rows.map((row) => [row.value, row.count]);
    expect(rows).toEqual([
      ['1 \u2013 10', 0],
      ['11 \u2013 50', 1],
      ['51 \u2013 200', 0],
      ['201 \u2013 500', 1],
      ['501 \u2013 1,000', 1],
      ['1,001 \u2013 5,000', 1],
      ['5,001 \u2013 10,000', 2],
      ['\u2265 10,001', 1],
    ]);
  });

  it('sorts by count or by value, either way, ties in natural order', () => {
    const rows = coverageMap(workspace, 'country', { now: NOW }).rows;
    expect(sortCoverage(rows, { by: 'count', direction: 'desc' }).map((r) => r.value)).toEqual(['Germany', 'Austria', 'France', 'Italy', 'Spain']);
    expect(sortCoverage(rows, { by: 'count', direction: 'asc' }).map((r) => r.value)).toEqual(['Austria', 'France', 'Italy', 'Spain', 'Germany']);
    expect(sortCoverage(rows, { by: 'value', direction: 'desc' }).map((r) => r.value)).toEqual(['Spain', 'Italy', 'Germany', 'France', 'Austria']);
  });
});

describe('workspace review', () => {
  const noUsers = searching({ job_title: ['CMO'], country: ['Japan'] }, { userIds: [], leadsPerList: 0 });
  const icps: Icp[] = [...workspace, noUsers];
  const review = reviewWorkspace(icps, { now: NOW });
  const byId = new Map(icps.map((x) => [x.id, x]));

  it('summarizes each ICP for list rows: problems, warnings, notes and how many ICPs it overlaps', () => {
    expect(review.summaries.get(de.id)).toEqual({ problems: 0, warnings: 0, notes: 0, overlaps: 1 });
    expect(review.summaries.get(noUsers.id)).toEqual({ problems: 1, warnings: 1, notes: 0, overlaps: 0 });
    expect(review.summaries.get(expired.id)).toEqual({ problems: 0, warnings: 0, notes: 1, overlaps: 0 });
  });

  it('groups findings by rule with counts and the ICPs to filter the list by', () => {
    expect(review.rules.map((rule) => [rule.rule, rule.count, rule.icpIds])).toEqual([
      ['leads-per-list-below-one', 1, [noUsers.id]],
      ['include-exclude-conflict', 1, [excluding.id]],
      ['expired', 1, [expired.id]],
      ['no-users', 1, [noUsers.id]],
      ['overlap', 1, [de.id, fr.id]],
    ]);
  });

  it('lists one ICP’s findings with its overlaps, linked to the other ICP', () => {
    const findings = findingsOf(review, fr, (id) => byId.get(id));
    expect(findings.map((f) => [f.rule, f.otherIcpId])).toEqual([['overlap', de.id]]);
    expect(findings[0]!.message).toContain('(Job title: cto \u00b7 Country: germany \u00b7 Employee size: 5,001 \u2013 10,000)');
  });
});

describe('field labels', () => {
  it('joins block and field as the detail and Compare name them', () => {
    expect(fieldLabel(['leadProviderCriteria', 1, 'filters', 'location', 'country'])).toBe('Search 2 \u203a Location \u203a Country');
    expect(fieldLabel(['leadProviderCriteria', 0, 'filters', 'locations', 3, 'city'])).toBe('Search 1 \u203a Locations \u203a City');
    expect(fieldLabel(['customFilterCriteria', 'ai', 1, 'prompt'])).toBe('AI filter (2) \u203a Prompt');
    expect(fieldLabel(['crmFilters', 'textSearch'])).toBe('CRM filters \u203a Text search');
    expect(fieldLabel(['activeUntil'])).toBe('Active until');
    expect(fieldLabel([])).toBe('ICP');
  });
});
