import type { Icp } from '../icp-schema';

/*
 * Case- and accent-insensitive search over ICPs. Every ICP's searchable strings are normalized
 * once (buildSearchText, stored in IcpSummary.searchText); a query is normalized once per
 * keystroke; matching is then plain substring tests, which is what keeps 100k rows instant.
 */

/**
 * Joins an ICP's fields in its search text. normalizeForSearch never produces it (it is not
 * whitespace, and fields are cleaned of it) and query terms never contain it, so no term can
 * match across two fields ("Berlin" + "Sales" must not match "linsa"). Backspace rather than
 * NUL: the list travels to the renderer as JSON, where it costs 2 bytes ("\b") instead of 6.
 */
export const SEARCH_FIELD_SEPARATOR = '\b';

// Only the diacritic blocks: marks in other scripts (Devanagari vowel signs, ...) carry meaning.
// eslint-disable-next-line no-misleading-character-class -- ranges of lone combining marks, each stripped on its own
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Letters with no Unicode decomposition that users nevertheless type without the "accent". */
const FOLDS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ħ', 'h'],
  ['ŧ', 't'],
  ['ı', 'i'],
  // toLowerCase picks ς at the end of a word, σ elsewhere; a query term cannot know which.
  ['ς', 'σ'],
  // Typographic punctuation as typed on a keyboard. Also keeps search texts one byte per
  // character in memory: a single "–" would make V8 store the whole string at two.
  ['–', '-'],
  ['—', '-'],
  ['‐', '-'],
  ['‑', '-'],
  ['‘', "'"],
  ['’', "'"],
  ['“', '"'],
  ['”', '"'],
  ['…', '...'],
]);
const FOLDABLE = /[ßæœøłđðþħŧıς–—‐‑‘’“”…]/g;
// Same result as /\s+/g -> ' ', but single plain spaces (most of them) are not replaced one by
// one, which made this the slowest step of buildSearchText.
const WHITESPACE = /\s{2,}|[^\S ]/g;
const SINGLE_WHITESPACE = /\s/;
const TERM_SEPARATORS = /[\s\b]+/;

const fold = (letter: string): string => FOLDS.get(letter) ?? letter;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * "Zürich", "ZURICH" and "zurich" all become "zurich"; "Straße" -> "strasse".
 * NFKD rather than NFD so compatibility forms match too (the "ﬁ" ligature, full-width
 * letters, a no-break space). Lower-casing comes after decomposition, and marks are stripped
 * after lower-casing, because "İ" lower-cases to "i" plus a combining dot.
 */
export function normalizeForSearch(s: string): string {
  // Plain ASCII (most names, titles, countries) has nothing to decompose, strip or fold.
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(WHITESPACE, ' ').trim();
  // Nor has ASCII with typographic punctuation ("DACH – Founders") once that is folded: the
  // folds give what decomposing first would, without the cost of NFKD on every name.
  const folded = s.replace(FOLDABLE, fold);
  if (!NON_ASCII.test(folded)) return folded.toLowerCase().replace(WHITESPACE, ' ').trim();
  return s.normalize('NFKD').toLowerCase().replace(COMBINING_MARKS, '').replace(FOLDABLE, fold).replace(WHITESPACE, ' ').trim();
}

// Stops a cyclic object (never produced by JSON.parse) from looping forever.
const MAX_VALUES_PER_ICP = 1_000_000;

/**
 * Every searchable string of an ICP, normalized: name, description, lead provider names and
 * every string or number in their filters (values, not keys: a key like "job_title" is in
 * every ICP), every string or number in custom filters and CRM filters, and user ids. The id
 * and timestamps are left out: hex ids would make short queries ("cafe", "bead") match at random.
 */
