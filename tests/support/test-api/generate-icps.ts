import { KNOWN_CUSTOM_FILTER_TYPES } from '../../../src/shared/icp-facts';
import {
  AI_PROMPTS,
  COLLEAGUE_IDS,
  CRM_CONDITIONS,
  INDUSTRIES,
  LEADS_PER_LIST,
  MARKETS,
  NAME_SUFFIXES,
  REGEX_RULES,
  ROLE_FAMILIES,
  SIZE_BUCKETS,
  SIZE_RANGES,
  TECHNOLOGIES,
  UNKNOWN_PROVIDERS,
  WEBSITE_PROMPTS,
  type Industry,
  type Market,
  type RoleFamily,
} from './generator-vocabulary';
import { GeneratorVariety } from './generator-variety';
import { SeededRandom } from './seeded-random';

export interface GenerateIcpsOptions {
  /** Same count, seed and now give deep-equal output. Default 1. */
  seed?: number;
  /** The clock expiry and creation dates are spread around. Default: the current time. */
  now?: Date;
  /** Users listed on every generated ICP (some also get a colleague). Default ['user_abc123']. */
  userIds?: string[];
}

type Json = Record<string, unknown>;

interface Theme {
  market: Market;
  industry: Industry;
  role: RoleFamily;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Many realistic ICPs for volume tests and demos: every custom filter type, person, company and
 * legacy criteria, CRM filters in each shape, expiry spread over expired, expiring within 30
 * days, active and never; ICPs of one market and role overlap, and a few are copies
 * (generator-variety.ts). Deterministic for a given count, seed and now.
 *
 * Speed matters (100,000 ICPs for list tests), and at that size the cost is allocation, so word
 * lists and their subsets are shared, frozen, between ICPs. Treat the result as read-only; for
 * a mutable copy, JSON.parse(generateIcpsJson(...)).
 */
export function generateIcps(count: number, options: GenerateIcpsOptions = {}): unknown[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number >= 0, got ${count}`);
  const random = new SeededRandom(options.seed ?? 1);
  const variety = new GeneratorVariety(options.seed ?? 1);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000;
  const userIds = options.userIds ?? ['user_abc123'];
  const icps: unknown[] = [];
  for (let index = 0; index < count; index++) icps.push(generateIcp(random, variety, index, now, userIds));
  return icps;
}

/** The list endpoint's body for `generateIcps(count, options)`, e.g. to write a fixture file. */
export function generateIcpsJson(count: number, options: GenerateIcpsOptions = {}): string {
  return JSON.stringify(generateIcps(count, options));
}

function generateIcp(random: SeededRandom, variety: GeneratorVariety, index: number, now: number, baseUserIds: readonly string[]): Json {
  const theme: Theme = { market: random.pick(MARKETS), industry: random.pick(INDUSTRIES), role: random.pick(ROLE_FAMILIES) };
  const createdAt = now - random.int(1, 1000) * DAY_MS - random.int(0, 86_399) * 1000;
  const updatedAt = createdAt + Math.floor((random.next() * (now - createdAt)) / 1000) * 1000;
  const criteriaCount = random.chance(0.75) ? 1 : random.chance(0.8) ? 2 : 3;
  const leadProviderCriteria: Json[] = [];
  for (let i = 0; i < criteriaCount; i++) leadProviderCriteria.push(criterion(random, theme));
  const varied = variety.criteria(leadProviderCriteria, theme.role, theme.industry);
  const id = uuid(random, index);
  const name = nameFor(random, theme);
  const description = random.chance(0.15) ? null : descriptionFor(random, theme);
  const customFilterCriteria = customFilters(random, theme);
  const crm = random.next();
  const userIds = userIdsFor(random, baseUserIds);
  const leadsPerList = random.pick(LEADS_PER_LIST);
  const activeUntil = activeUntilFor(random, now);
  const created = new Date(createdAt).toISOString();
  const updated = new Date(updatedAt).toISOString();
  // crmFilters is absent (not null) in some ICPs: the field is optional as well as nullable.
  // Whole literals rather than added keys keep V8's objects compact.
  if (crm < 0.15) {
    return {
      id,
      name,
      description,
      createdAt: created,
      updatedAt: updated,
      leadProviderCriteria: varied,
      customFilterCriteria,
      userIds,
      leadsPerList,
      activeUntil,
    };
  }
  const crmFilters = crm < 0.75 ? null : crmFiltersFor(random, theme);
  return {
    id,
    name,
    description,
    createdAt: created,
    updatedAt: updated,
    leadProviderCriteria: varied,
    customFilterCriteria,
    crmFilters,
    userIds,
    leadsPerList,
    activeUntil,
  };
}

// Strings are built with join() because it yields one flat string, where `+` and templates
// leave a chain of cons-string nodes behind in every retained ICP (a third of the heap).

/** UUID-shaped (version 4 and variant bits set); the index in the last group keeps ids unique. */
function uuid(random: SeededRandom, index: number): string {
  const a = random.uint32();
  const b = random.uint32();
  const c = random.uint32();
  return [hex(a, 8), hex(b >>> 16, 4), hex(0x4000 | (b & 0x0fff), 4), hex(0x8000 | (c >>> 18), 4), hex(c & 0xffff, 4) + hex(index >>> 0, 8)].join('-');
}

const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');

function nameFor(random: SeededRandom, { market, industry, role }: Theme): string {
  const words = [market.label, industry.label, '–', role.label];
  if (random.chance(0.35)) words.push(`(${random.pick(NAME_SUFFIXES)})`);
  return words.join(' ');
}

function descriptionFor(random: SeededRandom, { market, industry, role }: Theme): string {
  const size = random.pick(['small', 'mid-sized', 'large', 'fast-growing']);
  return [role.label, 'at', size, industry.label, 'companies in', `${market.countries.join(', ')}.`].join(' ');
}

function criterion(random: SeededRandom, theme: Theme): Json {
  const provider = random.chance(0.03) ? random.pick(UNKNOWN_PROVIDERS) : 'baseProvider';
  const kind = random.next();
  // Legacy criteria carry no `type` and mean a person search.
  if (kind < 0.1) return { provider, filters: personFilters(random, theme) };
  if (kind < 0.3) return { provider, type: 'company', filters: companyFilters(random, theme) };
  return { provider, type: 'person', filters: personFilters(random, theme) };
}

// The two reference pages disagree on filter keys (job_title vs job_titles, size ranges vs
// buckets), so both spellings appear.
function personFilters(random: SeededRandom, { market, industry, role }: Theme): Json {
  const titles = random.subset(role.titles, 1, 4);
  const location = { country: random.subset(market.countries, 1, market.countries.length) };
  const company = random.chance(0.5)
    ? random.chance(0.5)
      ? { employee_size: random.pick(SIZE_RANGES), industry: industry.names }
      : { employee_size: random.pick(SIZE_RANGES) }
    : undefined;
  const filters: Json = random.chance(0.5) ? { job_title: titles, location } : { job_titles: titles, location };
  if (company) filters.company = company;
  else filters.company_size = random.subset(SIZE_BUCKETS, 1, 3);
  if (random.chance(0.3)) filters.seniority = random.subset(role.seniority, 1, role.seniority.length);
  if (random.chance(0.2)) filters.keywords = random.subset(industry.keywords, 1, 2);
  return filters;
}

function companyFilters(random: SeededRandom, { market, industry }: Theme): Json {
  const location = { country: random.subset(market.countries, 1, market.countries.length) };
  const filters: Json = random.chance(0.5)
    ? { industry: industry.names, location, employee_count: random.pick(SIZE_RANGES) }
    : { industry: industry.names, location, company_size: random.subset(SIZE_BUCKETS, 1, 3) };
  if (random.chance(0.3)) filters.technologies = random.subset(TECHNOLOGIES, 1, 3);
  if (random.chance(0.1)) filters.is_public = random.chance(0.5);
  return filters;
}

function customFilters(random: SeededRandom, { industry }: Theme): Json[] {
  const filters: Json[] = [];
  for (const type of random.subset(KNOWN_CUSTOM_FILTER_TYPES, 0, 4)) {
    switch (type) {
      case 'website':
        filters.push({ type, provider: 'browserUse', prompt: random.pick(WEBSITE_PROMPTS) });
        break;
      case 'webscraping':
        filters.push({
          type,
          provider: 'firecrawl',
          extractionPrompt: `Extract what the company says about ${random.pick(industry.keywords)}.`,
          pageFindingPrompt: 'Find the product, services or about page.',
          includeSearchStrings: random.subset(industry.keywords, 1, 2),
          excludeSearchStrings: random.chance(0.5) ? NO_CAREER_PAGES : NONE,
        });
        break;
      case 'ai': {
        const { entityType, prompt } = random.pick(AI_PROMPTS);
        filters.push({ type, entityType, prompt });
        break;
      }
      case 'maxPeoplePerCompany':
        filters.push(numericFilter(random, type, 1, 5));
        break;
      case 'maxPercentFromCRM':
        filters.push(numericFilter(random, type, 0, 100));
        break;
      case 'minDaysUntilReuse':
        filters.push(numericFilter(random, type, 30, 730));
        break;
      case 'matchFieldWithRegex': {
        const { field, regex } = random.pick(REGEX_RULES);
        filters.push({ type, field, regex });
        break;
      }
    }
  }
  // A type newer than the reference pages, which the app must show raw.
  if (random.chance(0.03)) filters.push({ type: 'intentSignal', provider: 'bombora', topics: [industry.label], minScore: random.int(50, 90) });
  return filters;
}

const NONE: readonly string[] = Object.freeze([]);
const NO_CAREER_PAGES: readonly string[] = Object.freeze(['careers', 'jobs']);

/** Sometimes without a value, which means the documented default. */
function numericFilter(random: SeededRandom, type: string, min: number, max: number): Json {
  return random.chance(0.2) ? { type } : { type, value: random.int(min, max) };
}

function crmFiltersFor(random: SeededRandom, { role }: Theme): Json {
  const textSearch = random.chance(0.8) ? role.crmTextSearch : null;
  const crm: Json = random.chance(0.8)
    ? {
        provider: 'bullhorn',
        textSearch,
        filters: random.subset(CRM_CONDITIONS, 0, 3).map(({ path, mode, value }) => ({ path, mode, value, exclude: random.chance(0.2) })),
      }
    : { provider: 'bullhorn', textSearch };
  if (random.chance(0.1)) crm.query = `occupation:(${role.crmTextSearch})`;
  return crm;
}

function userIdsFor(random: SeededRandom, base: readonly string[]): string[] {
  const ids = [...base];
  if (random.chance(0.3)) {
    const colleague = random.pick(COLLEAGUE_IDS);
    if (!ids.includes(colleague)) ids.push(colleague);
  }
  return ids;
}

/** About 20 % expired, 15 % expiring within 30 days, 40 % active for longer, 25 % never. */
function activeUntilFor(random: SeededRandom, now: number): string | null {
  const roll = random.next();
  if (roll < 0.2) return new Date(now - random.int(1, 700 * 24) * HOUR_MS).toISOString();
  if (roll < 0.35) return new Date(now + random.int(1, 29 * 24) * HOUR_MS).toISOString();
  if (roll < 0.75) return new Date(now + random.int(31, 730) * DAY_MS).toISOString();
  return null;
}
