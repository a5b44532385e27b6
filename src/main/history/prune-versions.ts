/*
 * How much history an ICP keeps: its last 50 versions and every version of the last 365 days,
 * whichever keeps more (so a busy ICP keeps a year, a quiet one its last 50 changes however
 * old). The newest version is always kept, and so is the one the user reviewed last: "Changed"
 * diffs against it, and dropping it would leave a change nobody can see.
 */

export const KEEP_VERSIONS = 50;
export const KEEP_DAYS = 365;
const DAY_MS = 86_400_000;

export interface Dated {
  seq: number;
  seenAt: string;
}

/** The versions to keep, oldest first as given. */
export function keptVersions<V extends Dated>(versions: readonly V[], now: Date, reviewedSeq: number | null): V[] {
  const firstKeptByCount = versions.length - KEEP_VERSIONS;
  const cutoff = now.getTime() - KEEP_DAYS * DAY_MS;
  return versions.filter((version, index) => index >= firstKeptByCount || Date.parse(version.seenAt) >= cutoff || version.seq === reviewedSeq);
}