export function buildSearchText(icp: Icp): string {
  const parts: string[] = [];
  pushString(parts, icp.name);
  if (icp.description !== null) pushString(parts, icp.description);
  for (const criterion of icp.leadProviderCriteria) {
    pushString(parts, criterion.provider);
    collectValues(criterion.filters, parts);
  }
  for (const filter of icp.customFilterCriteria) collectValues(filter, parts);
  if (icp.crmFilters !== null && icp.crmFilters !== undefined) collectValues(icp.crmFilters, parts);
  // One normalize call over the joined text instead of one per field: each step is a native
  // string pass, and none of them touches the separator.
  const fields = normalizeForSearch(parts.join(SEARCH_FIELD_SEPARATOR));
  if (icp.userIds.length === 0) return fields;
  const userIds = icp.userIds.map((id) => normalizeForSearch(id.replaceAll(SEARCH_FIELD_SEPARATOR, ' ')));
  return fields + USER_IDS_MARKER + userIds.join(SEARCH_FIELD_SEPARATOR);
}

/**
 * Starts the user-id part at the end of a search text. User ids ("user_abc123") are opaque and
 * alike, so they match only a term of MIN_USER_ID_TERM characters or more, anywhere in the id:
 * "abc12" finds a user, while "us" (the country) must not find every ICP through "user_".
 * Form feed: whitespace, so normalizeForSearch never leaves one in the fields before it.
 */
export const USER_IDS_MARKER = '\f';
export const MIN_USER_ID_TERM = 5;

function pushString(parts: string[], value: string): void {
  if (value.length === 0) return;
  parts.push(value.includes(SEARCH_FIELD_SEPARATOR) ? value.replaceAll(SEARCH_FIELD_SEPARATOR, ' ') : value);
}

/** Strings and numbers anywhere inside `root`, iteratively: JSON can nest deeper than the stack. */
function collectValues(root: unknown, parts: string[]): void {
  const stack: unknown[] = [root];
  let budget = MAX_VALUES_PER_ICP;
  while (stack.length > 0 && budget-- > 0) {
    const value = stack.pop();
    if (typeof value === 'string') pushString(parts, value);
    else if (typeof value === 'number') parts.push(String(value));
    else if (Array.isArray(value)) {
      for (const item of value as unknown[]) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      // for-in allocates no key array; JSON objects have no inherited enumerable keys, and a
      // "__proto__" key from JSON.parse is an own key whose value record[key] returns.
      for (const key in record) {
        if (Object.hasOwn(record, key)) stack.push(record[key]);
      }
    }
  }
}

/** The normalized, de-duplicated terms of a query; empty when it has none. */
export function searchTerms(query: string): string[] {
  const terms = normalizeForSearch(query).split(TERM_SEPARATORS);
  return [...new Set(terms.filter((term) => term.length > 0))];
}

// A list filters all rows with the same query; remembering the last one spares re-normalizing
// it per row without making callers hold compiled state.
let lastQuery: string | null = null;
let lastTerms: readonly string[] = [];

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Where `term` next starts a word of `text` (at or after `from`), or -1. Terms match word
 * starts, not any substring: "cto" finds "CTO" and "CTOs" but not "Director", "ger" finds
 * "Germany" but not "Manager", which is what a reviewer means when typing a job title or country.
 */
export function findWordStart(text: string, term: string, from = 0): number {
  for (let at = text.indexOf(term, from); at !== -1; at = text.indexOf(term, at + 1)) {
    if (at === 0 || !isWordCharacter(text.charCodeAt(at - 1))) return at;
  }
  return -1;
}

// Search texts are normalized (lower-case, accents stripped), so nearly every character is ASCII:
// a comparison is far cheaper than a Unicode property test, which only the rest needs.
export function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  return WORD_CHARACTER.test(String.fromCharCode(code));
}

