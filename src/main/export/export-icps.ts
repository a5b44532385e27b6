import type { Icp } from '../../shared/icp-schema';

/**
 * Exports hold exactly what the API sent, unknown fields and key order included: one ICP as an
 * object, several as an array in list order, pretty-printed with 2 spaces. The objects passed in
 * are the API's own (validation hands back the original, see icp-validation.ts), so nothing here
 * can add or drop a field, and there is no path by which the token could reach the text.
 */
export function exportText(icps: readonly Icp[]): string {
  return JSON.stringify(icps.length === 1 ? icps[0] : icps, null, 2);
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

/** `icp-enterprise-tech-buyers-2026-11-23.json` for one ICP, `icps-2026-11-23.json` for several. */
export function exportFileName(icps: readonly Icp[], now: Date): string {
  const date = localDate(now);
  if (icps.length !== 1) return `icps-${date}.json`;
  const slug = slugify(icps[0]!.name) || icps[0]!.id.slice(0, 8);
  return `icp-${slug}-${date}.json`;
}
