import { humanizeKey } from '../format/humanize-key';
import { normalizeForSearch } from '../search/normalize-text';

/*
 * Which filter dimension a provider key names. Providers spell one idea many ways: the two
 * reference pages alone use "job_title" and "job_titles", "company_size" buckets and
 * "company.employee_size" ranges. Keys are compared by their words, lower-cased, accents
 * stripped and each word made singular, so "job_titles", "JobTitle" and "job-title" are one
 * dimension; a few known synonyms (employee count, headcount, company size) join a canonical
 * one so ranges and size buckets can be compared.
 */

export interface Dimension {
  /** Stable id: the canonical name, or the key's singular words joined by "_". */
  id: string;
  /** How the detail would label it. */
  label: string;
}

/** The dimensions the coverage map offers first. */
export const CANONICAL_DIMENSIONS = {
  job_title: 'Job title',
  country: 'Country',
  industry: 'Industry',
  employee_size: 'Employee size',
  seniority: 'Seniority',
} as const;

export type CanonicalDimension = keyof typeof CANONICAL_DIMENSIONS;

export const SIZE_DIMENSION: CanonicalDimension = 'employee_size';

const SYNONYMS: ReadonlyMap<string, CanonicalDimension> = new Map([
  ['job_title', 'job_title'],
  ['title', 'job_title'],
  ['person_title', 'job_title'],
  ['current_title', 'job_title'],
  ['current_job_title', 'job_title'],
  ['job_position', 'job_title'],
  ['position', 'job_title'],
  ['country', 'country'],
  ['location_country', 'country'],
  ['person_country', 'country'],
  ['company_country', 'country'],
  ['hq_country', 'country'],
  ['industry', 'industry'],
  ['company_industry', 'industry'],
  ['organization_industry', 'industry'],
  ['sector', 'industry'],
  ['employee_size', 'employee_size'],
  ['company_size', 'employee_size'],
  ['employee_count', 'employee_size'],
  ['employee_range', 'employee_size'],
  ['employee', 'employee_size'],
  ['number_of_employee', 'employee_size'],
  ['num_employee', 'employee_size'],
  ['organization_num_employee_range', 'employee_size'],
  ['company_employee_size', 'employee_size'],
  ['company_employee_count', 'employee_size'],
  ['headcount', 'employee_size'],
  ['company_headcount', 'employee_size'],
  ['staff_count', 'employee_size'],
  ['seniority', 'seniority'],
  ['person_seniority', 'seniority'],
  ['seniority_level', 'seniority'],
]);

/** A last key this vague ("size", "name") only means something with its parent ("company size"). */
const VAGUE_KEYS = new Set(['size', 'name', 'code', 'type', 'range', 'count', 'level', 'id']);

const WORD_BREAKS = /([\p{Ll}\p{N}])(\p{Lu})|(\p{Lu})(\p{Lu}\p{Ll})/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

// Providers use a handful of keys over and over: each is split once.
const wordsCache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 10_000;

/** "jobTitles" -> ["job", "title"]; "Länder" -> ["lander"]. */
export function keyWords(key: string): readonly string[] {
  let words = wordsCache.get(key);
  if (words === undefined) {
    words = splitKey(key);
    if (wordsCache.size < CACHE_LIMIT) wordsCache.set(key, words);
  }
  return words;
}

function splitKey(key: string): string[] {
  const split = key.replace(WORD_BREAKS, (_, a?: string, b?: string, c?: string, d?: string) => (a !== undefined ? `${a} ${b}` : `${c} ${d}`));
  return normalizeForSearch(split)
    .split(SEPARATORS)
    .filter((word) => word.length > 0)
    .map(singular);
}

/** English plurals as filter keys use them; words that only look plural ("status") are kept. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(sses|shes|ches|xes|uses)$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * The dimension a path of keys names (the keys from the filters object down to the value,
 * without include/exclude or grouping words). null when the path names nothing.
 */
export function dimensionOf(keys: readonly string[]): Dimension | null {
  const last = keys[keys.length - 1];
  if (last === undefined) return null;
  let words: readonly string[] = keyWords(last);
  if (words.length === 0) return null;
  const parent = keys[keys.length - 2];
  if (words.length === 1 && VAGUE_KEYS.has(words[0]!) && parent !== undefined) words = [...keyWords(parent), ...words];
  const id = words.join('_');
  const canonical = SYNONYMS.get(id);
  if (canonical !== undefined) return { id: canonical, label: CANONICAL_DIMENSIONS[canonical] };
  return { id, label: humanizeKey(id) };
}
