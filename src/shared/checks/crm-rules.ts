import { signatureOf } from '../compare/diff-icps';
import type { CrmFilterCondition, Icp } from '../icp-schema';
import { normalizeForSearch } from '../search/normalize-text';
import type { Finding } from './finding';
import { makeFinding, quoteList } from './make-finding';
import { repeatedValues, valueKey, valueText } from './value-lists';

/*
 * Rules on CRM filters: conditions on the same path that include and exclude the same value,
 * values repeated in one condition, and a CRM ICP Desk does not know.
 */

const KNOWN_CRM_PROVIDERS: ReadonlySet<string> = new Set(['bullhorn']);

export function checkCrmFilters(icp: Icp): Finding[] {
  const crm = icp.crmFilters;
  if (crm === null || crm === undefined) return [];
  if (!KNOWN_CRM_PROVIDERS.has(crm.provider)) {
    const message = `The CRM provider \u201c${crm.provider}\u201d is unknown to ICP Desk: its CRM filters are not checked.`;
    return [makeFinding('unknown-provider', message, ['crmFilters', 'provider'])];
  }
  const conditions = crm.filters ?? [];
  const findings: Finding[] = [];
  conditions.forEach((condition, index) => {
    if (Array.isArray(condition.value)) {
      const repeated = repeatedValues(condition.value as unknown[]);
      if (repeated.length > 0) {
        const message = `The CRM condition on \u201c${condition.path}\u201d lists ${quoteList(repeated)} more than once (ignoring case and accents).`;
        findings.push(makeFinding('value-repeated', message, ['crmFilters', 'filters', index]));
      }
    }
    if (condition.exclude !== true) return;
    const excluded = valuesOf(condition);
    const pathKey = normalizeForSearch(condition.path);
    const both = new Map<string, string>();
    for (const other of conditions) {
      if (other.exclude === true || normalizeForSearch(other.path) !== pathKey) continue;
      for (const [key, text] of valuesOf(other)) if (excluded.has(key) && !both.has(key)) both.set(key, text);
    }
    if (both.size === 0) return;
    const message = `CRM conditions on \u201c${condition.path}\u201d both include and exclude ${quoteList([...both.values()])}.`;
    findings.push(makeFinding('include-exclude-conflict', message, ['crmFilters', 'filters', index]));
  });
  return findings;
}

/** A condition's value as comparable items: a list's items, or the value itself. */
function valuesOf(condition: CrmFilterCondition): Map<string, string> {
  const items: unknown[] = Array.isArray(condition.value) ? (condition.value as unknown[]) : [condition.value];
  const values = new Map<string, string>();
  for (const item of items) {
    const isObject = typeof item === 'object' && item !== null;
    const key = isObject ? signatureOf(item) : valueKey(item);
    if (!values.has(key)) values.set(key, isObject ? JSON.stringify(item) : valueText(item));
  }
  return values;
}
