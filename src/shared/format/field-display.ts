import type { CrmConditionView, ViewField } from './custom-filter-view';
import type { FilterNode } from './humanize-filters';

/*
 * How one labelled value of the detail view is shown, decided once for every place that shows
 * it: the detail's cards (React), the review report (HTML) and the Markdown section. Each of
 * those only maps a kind to its own markup.
 */

export type ValueDisplay =
  /** A list, one chip per item; `mono` for codes and search strings. */
  | { kind: 'chips'; values: string[]; mono: boolean }
  /** Nothing to show, said in words ("None", "(empty text)"), styled as a placeholder. */
  | { kind: 'placeholder'; text: string }
  /** Not set by the API: the documented default applies. */
  | { kind: 'default'; text: string; badge: string; title: string }
  /** One line in a monospace face (regexes, field paths, search syntax). */
  | { kind: 'code'; text: string }
  /** Several lines kept as written (JSON, multi-line patterns). */
  | { kind: 'block'; text: string }
  /** A quantity range ("500 – 10,000"). */
  | { kind: 'range'; text: string }
  /** Prose. */
  | { kind: 'text'; text: string };

const EMPTY_TEXT = '(empty text)';
const EMPTY_LIST = 'None';
const DEFAULT_BADGE = 'Default';
export const DEFAULT_TITLE = 'Not set by the API: the documented default applies';
/** Appended to a defaulted value in one-line forms ("1 (default)"); the cards show a badge instead. */
export const DEFAULT_SUFFIX = ' (default)';

export function fieldDisplay(field: ViewField): ValueDisplay {
  const { value } = field;
  if (Array.isArray(value)) {
    return value.length === 0 ? { kind: 'placeholder', text: EMPTY_LIST } : { kind: 'chips', values: value, mono: field.mono === true };
  }
  if (value === '') return { kind: 'placeholder', text: EMPTY_TEXT };
  if (field.isDefault) {
    const text = value.endsWith(DEFAULT_SUFFIX) ? value.slice(0, -DEFAULT_SUFFIX.length) : value;
    return { kind: 'default', text, badge: DEFAULT_BADGE, title: DEFAULT_TITLE };
  }
  if (field.mono) return value.includes('\n') ? { kind: 'block', text: value } : { kind: 'code', text: value };
  return { kind: 'text', text: value };
}

/** A provider filter's value; groups are not values (their children are rows of their own). */
export function filterValueDisplay(node: Exclude<FilterNode, { kind: 'group' }>): ValueDisplay {
  switch (node.kind) {
    case 'chips':
      return { kind: 'chips', values: node.values, mono: false };
    case 'range':
      return { kind: 'range', text: node.text };
    case 'text':
      return node.value === '' ? { kind: 'placeholder', text: EMPTY_TEXT } : { kind: 'text', text: node.value };
    case 'json':
      return { kind: 'block', text: node.json };
  }
}

/** A CRM condition's value: lists as code chips, one value as code, anything else as JSON. */
export function conditionValueDisplay(condition: CrmConditionView): ValueDisplay {
  if (Array.isArray(condition.value)) return { kind: 'chips', values: condition.value, mono: true };
  return condition.valueIsJson ? { kind: 'block', text: condition.value } : { kind: 'code', text: condition.value };
}

/** The display as one line of plain text, for CSV cells, Markdown tables and summaries. */
export function displayText(display: ValueDisplay, separator = ', '): string {
  switch (display.kind) {
    case 'chips':
      return display.values.join(separator);
    case 'default':
      return display.text + DEFAULT_SUFFIX;
    case 'block':
      return oneLine(display.text);
    default:
      return display.text;
  }
}

/** Pretty JSON and multi-line text on one line: runs of whitespace with a line break become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
