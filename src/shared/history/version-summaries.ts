import { changeSummaryLine } from './change-summary';
import type { IcpVersion } from './history-schema';

/*
 * The Changes tab's lines, for the tab and for exports alike: each kept version with the one-line
 * summary of what changed from the version kept before it.
 */

/** Each version with its summary; versions come newest first, as the history answers them. */
export function versionSummaries(versions: readonly IcpVersion[]): { version: IcpVersion; summary: string }[] {
  return versions.map((version, index) => ({ version, summary: changeSummaryLine(versions[index + 1]?.icp ?? null, version.icp) }));
}

/** "Version 4: Job title: +CFO": the tab's lines for the versions newer than the reviewed one, newest first. */
export function changesSinceReview(versions: readonly IcpVersion[], reviewedSeq: number): string[] {
  return versionSummaries(versions)
    .filter(({ version }) => version.seq > reviewedSeq)
    .map(({ version, summary }) => `Version ${version.seq}: ${summary}`);
}
