import * as z from 'zod';
import { isKnownCustomFilterType, type KnownCustomFilterType } from './icp-facts';

/*
 * The ICP object as the platform's reference pages (List ICPs, Get ICP) describe it.
 *
 * Two rules shape every schema here:
 * - Objects are loose: fields the pages do not name are kept, so an export writes what the API
 *   sent and a newer API never breaks the app.
 * - Nothing is transformed or defaulted. A valid reply parses to a value equal to its input, so
 *   callers may keep the raw JSON object (key order included) once it has been validated.
 *   Documented defaults live in CUSTOM_FILTER_DEFAULTS and are applied when displaying.
 */

const isoTimestamp = z.iso.datetime({ offset: true });

/** Any 8-4-4-4-12 hex id. The pages say "UUID" but show ids that are not RFC 9562 v4. */
export const IcpId = z.guid();

// ---- Lead provider criteria -------------------------------------------------------------------

/** Provider-specific and open-ended: the two reference pages already disagree on its keys. */
const ProviderFilters = z.record(z.string(), z.unknown());

export const LeadProviderCriterion = z.looseObject({
  /** Currently "baseProvider"; any other provider is kept and shown as is. */
  provider: z.string(),
  /** Absent in legacy criteria, which mean a person search. Unknown values are kept. */
  type: z.string().optional(),
  filters: ProviderFilters,
});

// ---- Custom filter criteria -------------------------------------------------------------------

const WebsiteFilter = z.looseObject({
  type: z.literal('website'),
  provider: z.string(),
  prompt: z.string(),
});

const WebScrapingFilter = z.looseObject({
  type: z.literal('webscraping'),
  provider: z.string(),
  extractionPrompt: z.string(),
  pageFindingPrompt: z.string(),
  includeSearchStrings: z.array(z.string()),
  excludeSearchStrings: z.array(z.string()),
});

const AiFilter = z.looseObject({
  type: z.literal('ai'),
  entityType: z.enum(['company', 'person']),
  prompt: z.string(),
});

// The numeric filters document a default, so their value may be absent (or null).
const MaxPeoplePerCompanyFilter = z.looseObject({
  type: z.literal('maxPeoplePerCompany'),
  value: z.number().nullish(),
});

const MaxPercentFromCrmFilter = z.looseObject({
  type: z.literal('maxPercentFromCRM'),
  value: z.number().nullish(),
});

const MinDaysUntilReuseFilter = z.looseObject({
  type: z.literal('minDaysUntilReuse'),
  value: z.number().nullish(),
});

const MatchFieldWithRegexFilter = z.looseObject({
  type: z.literal('matchFieldWithRegex'),
  field: z.string(),
  regex: z.string(),
});

export const KnownCustomFilter = z.discriminatedUnion('type', [
  WebsiteFilter,
  WebScrapingFilter,
  AiFilter,
  MaxPeoplePerCompanyFilter,
  MaxPercentFromCrmFilter,
  MinDaysUntilReuseFilter,
  MatchFieldWithRegexFilter,
]);

// The zod-free list of known types (icp-facts.ts) and the union above must name the same types.
type SchemaTypes = z.infer<typeof KnownCustomFilter>['type'];
const sameTypes: [SchemaTypes] extends [KnownCustomFilterType] ? ([KnownCustomFilterType] extends [SchemaTypes] ? true : false) : false = true;
void sameTypes;

/**
 * Marks the issue raised when a known type fails its own schema and so also fails the
 * "unknown type" branch; validation-message.ts drops it to report the real cause.
 */
export const UNKNOWN_BRANCH_MARKER = 'icp-desk:known-custom-filter-type';

/** A type this app does not know yet (a newer API): kept whole and shown raw. */
const UnknownCustomFilter = z.looseObject({
  type: z.string().refine((type) => !isKnownCustomFilterType(type), {
    message: UNKNOWN_BRANCH_MARKER,
    abort: true,
  }),
});

export const CustomFilter = z.union([KnownCustomFilter, UnknownCustomFilter]);

// ---- CRM filters ------------------------------------------------------------------------------

export const CrmFilterCondition = z.looseObject({
  path: z.string(),
  mode: z.string(),
  value: z.unknown(),
  exclude: z.boolean().optional(),
});

export const CrmFilters = z.looseObject({
  /** Currently "bullhorn". */
  provider: z.string(),
  textSearch: z.string().nullish(),
  filters: z.array(CrmFilterCondition).optional(),
  /** Legacy free-form query, kept for backward compatibility. */
  query: z.string().nullish(),
});

// ---- The ICP ----------------------------------------------------------------------------------

export const Icp = z.looseObject({
  id: IcpId,
  name: z.string(),
  description: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  leadProviderCriteria: z.array(LeadProviderCriterion),
  customFilterCriteria: z.array(CustomFilter),
  /** Both optional and nullable per the reference pages. */
  crmFilters: CrmFilters.nullish(),
  userIds: z.array(z.string()),
  leadsPerList: z.number(),
  /** null means the ICP never expires. */
  activeUntil: isoTimestamp.nullable(),
});

export type Icp = z.infer<typeof Icp>;
export type LeadProviderCriterion = z.infer<typeof LeadProviderCriterion>;
export type CustomFilter = z.infer<typeof CustomFilter>;
export type KnownCustomFilter = z.infer<typeof KnownCustomFilter>;
type UnknownCustomFilter = z.infer<typeof UnknownCustomFilter>;
export type CrmFilters = z.infer<typeof CrmFilters>;
export type CrmFilterCondition = z.infer<typeof CrmFilterCondition>;
