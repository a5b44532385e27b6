import type { CustomFilter, KnownCustomFilter } from './icp-schema';

/*
 * Facts about ICPs from the reference pages that the renderer needs as values. Kept free of zod
 * (icp-schema.ts builds its schemas from these) so the renderer does not load and construct
 * every schema at start just to know the custom filter types.
 */

const KNOWN_SEARCH_TYPES = ['person', 'company'] as const;

/** The documented default of each numeric custom filter, applied when displaying. */
export const CUSTOM_FILTER_DEFAULTS = {
  maxPeoplePerCompany: 1,
  maxPercentFromCRM: 100,
  minDaysUntilReuse: 365,
} as const;

export const KNOWN_CUSTOM_FILTER_TYPES = [
  'website',
  'webscraping',
  'ai',
  'maxPeoplePerCompany',
  'maxPercentFromCRM',
  'minDaysUntilReuse',
  'matchFieldWithRegex',
] as const;
export type KnownCustomFilterType = (typeof KNOWN_CUSTOM_FILTER_TYPES)[number];

const knownTypes: ReadonlySet<string> = new Set(KNOWN_CUSTOM_FILTER_TYPES);
export const isKnownCustomFilterType = (type: string): type is KnownCustomFilterType => knownTypes.has(type);

export const isKnownCustomFilter = (filter: CustomFilter): filter is KnownCustomFilter => isKnownCustomFilterType(filter.type);

/** How a criterion searches; legacy criteria (no `type`) are person searches. */
export function searchTypeOf(criterion: { readonly type?: string | undefined }): {
  type: string;
  legacy: boolean;
  known: boolean;
} {
  if (criterion.type === undefined) return { type: 'person', legacy: true, known: true };
  const known = (KNOWN_SEARCH_TYPES as readonly string[]).includes(criterion.type);
  return { type: criterion.type, legacy: false, known };
}
