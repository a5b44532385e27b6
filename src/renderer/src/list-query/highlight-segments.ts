import { findWordStart, highlightRanges, normalizeForSearch, searchTerms } from '../../../shared/search/normalize-text';

/*
 * A list row's name or description cut into plain and matched pieces, so the row renders
 * <mark> around exactly what the search matched (accent-insensitive, at word starts: the same
 * rules that decided the row is in the list).
 */

export interface Segment {
  text: string;
  match: boolean;
}

export function highlightSegments(text: string, query: string): Segment[] {
  const ranges = query.trim() === '' ? [] : highlightRanges(text, query);
  if (ranges.length === 0) return [{ text, match: false }];
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/**
 * The query's terms that the given visible texts (a row's name and description) do not show:
 * they matched somewhere the row cannot highlight (filter values, prompts, CRM text, user ids),
 * so the row says so instead of leaving the reader to guess why it is in the list.
 */
export function termsFoundElsewhere(query: string, visible: readonly string[]): string[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const text = normalizeForSearch(visible.join(' '));
  return terms.filter((term) => findWordStart(text, term) === -1);
}
