import type { ListView } from '../../../shared/ipc-contract';
import { MIN_USER_ID_TERM, searchTerms } from '../../../shared/search/normalize-text';
import { filterRows, type PreparedRow } from './list-query';
import { hasRow, rowSet, type PrefixIndex } from './prefix-index';

/**
 * filterRows for a list being typed into. Remembers recent answers for the current rows and
 * chips; when a query only extends the previous one ("cto g" -> "cto ge") it filters the previous
 * answer instead of every row, because a row matching the longer query matches the shorter too.
 * Backspacing returns to remembered answers.
 *
 * One exception to "longer matches less": a term reaching MIN_USER_ID_TERM characters may also
 * match inside user ids, so rows outside the previous answer whose user ids contain it are
 * checked as well.
 */
const focusTokens = new WeakMap<object, number>();
let lastFocusToken = 0;
function focusToken(focus: ListView['focus']): number {
  if (!focus) return 0;
  let token = focusTokens.get(focus);
  if (token === undefined) {
    token = ++lastFocusToken;
    focusTokens.set(focus, token);
  }
  return token;
}

export function createIncrementalFilter(remember = 32) {
  let base: readonly PreparedRow[] | null = null;
  let chips = '';
  let previous: string | null = null;
  const answers = new Map<string, PreparedRow[]>();

  const compute = (sorted: readonly PreparedRow[], view: ListView, terms: readonly string[], index: PrefixIndex | null): PreparedRow[] => {
    const earlier = previous === null ? undefined : answers.get(previous);
    const relation = earlier && previous !== null ? relate(previous, terms) : null;
    if (!earlier || !relation) return filterRows(sorted, view, index);
    const narrowed = filterRows(earlier, view, index);
    if (relation.grownToUserIds.length === 0) return narrowed;
    // Rows outside the earlier answer that now match through a user id; bitsets by row index,
    // since these loops run over every row of the list.
    const size = sorted.length;
    const inEarlier = rowSet(earlier, size);
    const viaUserIds = index ? relation.grownToUserIds.map((term) => index.rowsWithUserIds(term)) : null;
    const candidates = sorted.filter(
      (row) =>
        !hasRow(inEarlier, row.index) &&
        (viaUserIds ? viaUserIds.some((bits) => hasRow(bits, row.index)) : relation.grownToUserIds.some((term) => inUserIds(row, term))),
    );
    const added = filterRows(candidates, view, index);
    if (added.length === 0) return narrowed;
    const shown = rowSet(narrowed, size);
    for (const row of added) shown[row.index >>> 5]! |= 1 << (row.index & 31);
    return sorted.filter((row) => hasRow(shown, row.index));
  };

  const reset = () => {
    base = null;
    previous = null;
    answers.clear();
  };

  const filter = (sorted: readonly PreparedRow[], view: ListView, index: PrefixIndex | null = null): PreparedRow[] => {
    // The focus by identity: it may hold a whole list's ids, too many to stringify per keystroke.
    const { search: _search, focus, ...rest } = view;
    const chipsKey = `${JSON.stringify(rest)}#${focusToken(focus)}`;
    if (sorted !== base || chipsKey !== chips) {
      reset();
      base = sorted;
      chips = chipsKey;
    }
    const terms = searchTerms(view.search);
    const query = terms.join(' ');
    let answer = answers.get(query);
    if (!answer) {
      answer = compute(sorted, view, terms, index);
      answers.set(query, answer);
      if (answers.size > remember) answers.delete(answers.keys().next().value!);
    }
    previous = query;
    return answer;
  };
  /** Forgets every remembered answer (and the rows it holds). */
  return Object.assign(filter, { reset });
}

const inUserIds = ({ search }: PreparedRow, term: string) => search.userIdsAt !== -1 && search.text.indexOf(term, search.userIdsAt) !== -1;

/**
 * Whether `terms` extends the earlier query (each earlier term a prefix of the term in its
 * place), and which terms have just grown long enough to match user ids; null when unrelated.
 */
function relate(earlier: string, terms: readonly string[]): { grownToUserIds: string[] } | null {
  const before = earlier === '' ? [] : earlier.split(' ');
  if (before.length > terms.length) return null;
  const grownToUserIds: string[] = [];
  for (const [i, term] of before.entries()) {
    const now = terms[i]!;
    if (!now.startsWith(term)) return null;
    if (term.length < MIN_USER_ID_TERM && now.length >= MIN_USER_ID_TERM) grownToUserIds.push(now);
  }
  return { grownToUserIds };
}
