import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { criteriaSummary } from '../format/criteria-summary';
import type { ViewField } from '../format/custom-filter-view';
import { CONDITIONS_TITLE, detailSections, OTHER_SETTINGS_TITLE, type DetailSectionView } from '../format/detail-view';
import { conditionValueDisplay, fieldDisplay, filterValueDisplay, oneLine, type ValueDisplay } from '../format/field-display';
import type { FilterNode } from '../format/humanize-filters';
import { exactTime } from '../format/relative-time';
import { expiryView, headerFacts, headerFromIcp, NO_DESCRIPTION, type FactValue, type ViewClock } from '../format/header-view';
import type { IcpSummaryBase } from '../icp-summary';
import { countFindings, findingCountsText, moreOverlapsText, SEVERITY_WORDS, type ExportItem } from './export-item';
import { joinPieces, type ExportPiece } from './export-piece';

/*
 * "Copy as Markdown", for chat and tickets: the selected ICPs as a table, or one ICP as a
 * section that reads like its detail view (the same view model, in Markdown). The text is built
 * as a Markdown syntax tree and written by mdast-util-to-markdown, which escapes whatever in a
 * name or prompt would otherwise be read as Markdown (* _ [ ] < | and the rest) exactly where
 * it would be.
 */

const WRITE_OPTIONS: Options = { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', fences: true, extensions: [gfmTableToMarkdown()] };

const MARKDOWN_TABLE_HEADERS = ['Name', 'Status', 'Active until', 'Leads per list', 'Searches'] as const;

/**
 * Longer tables are written this many rows at a time (main yields between pieces), and then
 * without padding the cells to line up: padding needs every row at once. Chat and tickets
 * render both the same.
 */
const ROWS_PER_PIECE = 200;

/** One row per ICP: name, status, end date, leads per list and searches. Takes list summaries, so no detail is needed. */
export function markdownTable(summaries: readonly IcpSummaryBase[], clock: ViewClock): string {
  return joinPieces(markdownTablePieces(summaries, clock));
}

export function* markdownTablePieces(summaries: readonly IcpSummaryBase[], clock: ViewClock): Generator<ExportPiece> {
  const aligned = summaries.length <= ROWS_PER_PIECE;
  for (let start = 0; start < summaries.length || start === 0; start += ROWS_PER_PIECE) {
    const batch = summaries.slice(start, start + ROWS_PER_PIECE);
    const text = tableText([tableRow(MARKDOWN_TABLE_HEADERS), ...batch.map((summary) => summaryRow(summary, clock))], aligned);
    // Every batch is written as a table of its own; after the first, its header lines are dropped.
    yield { text: start === 0 ? text : text.split('\n').slice(2).join('\n'), done: start + batch.length };
  }
}

const TABLE_ALIGN: ('left' | 'right')[] = ['left', 'left', 'left', 'right', 'left'];

function tableText(rows: TableRow[], aligned: boolean): string {
  const table: RootContent = { type: 'table', align: TABLE_ALIGN, children: rows };
  return toMarkdown({ type: 'root', children: [table] }, { ...WRITE_OPTIONS, extensions: [gfmTableToMarkdown({ tablePipeAlign: aligned })] });
}

// A line break would end the table row: a cell is one line, whatever the text holds.
const tableRow = (cells: readonly string[]): TableRow => ({
  type: 'tableRow',
  children: cells.map((cell) => ({ type: 'tableCell', children: [text(oneLine(cell))] })),
});

const summaryRow = (summary: IcpSummaryBase, clock: ViewClock): TableRow =>
  tableRow([
    summary.name,
    expiryView(summary.activeUntil, clock).label,
    summary.activeUntil === null ? 'No end date' : exactTime(summary.activeUntil, undefined, clock.timeZone),
    String(summary.leadsPerList),
    criteriaSummary(summary.criteria),
  ]);

/** One ICP as a section (## name), with its checks and changes since review where given. */
export function markdownSection(item: ExportItem, clock: ViewClock): string {
  const { icp } = item;
  const header = headerFromIcp(icp);
  const expiry = expiryView(icp.activeUntil, clock);
  const facts: ListItem[] = [labelled('Status', [text(expiry.label)])];
  for (const fact of headerFacts(header, clock)) facts.push(labelled(fact.label, factPhrasing(fact.value)));
  facts.push(labelled('ID', [code(icp.id)]));

  const children: RootContent[] = [
    heading(2, [text(icp.name)]),
    paragraph(icp.description ? [text(icp.description)] : [{ type: 'emphasis', children: [text(NO_DESCRIPTION)] }]),
    list(facts),
  ];
  if (item.findings) {
    children.push(heading(3, [text(`Checks: ${findingCountsText(countFindings(item))}`)]));
    const more = moreOverlapsText(item);
    const lines = item.findings.map((finding) => labelled(SEVERITY_WORDS[finding.severity], [text(`${finding.message} (${finding.field})`)]));
    if (more !== null) lines.push(listItem([paragraph([text(more)])]));
    if (lines.length > 0) children.push(list(lines));
  }
  if (item.changesSinceReview) {
    children.push(heading(3, [text('Changes since review')]));
    const changes = item.changesSinceReview;
    children.push(
      changes.length === 0 ? paragraph([text('No changes since the last review.')]) : list(changes.map((line) => listItem([paragraph([text(line)])]))),
    );
  }
  for (const section of detailSections(icp)) children.push(...sectionContent(section));
  return toMarkdown({ type: 'root', children } satisfies Root, WRITE_OPTIONS);
}

function sectionContent(section: DetailSectionView): RootContent[] {
  const title = 'count' in section ? `${section.title} (${section.count})` : section.title;
  const out: RootContent[] = [heading(3, [text(title)])];
  switch (section.kind) {
    case 'searches':
      if (section.empty !== null) return [...out, paragraph([text(section.empty)])];
      for (const card of section.cards) {
        const badges = card.badges.flatMap((badge): PhrasingContent[] => [text(' '), { type: 'emphasis', children: [text(`(${badge.text})`)] }]);
        out.push(heading(4, [text(`${card.name} — provider `), code(card.provider), ...badges]));
        out.push(card.empty !== null ? paragraph([text(card.empty)]) : list(card.filters.map(filterItem)));
        if (card.otherSettings.length > 0) out.push(paragraph([strong(OTHER_SETTINGS_TITLE)]), list(card.otherSettings.map(filterItem)));
      }
      return out;
    case 'customFilters':
      if (section.empty !== null) return [...out, paragraph([text(section.empty)])];
      return [
        ...out,
        list(
          section.cards.map((card) => {
            const title = paragraph([strong(card.title), text(' '), code(card.type)]);
            if (card.raw) return listItem([title, paragraph([text(card.raw.note)]), { type: 'code', lang: 'json', value: card.raw.json }]);
            return listItem([title, list(card.fields.map(fieldItem))]);
          }),
        ),
      ];
    case 'crm': {
      if (section.card === null) return [...out, paragraph([text(section.empty ?? '')])];
      const { card } = section;
      out.push(paragraph([strong(card.title), text(' '), code(card.provider)]));
      if (card.fields.length > 0) out.push(list(card.fields.map(fieldItem)));
      out.push(paragraph([strong(CONDITIONS_TITLE)]));
      if (card.conditionsEmpty !== null) return [...out, paragraph([text(card.conditionsEmpty)])];
      const conditions = card.conditions.map((condition) => {
        const value = valuePhrasing(conditionValueDisplay(condition));
        const line: PhrasingContent[] = [...(condition.exclude ? [strong('NOT'), text(' ')] : []), code(condition.path), text(` ${condition.modeLabel} `)];
        const item = listItem([paragraph(value.block === null ? [...line, ...value.inline] : line)]);
        if (value.block !== null) item.children.push(value.block);
        if (condition.extra.length > 0) item.children.push(list(condition.extra.map(fieldItem)));
        return item;
      });
      return [...out, list(conditions)];
    }
    case 'otherFields':
      return [...out, paragraph([text(section.note)]), list(section.nodes.map(filterItem))];
  }
}

function filterItem(node: FilterNode): ListItem {
  if (node.kind === 'group') return listItem([paragraph([strong(node.label)]), list(node.children.map(filterItem))]);
  return valueItem(node.label, filterValueDisplay(node));
}

function fieldItem(field: ViewField): ListItem {
  return valueItem(field.legacy ? `${field.label} (legacy)` : field.label, fieldDisplay(field));
}

function valueItem(label: string, display: ValueDisplay): ListItem {
  const value = valuePhrasing(display);
  const item = labelled(label, value.inline);
  if (value.block !== null) item.children.push(value.block);
  return item;
}

/** A value as inline Markdown, or as a code block after the label when it spans lines. */
function valuePhrasing(display: ValueDisplay): { inline: PhrasingContent[]; block: BlockContent | null } {
  switch (display.kind) {
    case 'chips':
      return { inline: join(display.values.map((value) => (display.mono ? code(value) : text(value)))), block: null };
    case 'placeholder':
      return { inline: [{ type: 'emphasis', children: [text(display.text)] }], block: null };
    case 'default':
      return { inline: [text(display.text), text(' '), { type: 'emphasis', children: [text(`(${display.badge.toLowerCase()})`)] }], block: null };
    case 'code':
      return { inline: [code(display.text)], block: null };
    case 'block':
      return { inline: [], block: { type: 'code', value: display.text } };
    case 'range':
    case 'text':
      return { inline: [text(display.text)], block: null };
  }
}

function factPhrasing(value: FactValue): PhrasingContent[] {
  switch (value.kind) {
    case 'text':
      return [text(value.text)];
    case 'time':
      return [text(`${value.text} (${value.exact})`)];
    case 'placeholder':
      return [{ type: 'emphasis', children: [text(value.text)] }];
    case 'chips':
      return join(value.values.map(code));
  }
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const heading = (depth: 2 | 3 | 4, children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });
const listItem = (children: ListItem['children']): ListItem => ({ type: 'listItem', spread: false, children });
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const labelled = (label: string, value: PhrasingContent[]): ListItem =>
  listItem([paragraph(value.length > 0 ? [strong(`${label}:`), text(' '), ...value] : [strong(`${label}:`)])]);

function join(parts: PhrasingContent[]): PhrasingContent[] {
  return parts.flatMap((part, index) => (index === 0 ? [part] : [text(', '), part]));
}
