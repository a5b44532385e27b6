import { stringify } from 'csv-stringify/sync';
import { expiryLabel, expiryOf } from '../format/expiry';
import { crmSentence, customFilterSentence } from '../format/filter-sentences';
import { searchLabel } from '../format/detail-view';
import type { ViewClock } from '../format/header-view';
import { countFindings, hasChecks, hasHistory, moreOverlapsText, SEVERITY_WORDS, type ExportItem } from './export-item';
import { joinPieces, type ExportPiece } from './export-piece';
import { filterDimensions, type DimensionValues } from './filter-dimensions';

/*
 * The spreadsheet export: one row per ICP, RFC 4180 (CRLF between records, fields with a comma,
 * quote or line break quoted, quotes doubled; csv-stringify does the quoting), UTF-8 with a
 * byte-order mark so Excel reads accents right.
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with
 * = + - @, a tab or a carriage return as a formula, and ICP names, prompts and filter values are
 * anyone's text. Every text cell is quoted, and one that begins with such a character gets a
 * leading apostrophe, which makes the spreadsheet read it as text. Numbers stay numbers: a JS
 * number is written with digits, '.', '-' and 'e' only, which no spreadsheet runs.
 */

/** Separates the values of a list inside one cell. */
const CELL_LIST_SEPARATOR = '; ';

/** Starts a formula in Excel, LibreOffice or Google Sheets; a line feed is added for good measure. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

type Cell = string | number;

interface RowContext {
  item: ExportItem;
  dimensions: DimensionValues;
  clock: ViewClock;
}

interface Column {
  header: string;
  cell: (row: RowContext) => Cell;
}

const list = (values: readonly string[]): string => values.join(CELL_LIST_SEPARATOR);

const BASE_COLUMNS: readonly Column[] = [
  { header: 'ID', cell: ({ item }) => item.icp.id },
  { header: 'Name', cell: ({ item }) => item.icp.name },
  { header: 'Description', cell: ({ item }) => item.icp.description ?? '' },
  { header: 'Status', cell: ({ item, clock }) => expiryLabel(expiryOf(item.icp.activeUntil, clock.now)) },
  { header: 'Active until', cell: ({ item, clock }) => (item.icp.activeUntil === null ? '' : spreadsheetDateTime(item.icp.activeUntil, clock.timeZone)) },
  { header: 'Leads per list', cell: ({ item }) => item.icp.leadsPerList },
  { header: 'Users', cell: ({ item }) => item.icp.userIds.length },
  { header: 'User IDs', cell: ({ item }) => list(item.icp.userIds) },
  {
    header: 'Searches',
    cell: ({ item }) => list(item.icp.leadProviderCriteria.map((criterion) => `${criterion.provider}: ${searchLabel(criterion)}`)),
  },
  { header: 'Job titles', cell: ({ dimensions }) => list(dimensions.jobTitles) },
  { header: 'Countries', cell: ({ dimensions }) => list(dimensions.countries) },
  { header: 'Industries', cell: ({ dimensions }) => list(dimensions.industries) },
  { header: 'Company size', cell: ({ dimensions }) => list(dimensions.companySize) },
  { header: 'Other filters', cell: ({ dimensions }) => list(dimensions.other) },
  { header: 'Custom filters', cell: ({ item }) => list(item.icp.customFilterCriteria.map(customFilterSentence)) },
  { header: 'CRM filters', cell: ({ item }) => crmSentence(item.icp.crmFilters) ?? '' },
];

// An ICP the checks did not reach gets empty cells, not a 0 that would read as "clean".
const CHECK_COLUMNS: readonly Column[] = [
  { header: 'Problems', cell: ({ item }) => (item.findings ? countFindings(item).problems : '') },
  { header: 'Warnings', cell: ({ item }) => (item.findings ? countFindings(item).warnings : '') },
  { header: 'Findings', cell: ({ item }) => (item.findings ? findingsCell(item) : '') },
];

/** "Problem: Prompt is empty (AI filter › Prompt); Warning: …": one line a reader can scan. */
function findingsCell(item: ExportItem): string {
  const lines = (item.findings ?? []).map((finding) => `${SEVERITY_WORDS[finding.severity]}: ${finding.message} (${finding.field})`);
  const more = moreOverlapsText(item);
  return list(more === null ? lines : [...lines, more]);
}

// Never reviewed: empty cells, not a "No" that would read as "reviewed and unchanged".
const HISTORY_COLUMNS: readonly Column[] = [
  {
    header: 'Changed since review',
    cell: ({ item }) => (item.changesSinceReview === undefined ? '' : item.changesSinceReview.length > 0 ? 'Yes' : 'No'),
  },
  { header: 'Changes since review', cell: ({ item }) => list(item.changesSinceReview ?? []) },
];

/** The columns for these items: the check and history columns only when some item has them. */
function csvColumns(items: readonly ExportItem[]): readonly Column[] {
  return [...BASE_COLUMNS, ...(hasChecks(items) ? CHECK_COLUMNS : []), ...(hasHistory(items) ? HISTORY_COLUMNS : [])];
}

const rowOf = (columns: readonly Column[], item: ExportItem, clock: ViewClock): Cell[] => {
  const context: RowContext = { item, dimensions: filterDimensions(item.icp), clock };
  return columns.map((column) => column.cell(context));
};

/** The header row and one row per ICP, as cell values before quoting (what the tests read). */
export function csvTable(items: readonly ExportItem[], clock: ViewClock): Cell[][] {
  const columns = csvColumns(items);
  return [columns.map((column) => column.header), ...items.map((item) => rowOf(columns, item, clock))];
}

const STRINGIFY_OPTIONS = { record_delimiter: 'windows', quoted_string: true, cast: { string: neutraliseFormula } } as const;
/** Rows per piece: a few milliseconds of work each. */
const ROWS_PER_PIECE = 50;

/** The file's text in pieces: the header (after the byte-order mark), then rows a batch at a time. */
export function* csvPieces(items: readonly ExportItem[], clock: ViewClock): Generator<ExportPiece> {
  const columns = csvColumns(items);
  yield { text: stringify([columns.map((column) => column.header)], { ...STRINGIFY_OPTIONS, bom: true }), done: 0 };
  for (let start = 0; start < items.length; start += ROWS_PER_PIECE) {
    const batch = items.slice(start, start + ROWS_PER_PIECE);
    yield {
      text: stringify(
        batch.map((item) => rowOf(columns, item, clock)),
        STRINGIFY_OPTIONS,
      ),
      done: start + batch.length,
    };
  }
}

/** The file's whole text, byte-order mark first; write it as UTF-8. */
export function icpsToCsv(items: readonly ExportItem[], clock: ViewClock): string {
  return joinPieces(csvPieces(items, clock));
}

/** "2026-12-31 23:59": what spreadsheets read as a date and time, in the user's zone (or `timeZone`). */
export function spreadsheetDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = dateTimeFormat(date, timeZone).formatToParts(date);
  } catch {
    // An unknown zone name: UTC, said as such, rather than no date at all.
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Keyed like relative-time.ts's formatters: the user's zone by its offset, so a zone change is seen. */
function dateTimeFormat(date: Date, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? `local${date.getTimezoneOffset()}`;
  let format = dateTimeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}
