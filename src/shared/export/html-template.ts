import { escape } from 'html-escaper';

/*
 * HTML built from a tagged template that escapes every interpolated value unless it is itself
 * Html, so user data (names are anyone's text) cannot become markup by forgetting a call.
 */

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | null | undefined | false | readonly Html[];

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

function render(value: Value): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map((item: Html) => item.text).join('');
  if (value === null || value === undefined || value === false) return '';
  return escape(String(value));
}

/** Markup written by this module's callers as a constant (styles): never user data. */
export const trusted = (text: string): Html => new Html(text);