/** Whether a search text has every (normalized) term: at a word start, or inside a user id. */
export function containsAllTerms(text: string, terms: readonly string[]): boolean {
  // lastIndexOf: the user ids are a short tail, so this does not scan the whole text.
  const marker = text.lastIndexOf(USER_IDS_MARKER);
  const fieldsEnd = marker === -1 ? text.length : marker;
  for (const term of terms) {
    const at = findWordStart(text, term);
    if (at !== -1 && at < fieldsEnd) continue;
    if (marker !== -1 && term.length >= MIN_USER_ID_TERM && text.indexOf(term, marker) !== -1) continue;
    return false;
  }
  return true;
}

/**
 * Whether a search text (from buildSearchText) contains every term of the query (AND), each at
 * the start of a word. An empty query matches everything.
 */
export function matchQuery(searchText: string, query: string): boolean {
  if (query !== lastQuery) {
    lastTerms = searchTerms(query);
    lastQuery = query;
  }
  return containsAllTerms(searchText, lastTerms);
}

/** [start, end) in UTF-16 code units of the original text. */
export type HighlightRange = readonly [start: number, end: number];

/**
 * Where the query's terms occur in `text`, as ranges of the ORIGINAL text, found the way
 * matchQuery finds them: "zur" highlights "Zür" in "Zürich", "strasse" highlights "Straße".
 * Sorted, overlapping and touching ranges merged. A match that covers part of a character's
 * expansion (one "s" of "ß") highlights the whole character.
 */
export function highlightRanges(text: string, query: string): HighlightRange[] {
  const terms = searchTerms(query);
  if (terms.length === 0 || text.length === 0) return [];
  const mapped = normalizeWithOffsets(text);
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let at = findWordStart(mapped.normalized, term); at !== -1; at = findWordStart(mapped.normalized, term, at + 1)) {
      const start = mapped.starts[at];
      const end = mapped.ends[at + term.length - 1];
      if (start !== undefined && end !== undefined) found.push([start, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

type OffsetMap = {
  normalized: string;
  /** For each UTF-16 unit of `normalized`: where its source character starts in the original. */
  starts: number[];
  /** ...and where it ends, stretched over marks stripped after it. */
  ends: number[];
};

/**
 * normalizeForSearch one code point at a time, remembering where each output unit came from.
 * Slower than the whole-string version, so it runs only for the few rows on screen.
 */
// Rows re-render on every keystroke with the same names and descriptions: remember their maps.
const offsetMaps = new Map<string, OffsetMap>();
const MAX_OFFSET_MAPS = 500;

function normalizeWithOffsets(text: string): OffsetMap {
  let mapped = offsetMaps.get(text);
  if (!mapped) {
    if (offsetMaps.size >= MAX_OFFSET_MAPS) offsetMaps.clear();
    mapped = mapWithOffsets(text);
    offsetMaps.set(text, mapped);
  }
  return mapped;
}

function mapWithOffsets(text: string): OffsetMap {
  let normalized = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let spaceFrom = -1;
  let spaceTo = -1;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const piece = normalizeCodePoint(text.slice(i, i + width));
    if (piece.length === 0) {
      // A stripped mark belongs to the letter before it: highlighting "u" of "u\u0308" must not
      // leave the dots outside the highlight.
      if (spaceFrom === -1 && ends.length > 0) ends[ends.length - 1] = i + width;
    }
    for (const unit of piece) {
      if (SINGLE_WHITESPACE.test(unit)) {
        if (normalized.length > 0) {
          if (spaceFrom === -1) spaceFrom = i;
          spaceTo = i + width;
        }
        continue;
      }
      if (spaceFrom !== -1) {
        normalized += ' ';
        starts.push(spaceFrom);
        ends.push(spaceTo);
        spaceFrom = -1;
      }
      for (let unitIndex = 0; unitIndex < unit.length; unitIndex++) {
        starts.push(i);
        ends.push(i + width);
      }
      normalized += unit;
    }
    i += width;
  }
  return { normalized, starts, ends };
}

function normalizeCodePoint(codePoint: string): string {
  return codePoint.normalize('NFKD').toLowerCase().replace(COMBINING_MARKS, '').replace(FOLDABLE, fold);
}
