import { CUSTOM_FILTER_DEFAULTS, isKnownCustomFilter, isKnownCustomFilterType } from '../icp-facts';
import type { CrmFilterCondition, CrmFilters, CustomFilter, KnownCustomFilter } from '../icp-schema';
import { toDisplayJson } from './display-json';
import { DEFAULT_SUFFIX } from './field-display';
import { humanizeKey } from './humanize-key';
import { formatNumber, formatPercent } from './numbers';

/*
 * What the detail view shows for custom filters and CRM filters. Keys the schema does not name
 * (objects are loose, a newer API may add some) are listed after the known ones, so nothing the
 * API sent is hidden.
 */

export type ViewField = {
  label: string;
  value: string | string[];
  /** The API left the value out (or null) and the documented default applies. */
  isDefault?: boolean;
  /** Prompts are prose; regexes, field paths, search syntax and JSON want a monospace face. */
  mono?: boolean;
  /** Kept by the API for backward compatibility only. */
  legacy?: boolean;
};

export type CustomFilterView = {
  type: string;
  title: string;
  known: boolean;
  /** Empty for unknown types: the UI shows the raw JSON instead. */
  fields: ViewField[];
};

const TITLES: Readonly<Record<KnownCustomFilter['type'], string>> = {
  website: 'Website check',
  webscraping: 'Web scraping',
  ai: 'AI filter',
  maxPeoplePerCompany: 'Max people per company',
  maxPercentFromCRM: 'Max percent from CRM',
  minDaysUntilReuse: 'Min days until reuse',
  matchFieldWithRegex: 'Match field with regex',
};

const DOCUMENTED_KEYS: Readonly<Record<KnownCustomFilter['type'], readonly string[]>> = {
  website: ['provider', 'prompt'],
  webscraping: ['provider', 'pageFindingPrompt', 'extractionPrompt', 'includeSearchStrings', 'excludeSearchStrings'],
  ai: ['entityType', 'prompt'],
  maxPeoplePerCompany: ['value'],
  maxPercentFromCRM: ['value'],
  minDaysUntilReuse: ['value'],
  matchFieldWithRegex: ['field', 'regex'],
};

export function customFilterTitle(type: string): string {
  return isKnownCustomFilterType(type) ? TITLES[type] : `Unknown filter type \u201c${type}\u201d`;
}

export function describeCustomFilter(filter: CustomFilter): CustomFilterView {
  if (!isKnownCustomFilter(filter)) {
    return { type: filter.type, title: customFilterTitle(filter.type), known: false, fields: [] };
  }
  const fields = [...knownFields(filter), ...extraFields(filter, ['type', ...DOCUMENTED_KEYS[filter.type]])];
  return { type: filter.type, title: TITLES[filter.type], known: true, fields };
}

function knownFields(filter: KnownCustomFilter): ViewField[] {
  switch (filter.type) {
    case 'website':
      return [
        { label: 'Provider', value: filter.provider },
        { label: 'Prompt', value: filter.prompt },
      ];
    case 'webscraping':
      return [
        { label: 'Provider', value: filter.provider },
        { label: 'Page-finding prompt', value: filter.pageFindingPrompt },
        { label: 'Extraction prompt', value: filter.extractionPrompt },
        { label: 'Include search strings', value: filter.includeSearchStrings, mono: true },
        { label: 'Exclude search strings', value: filter.excludeSearchStrings, mono: true },
      ];
    case 'ai':
      return [
        { label: 'Evaluates', value: filter.entityType === 'company' ? 'Company' : 'Person' },
        { label: 'Prompt', value: filter.prompt },
      ];
    case 'maxPeoplePerCompany':
      return [numericField('Maximum', filter.value, CUSTOM_FILTER_DEFAULTS.maxPeoplePerCompany, formatNumber)];
    case 'maxPercentFromCRM':
      return [numericField('Maximum', filter.value, CUSTOM_FILTER_DEFAULTS.maxPercentFromCRM, formatPercent)];
    case 'minDaysUntilReuse':
      return [numericField('Minimum', filter.value, CUSTOM_FILTER_DEFAULTS.minDaysUntilReuse, formatDays)];
    case 'matchFieldWithRegex':
      return [
        { label: 'Field', value: filter.field, mono: true },
        { label: 'Regex', value: filter.regex, mono: true },
      ];
  }
}

