import { dimensionOf, keyWords, type Dimension } from './filter-dimensions';

/*
 * What each key of a provider's filters means while reading them: a dimension name, an
 * include/exclude switch ({include, exclude}, "excluded_countries", "job_titles_exclude"), a
 * grouping word ({and: [...]}) or a modifier ("operator": "OR"). Where the walk stands is a
 * Scope; scopes are memoized as a tree, since every criterion walks the same few keys.
 */

export type Mode = 'include' | 'exclude';

export interface Scope {
  /** The dimension the keys so far name (null: none yet, e.g. at the top). */
  readonly dimension: Dimension | null;
  readonly mode: Mode;
  /** The dimension names so far; a vague one ("size") takes its parent's ("company size"). */
  readonly keys: readonly string[];
}

interface ScopeNode extends Scope {
  readonly children: Map<string, ScopeNode | null>;
}

interface KeyMeaning {
  /** The dimension name the key adds; null for include/exclude and grouping words. */
  name: string | null;
  excludes: boolean;
  /** Says how values combine, not which: skipped. */
  modifier: boolean;
}

const KEEP_WORDS = new Set(['include', 'included', 'in', 'any_of', 'one_of', 'value', 'is', 'eq', 'equal']);
const EXCLUDE_WORDS = new Set(['exclude', 'excluded', 'exclusion', 'not', 'not_in', 'none_of', 'nin', 'ne', 'not_equal', 'must_not']);
const GROUP_WORDS = new Set(['and', 'or', 'any', 'all', 'filter', 'condition', 'item', 'group', 'must', 'should', 'criterion', 'criteria', 'rule']);
const MODIFIER_WORDS = new Set(['operator', 'op', 'match', 'match_type', 'mode', 'logic', 'combinator', 'case_sensitive', 'exact', 'strict']);
const EXCLUDE_PREFIXES = new Set(['exclude', 'excluded', 'not', 'without', 'except']);
const EXCLUDE_SUFFIXES = new Set(['exclude', 'excluded', 'exclusion']);

/** Bounds the memo: a provider with endless distinct keys still gets correct, unmemoized scopes. */
const MAX_CHILDREN = 1_000;

const node = (dimension: Dimension | null, mode: Mode, keys: readonly string[]): ScopeNode => ({ dimension, mode, keys, children: new Map() });

export const TOP_SCOPE: Scope = node(null, 'include', []);

/** The scope under `key`; null when the key is a modifier, to be skipped. */
export function enterKey(scope: Scope, key: string): Scope | null {
  const children = (scope as ScopeNode).children;
  const known = children.get(key);
  if (known !== undefined) return known;
  const child = childScope(scope, key);
  if (children.size < MAX_CHILDREN) children.set(key, child);
  return child;
}

function childScope(scope: Scope, key: string): ScopeNode | null {
  const meaning = classifyKey(key);
  if (meaning.modifier) return null;
  const mode: Mode = meaning.excludes ? 'exclude' : scope.mode;
  if (meaning.name === null) return node(scope.dimension, mode, scope.keys);
  const keys = [...scope.keys, meaning.name];
  return node(dimensionOf(keys), mode, keys);
}

function classifyKey(key: string): KeyMeaning {
  const words = keyWords(key);
  const joined = words.join('_');
  const meaning = (name: string | null, excludes: boolean, modifier = false): KeyMeaning => ({ name, excludes, modifier });
  if (MODIFIER_WORDS.has(joined)) return meaning(null, false, true);
  if (joined === '' || KEEP_WORDS.has(joined) || GROUP_WORDS.has(joined)) return meaning(null, false);
  if (EXCLUDE_WORDS.has(joined)) return meaning(null, true);
  if (words.length > 1 && EXCLUDE_PREFIXES.has(words[0]!)) return meaning(words.slice(1).join('_'), true);
  if (words.length > 1 && EXCLUDE_SUFFIXES.has(words[words.length - 1]!)) return meaning(words.slice(0, -1).join('_'), true);
  return meaning(key, false);
}
