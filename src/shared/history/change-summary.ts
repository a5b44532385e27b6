import { rowLabel } from '../compare/compare-labels';
import { cellViews, type CellView } from '../compare/compare-values';
import type { CompareRow, CompareSection, PathSegment } from '../compare/diff-icps';
import type { Icp } from '../icp-schema';
import { changedRows } from './version-rows';

/*
 * One line per version for the Changes tab: "Job title: +CFO −CEO; Leads per list 10 → 25".
 * Built from Compare's rows, labels and cell formatting, so a summary names fields and shows
 * values exactly as the compare grid and the detail do. Targeting (searches, custom filters,
 * CRM) comes first: it is what a reviewer scans for.
 */

export interface ChangePart {
  section: CompareSection;
  /** Compare's label, qualified by the search or filter it belongs to ("AI filter › Prompt"). */
  label: string;
  /** The change in words: "Job title: +CFO −CEO", "Leads per list 10 → 25", "AI filter added". */
  text: string;
}

const SECTION_ORDER: readonly CompareSection[] = ['leadProviderCriteria', 'customFilterCriteria', 'crmFilters', 'icp'];
/** Longer values (prompts, descriptions, JSON) are named, not quoted: the diff shows them. */
const MAX_VALUE_CHARS = 40;
/** Items shown per side of a list change before "+N more". */
const MAX_ITEMS = 3;
const MINUS = '\u2212';
const ARROW = '\u2192';

export function summarizeChanges(previous: Icp, next: Icp): ChangePart[] {
  const pair = [previous, next];
  const rows = changedRows(previous, next);
  // A search or filter added or removed whole is one change; its fields would only repeat it.
  const wholeBlocks = rows.filter((row) => row.kind === 'block' && (row.status === 'added' || row.status === 'removed'));
  const insideWholeBlock = (row: CompareRow) => wholeBlocks.some((block) => block !== row && startsWith(row.path, block.path));
  const manySearches = Math.max(previous.leadProviderCriteria.length, next.leadProviderCriteria.length) > 1;
  const parts = rows.filter((row) => !insideWholeBlock(row)).map((row) => describeRow(row, cellViews(row, pair), labelOf(row, manySearches)));
  return SECTION_ORDER.flatMap((section) => parts.filter((part) => part.section === section));
}

/** The summary as one line, at most `maxParts` changes named ("…; 2 more changes"). */
export function changeSummaryLine(previous: Icp | null, next: Icp, maxParts = 3): string {
  if (previous === null) return 'First seen';
  const parts = summarizeChanges(previous, next);
  if (parts.length === 0) return 'No visible change';
  const shown = parts.slice(0, Math.max(1, maxParts)).map((part) => part.text);
  const rest = parts.length - shown.length;
  if (rest > 0) shown.push(`${rest} more ${rest === 1 ? 'change' : 'changes'}`);
  return shown.join('; ');
}

function labelOf(row: CompareRow, manySearches: boolean): string {
  const own = rowLabel(row);
  switch (row.section) {
    case 'icp':
      return own;
    case 'leadProviderCriteria': {
      if (row.kind === 'block') return own;
      const search = rowLabel({ path: row.path.slice(0, 2), section: row.section, kind: 'block' });
      // Filters read alone when there is one search; the search's own fields (provider, type) never do.
      return manySearches || row.path[2] !== 'filters' ? `${search} \u203a ${own}` : own;
    }
    case 'customFilterCriteria': {
      if (row.kind === 'block') return own;
      const filter = rowLabel({ path: row.path.slice(0, 3), section: row.section, kind: 'block' });
      // A numeric filter's one field is its value: "Max people per company 1 → 3".
      return row.path.length === 4 && row.path[3] === 'value' ? filter : `${filter} \u203a ${own}`;
    }
    case 'crmFilters':
      return row.kind === 'block' ? 'CRM filters' : `CRM \u203a ${own}`;
  }
}

function describeRow(row: CompareRow, views: CellView[], label: string): ChangePart {
  const part = (text: string): ChangePart => ({ section: row.section, label, text });
  if (row.kind === 'block') return part(`${label} ${row.status === 'removed' ? 'removed' : 'added'}`);
  const [before, after] = views;
  const items = setChanges(row, views);
  if (items !== null) return part(`${label}: ${items}`);
  const old = before === undefined || before.kind === 'absent' ? null : shortText(before);
  const now = after === undefined || after.kind === 'absent' ? null : shortText(after);
  // A custom filter's number left out shows its documented default: a value on both sides.
  if (before?.kind !== 'absent' && after?.kind !== 'absent') {
    return part(old !== null && now !== null ? `${label} ${old} ${ARROW} ${now}` : `${label} changed`);
  }
  if (after?.kind !== 'absent') return part(now !== null ? `${label} added: ${now}` : `${label} added`);
  return part(old !== null ? `${label} removed (was ${old})` : `${label} removed`);
}

/** "+CFO −CEO" for a list whose items changed; null for other rows (or when no item did). */
function setChanges(row: CompareRow, views: CellView[]): string | null {
  const [before, after] = row.cells;
  if (before?.kind !== 'set' && after?.kind !== 'set') return null;
  const onlyIn = (cell: typeof before) => (cell?.kind === 'set' ? cell.items.filter((item) => !item.inAll) : []);
  const added = onlyIn(after);
  const removed = onlyIn(before);
  if (added.length === 0 && removed.length === 0) return null;
  const chipTexts = (cell: typeof before, side: CellView | undefined) =>
    new Map(cell?.kind === 'set' && side?.kind === 'chips' ? cell.items.map((item, index) => [item, side.chips[index]?.text ?? '']) : []);
  const addedText = chipTexts(after, views[1]);
  const removedText = chipTexts(before, views[0]);
  return [
    ...listed(added.map((item) => `+${clip(addedText.get(item) ?? '')}`)),
    ...listed(removed.map((item) => `${MINUS}${clip(removedText.get(item) ?? '')}`)),
  ].join(' ');
}

function listed(tokens: string[]): string[] {
  if (tokens.length <= MAX_ITEMS) return tokens;
  return [...tokens.slice(0, MAX_ITEMS), `(${tokens.length - MAX_ITEMS} more)`];
}

function shortText(view: CellView): string | null {
  const text = view.kind === 'chips' ? view.chips.map((chip) => chip.text).join(', ') : view.text;
  if (view.kind === 'text' && view.block) return null;
  if (text.length > MAX_VALUE_CHARS || text.includes('\n')) return null;
  return text;
}

const clip = (text: string) => (text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}\u2026` : text);

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}
