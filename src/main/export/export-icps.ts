import type { SaveFormat } from '../../shared/export/export-contract';
import type { ExportPiece } from '../../shared/export/export-piece';
import type { Icp } from '../../shared/icp-schema';

/**
 * Exports hold exactly what the API sent, unknown fields and key order included: one ICP as an
 * object, several as an array in list order, pretty-printed with 2 spaces. The objects passed in
 * are the API's own (validation hands back the original, see icp-validation.ts), so nothing here
 * can add or drop a field, and there is no path by which the token could reach the text.
 *
 * The text comes an ICP at a time: each element as JSON.stringify(…, null, 2) writes it inside
 * the array (indented two more spaces; a JSON string never holds a raw line break, so every
 * line break in an element's text is one of the layout's).
 */
export function* jsonPieces(icps: readonly Icp[]): Generator<ExportPiece> {
  if (icps.length === 1) {
    yield { text: JSON.stringify(icps[0], null, 2), done: 1 };
    return;
  }
  if (icps.length === 0) {
    yield { text: '[]', done: 0 };
    return;
  }
  for (let index = 0; index < icps.length; index++) {
    const element = `  ${JSON.stringify(icps[index], null, 2).replaceAll('\n', '\n  ')}`;
    yield { text: `${index === 0 ? '[\n' : ',\n'}${element}${index === icps.length - 1 ? '\n]' : ''}`, done: index + 1 };
  }
}

/** `2026-11-23`, in the user's own calendar. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Zürich Fertigung & Co." -> "zurich-fertigung-co": safe on every OS, readable in a folder. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

const EXTENSIONS: Record<SaveFormat, string> = { json: 'json', csv: 'csv', report: 'html' };

/**
 * `icp-enterprise-tech-buyers-2026-11-23.json` for one ICP, `icps-2026-11-23.csv` for several,
 * `icp-review-2026-11-23.html` for the report of several.
 */
export function exportFileName(icps: readonly Icp[], now: Date, format: SaveFormat = 'json'): string {
  const date = localDate(now);
  const extension = EXTENSIONS[format];
  if (icps.length !== 1) return `${format === 'report' ? 'icp-review' : 'icps'}-${date}.${extension}`;
  const slug = slugify(icps[0]!.name) || icps[0]!.id.slice(0, 8);
  return `icp-${slug}-${date}.${extension}`;
}
