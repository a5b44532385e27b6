import { displayText, filterValueDisplay } from '../format/field-display';
import { filterLines } from '../format/filter-sentences';
import { humanizeFilters, type FilterNode } from '../format/humanize-filters';
import type { Icp } from '../icp-schema';

/*
 * The filter dimensions a spreadsheet gets its own column for. Providers spell them in several
 * ways (the two reference pages say job_title and job_titles, company.employee_size and
 * company_size), so a key is matched after dropping case and separators, at any depth:
 * location.country and a nested {location: {country}} both count as countries. Everything
 * else is kept, as readable "Label: value" text, in `other`.
 */

export type FilterDimension = 'jobTitles' | 'countries' | 'industries' | 'companySize';

const KEYS: Readonly<Record<string, FilterDimension>> = {
  jobtitle: 'jobTitles',
  jobtitles: 'jobTitles',
  title: 'jobTitles',
  titles: 'jobTitles',
  persontitles: 'jobTitles',
  country: 'countries',
  countries: 'countries',
  locationcountry: 'countries',
  industry: 'industries',
  industries: 'industries',
  companyindustry: 'industries',
  companysize: 'companySize',
  employeesize: 'companySize',
  employeecount: 'companySize',
  employees: 'companySize',
  headcount: 'companySize',
  companyemployeesize: 'companySize',
  organizationnumemployeesranges: 'companySize',
};

export type DimensionValues = Record<FilterDimension, string[]> & {
  /** Every other filter, one "Label: value" line each, in criterion and key order. */
  other: string[];
};

const normalizeKey = (key: string): string => key.toLowerCase().replace(/[\s._-]+/g, '');

export function dimensionOfKey(key: string): FilterDimension | null {
  return Object.hasOwn(KEYS, normalizeKey(key)) ? KEYS[normalizeKey(key)]! : null;
}

/** The values of each dimension over all of an ICP's searches, without repeats, in first-seen order. */
export function filterDimensions(icp: Icp): DimensionValues {
  const found: DimensionValues = { jobTitles: [], countries: [], industries: [], companySize: [], other: [] };
  for (const criterion of icp.leadProviderCriteria) collect(humanizeFilters(criterion.filters), [], found);
  return found;
}

function collect(nodes: readonly FilterNode[], path: readonly string[], found: DimensionValues): void {
  for (const node of nodes) {
    const dimension = dimensionOfKey(node.key);
    if (dimension === null) {
      if (node.kind === 'group') collect(node.children, [...path, node.label], found);
      else found.other.push(...filterLines([node], path));
      continue;
    }
    const values =
      node.kind === 'chips' ? node.values : node.kind === 'group' ? [filterLines(node.children).join(', ')] : [displayText(filterValueDisplay(node))];
    for (const value of values) if (!found[dimension].includes(value)) found[dimension].push(value);
  }
}