function numericField(label: string, value: number | null | undefined, fallback: number, format: (n: number) => string): ViewField {
  if (value === null || value === undefined) return { label, value: format(fallback) + DEFAULT_SUFFIX, isDefault: true };
  return { label, value: format(value) };
}

function formatDays(days: number): string {
  return `${formatNumber(days)} ${days === 1 ? 'day' : 'days'}`;
}

// ---- CRM filters -----------------------------------------------------------------------------

export type CrmConditionView = {
  path: string;
  mode: string;
  /** The mode in words: "greaterThan" -> "greater than". */
  modeLabel: string;
  value: string | string[];
  /** The value had no simpler form and is shown as JSON (objects, null, mixed arrays). */
  valueIsJson: boolean;
  exclude: boolean;
  /** "NOT status equals Archived": one line for compact places and screen readers. */
  summary: string;
  /** Keys besides path, mode, value and exclude. */
  extra: ViewField[];
};

export type CrmFiltersView = {
  provider: string;
  /** Provider, text search, legacy query (marked legacy) and any keys the schema does not name. */
  fields: ViewField[];
  conditions: CrmConditionView[];
};

const CRM_KEYS = ['provider', 'textSearch', 'filters', 'query'];
const CONDITION_KEYS = ['path', 'mode', 'value', 'exclude'];

/** null when the ICP has no CRM filters (the field is optional and nullable). */
export function describeCrmFilters(crm: CrmFilters | null | undefined): CrmFiltersView | null {
  if (crm === null || crm === undefined) return null;
  const fields: ViewField[] = [{ label: 'Provider', value: crm.provider }];
  if (typeof crm.textSearch === 'string') fields.push({ label: 'Text search', value: crm.textSearch, mono: true });
  if (typeof crm.query === 'string') {
    fields.push({ label: 'Legacy query', value: crm.query, mono: true, legacy: true });
  }
  fields.push(...extraFields(crm, CRM_KEYS));
  return { provider: crm.provider, fields, conditions: (crm.filters ?? []).map(describeCondition) };
}

function describeCondition(condition: CrmFilterCondition): CrmConditionView {
  const exclude = condition.exclude === true;
  const shown = displayValue(condition.value);
  const valueText = Array.isArray(shown.value) ? shown.value.join(', ') : shown.value;
  const summary = [exclude ? 'NOT' : '', condition.path, condition.mode, valueText].filter((part) => part !== '').join(' ');
  return {
    path: condition.path,
    mode: condition.mode,
    modeLabel: humanizeKey(condition.mode).toLowerCase(),
    value: shown.value,
    valueIsJson: shown.json,
    exclude,
    summary,
    extra: extraFields(condition, CONDITION_KEYS),
  };
}

// ---- shared ----------------------------------------------------------------------------------

function extraFields(object: object, documented: readonly string[]): ViewField[] {
  const fields: ViewField[] = [];
  for (const key of Object.keys(object)) {
    if (documented.includes(key)) continue;
    const shown = displayValue((object as Record<string, unknown>)[key]);
    const field: ViewField = { label: humanizeKey(key), value: shown.value };
    if (shown.json) field.mono = true;
    fields.push(field);
  }
  return fields;
}

function displayValue(value: unknown): { value: string | string[]; json: boolean } {
  if (typeof value === 'string') return { value, json: false };
  if (typeof value === 'number') return { value: String(value), json: false };
  if (typeof value === 'boolean') return { value: value ? 'Yes' : 'No', json: false };
  const isList = Array.isArray(value) && value.length > 0;
  if (isList && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return { value: value.map(String), json: false };
  }
  return { value: toDisplayJson(value), json: true };
}
