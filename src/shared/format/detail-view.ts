import { searchTypeOf } from '../icp-facts';
import type { CrmFilters, CustomFilter, Icp, LeadProviderCriterion } from '../icp-schema';
import { describeCrmFilters, describeCustomFilter, type CrmConditionView, type CustomFilterView, type ViewField } from './custom-filter-view';
import { toDisplayJson } from './display-json';
import { humanizeFilters, type FilterNode } from './humanize-filters';

/*
 * The readable view of one ICP as a tree of plain values: sections -> cards -> rows and chips.
 * The detail pane renders it with React, the review report as HTML and the Markdown export as
 * text, so the three cannot drift apart: wording, order, defaults and what counts as "unknown"
 * are decided here once.
 */

type BadgeTone = 'green' | 'amber' | 'red' | 'gray';

export interface BadgeView {
  text: string;
  tone: BadgeTone;
  title?: string;
}

/** One lead provider search. */
export interface CriterionCardView {
  /** "leadProviderCriteria/0": the ICP field it shows, where the Checks section points to it. */
  field: string;
  /** "Search 1: Person search": the card's accessible name. */
  name: string;
  /** "Person search", "Legacy · person search", "“org” search". */
  title: string;
  /** person, company or what the API sent: picks the icon. */
  searchType: string;
  provider: string;
  badges: BadgeView[];
  filters: FilterNode[];
  /** Said instead of the filters when there are none. */
  empty: string | null;
  /** Keys of the criterion besides provider, type and filters. */
  otherSettings: FilterNode[];
}

/** One custom filter; unknown types carry the object as the API sent it. */
export interface CustomFilterCardView extends CustomFilterView {
  /** "customFilterCriteria/<type>/<occurrence>": how findings and Compare address a custom filter. */
  field: string;
  raw: { note: string; json: string } | null;
}

/** The CRM card: the provider's name as the title, its other fields, then the conditions. */
export interface CrmCardView {
  title: string;
  provider: string;
  fields: ViewField[];
  conditions: CrmConditionView[];
  /** Said instead of the conditions when there are none. */
  conditionsEmpty: string | null;
}

export type DetailSectionView =
  | { kind: 'searches'; field: 'leadProviderCriteria'; title: string; count: number; empty: string | null; cards: CriterionCardView[] }
  | { kind: 'customFilters'; field: 'customFilterCriteria'; title: string; count: number; empty: string | null; cards: CustomFilterCardView[] }
  | { kind: 'crm'; field: 'crmFilters'; title: string; empty: string | null; card: CrmCardView | null }
  | { kind: 'otherFields'; title: string; count: number; note: string; nodes: FilterNode[] };

export const OTHER_SETTINGS_TITLE = 'Other settings';
export const CONDITIONS_TITLE = 'Conditions';
const UNKNOWN_FILTER_NOTE = "ICP Desk doesn't know this filter type yet, so it is shown exactly as the API sent it. Exports keep it.";
const LEGACY_SEARCH_TITLE = 'Saved before search types existed; the API treats it as a person search';

const DOCUMENTED_ICP_KEYS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'description',
  'createdAt',
  'updatedAt',
  'leadProviderCriteria',
  'customFilterCriteria',
  'crmFilters',
  'userIds',
  'leadsPerList',
  'activeUntil',
]);
const CRITERION_KEYS: ReadonlySet<string> = new Set(['provider', 'type', 'filters']);

/** Searches, custom filters, CRM filters, and (only when the API sent any) fields it does not document. */
export function detailSections(icp: Icp): DetailSectionView[] {
  const searches = icp.leadProviderCriteria;
  const customFilters = icp.customFilterCriteria;
  const sections: DetailSectionView[] = [
    {
      kind: 'searches',
      field: 'leadProviderCriteria',
      title: 'Lead provider criteria',
      count: searches.length,
      empty: searches.length === 0 ? 'No lead provider searches yet.' : null,
      cards: searches.map(criterionCard),
    },
    {
      kind: 'customFilters',
      field: 'customFilterCriteria',
      title: 'Custom filters',
      count: customFilters.length,
      empty: customFilters.length === 0 ? 'No custom filters: every lead the search finds is kept.' : null,
      cards: customFilters.map((filter, index) => customFilterCard(filter, customFilterField(customFilters, index))),
    },
    crmSection(icp.crmFilters),
  ];
  const otherFields = humanizeFilters(pick(icp, (key) => !DOCUMENTED_ICP_KEYS.has(key)));
  if (otherFields.length > 0) {
    sections.push({
      kind: 'otherFields',
      title: 'Other fields',
      count: otherFields.length,
      note: 'Sent by the API but not described in its reference. Kept in exports.',
      nodes: otherFields,
    });
  }
  return sections;
}

export function searchLabel(criterion: LeadProviderCriterion): string {
  const { type, legacy, known } = searchTypeOf(criterion);
  if (legacy) return 'Legacy · person search';
  if (!known) return `\u201c${type}\u201d search`;
  return type === 'company' ? 'Company search' : 'Person search';
}

export function criterionCard(criterion: LeadProviderCriterion, index: number): CriterionCardView {
  const { type, legacy, known } = searchTypeOf(criterion);
  const title = searchLabel(criterion);
  const badges: BadgeView[] = [];
  if (legacy) badges.push({ text: 'Legacy', tone: 'amber', title: LEGACY_SEARCH_TITLE });
  if (!known) badges.push({ text: 'Unknown search type', tone: 'gray' });
  const filters = humanizeFilters(criterion.filters);
  return {
    field: `leadProviderCriteria/${index}`,
    name: `Search ${index + 1}: ${title}`,
    title,
    searchType: type,
    provider: criterion.provider,
    badges,
    filters,
    empty: filters.length === 0 ? `No filters: every ${type} the provider has matches.` : null,
    otherSettings: humanizeFilters(pick(criterion, (key) => !CRITERION_KEYS.has(key))),
  };
}

/** Custom filters are addressed by type and occurrence (as Compare pairs them), not by position. */
function customFilterField(filters: readonly CustomFilter[], index: number): string {
  const type = filters[index]!.type;
  const occurrence = filters.slice(0, index).filter((filter) => filter.type === type).length;
  return `customFilterCriteria/${type}/${occurrence}`;
}

export function customFilterCard(filter: CustomFilter, field: string): CustomFilterCardView {
  const view = describeCustomFilter(filter);
  return { ...view, field, raw: view.known ? null : { note: UNKNOWN_FILTER_NOTE, json: toDisplayJson(filter) } };
}

export const crmProviderName = (provider: string): string => (provider === 'bullhorn' ? 'Bullhorn' : provider);

function crmSection(crm: CrmFilters | null | undefined): DetailSectionView {
  const view = describeCrmFilters(crm);
  const title = 'CRM filters';
  if (view === null) return { kind: 'crm', field: 'crmFilters', title, empty: 'No CRM filters: leads come from the lead provider only.', card: null };
  return {
    kind: 'crm',
    field: 'crmFilters',
    title,
    empty: null,
    card: {
      title: crmProviderName(view.provider),
      provider: view.provider,
      // The title names the provider already.
      fields: view.fields.filter((field) => field.label !== 'Provider'),
      conditions: view.conditions,
      conditionsEmpty: view.conditions.length === 0 ? 'No structured conditions.' : null,
    },
  };
}

function pick(object: object, keep: (key: string) => boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([key]) => keep(key)));
}
