import { CUSTOM_FILTER_DEFAULTS, isKnownCustomFilter } from '../icp-facts';
import type { CrmFilters, CustomFilter } from '../icp-schema';
import { describeCrmFilters, describeCustomFilter, type ViewField } from './custom-filter-view';
import { crmProviderName } from './detail-view';
import { displayText, fieldDisplay, filterValueDisplay, oneLine, DEFAULT_SUFFIX } from './field-display';
import type { FilterNode } from './humanize-filters';
import { formatNumber, formatPercent } from './numbers';

/*
 * The detail view's filters as sentences, for places with one line per thing: a spreadsheet
 * cell, a chat message. Built from the same view functions as the cards, so a value reads the
 * same here as on screen ("10 %" here is "10%" there too, a default is marked in both).
 */

/** Provider filters as "Label: value" lines; nested groups as "Location › City: Berlin". */
export function filterLines(nodes: readonly FilterNode[], path: readonly string[] = []): string[] {
  const lines: string[] = [];
  for (const node of nodes) {
    const labels = [...path, node.label];
    if (node.kind === 'group') lines.push(...filterLines(node.children, labels));
    else lines.push(`${labels.join(PATH_SEPARATOR)}: ${displayText(filterValueDisplay(node))}`);
  }
  return lines;
}

const PATH_SEPARATOR = ' \u203a ';

/** "Max 2 people per company", "Min 180 days until reuse (default)", "AI filter (Evaluates: Company, Prompt: …)". */
export function customFilterSentence(filter: CustomFilter): string {
  const view = describeCustomFilter(filter);
  if (!isKnownCustomFilter(filter)) {
    const { type: _type, ...rest } = filter;
    return `${view.title} ${oneLine(JSON.stringify(rest))}`;
  }
  const extra = view.fields.slice(1);
  const tail = extra.length > 0 ? ` (${fieldPhrases(extra)})` : '';
  switch (filter.type) {
    case 'maxPeoplePerCompany': {
      const n = filter.value ?? CUSTOM_FILTER_DEFAULTS.maxPeoplePerCompany;
      return `Max ${formatNumber(n)} ${n === 1 ? 'person' : 'people'} per company${defaultMark(filter.value)}${tail}`;
    }
    case 'maxPercentFromCRM': {
      const n = filter.value ?? CUSTOM_FILTER_DEFAULTS.maxPercentFromCRM;
      return `Max ${formatPercent(n)} from CRM${defaultMark(filter.value)}${tail}`;
    }
    case 'minDaysUntilReuse': {
      const n = filter.value ?? CUSTOM_FILTER_DEFAULTS.minDaysUntilReuse;
      return `Min ${formatNumber(n)} ${n === 1 ? 'day' : 'days'} until reuse${defaultMark(filter.value)}${tail}`;
    }
    default:
      return `${view.title} (${fieldPhrases(view.fields)})`;
  }
}

/** "Bullhorn (Text search: Head OR Leit*; NOT status equals Archived)". null without CRM filters. */
export function crmSentence(crm: CrmFilters | null | undefined): string | null {
  const view = describeCrmFilters(crm);
  if (view === null) return null;
  const parts = view.fields.filter((field) => field.label !== 'Provider').map((field) => fieldPhrase(field));
  for (const condition of view.conditions) {
    const value = Array.isArray(condition.value) ? condition.value.join(', ') : oneLine(condition.value);
    const words = [condition.exclude ? 'NOT' : '', condition.path, condition.modeLabel, value].filter((word) => word !== '');
    const extra = condition.extra.length > 0 ? ` (${fieldPhrases(condition.extra)})` : '';
    parts.push(words.join(' ') + extra);
  }
  const provider = crmProviderName(view.provider);
  return parts.length === 0 ? provider : `${provider} (${parts.join('; ')})`;
}

function defaultMark(value: number | null | undefined): string {
  return value === null || value === undefined ? DEFAULT_SUFFIX : '';
}

function fieldPhrase(field: ViewField): string {
  return `${field.label}: ${displayText(fieldDisplay(field))}`;
}

function fieldPhrases(fields: readonly ViewField[]): string {
  return fields.map(fieldPhrase).join(', ');
}
