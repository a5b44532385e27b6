import { criteriaSummary } from '../format/criteria-summary';
import { detailSections, type DetailSectionView } from '../format/detail-view';
import { expiryView, headerFacts, headerFromIcp, NO_DESCRIPTION, type ExpiryView, type FactView, type ViewClock } from '../format/header-view';
import { formatNumber } from '../format/numbers';
import { exactTime } from '../format/relative-time';
import { summarizeIcp } from '../icp-summary';
import { countFindings, findingCountsText, hasChecks, hasHistory, moreOverlapsText, type ExportItem, type Finding, type FindingCounts } from './export-item';

/*
 * The review report as values: a cover (account, date, counts, contents) and one page per ICP
 * holding exactly the detail view's model (header facts and sections from src/shared/format),
 * plus the ICP's checks and changes since review where given. report-html.ts only writes it out.
 */

export interface ReportInput {
  /** Whose ICPs these are, as the app names the account (e.g. "Acme GmbH · api.acme.example"). */
  account: string;
  items: readonly ExportItem[];
  clock: ViewClock;
  /** Defaults to "ICP review". */
  title?: string;
}

interface ReportCount {
  label: string;
  value: string;
  /** Problems and expiries are worth a colour on the cover. */
  tone?: 'red' | 'amber';
}

export interface ReportContentsRow {
  anchor: string;
  name: string;
  expiry: ExpiryView;
  searches: string;
  findings: string | null;
  changes: string | null;
}

export interface ReportIcp {
  anchor: string;
  id: string;
  name: string;
  description: string;
  hasDescription: boolean;
  expiry: ExpiryView;
  facts: FactView[];
  /** `more`: the overlaps not listed, in words ("12 more overlapping ICPs (not listed)"). */
  findings: { summary: string; counts: FindingCounts; items: readonly Finding[]; more: string | null } | null;
  changes: readonly string[] | null;
  sections: DetailSectionView[];
}

/** The first page but its contents rows (made a batch at a time, like the ICP pages). */
export interface ReportCover {
  title: string;
  account: string;
  generated: { iso: string; text: string };
  counts: ReportCount[];
  /** The contents table has a Checks / Since review column. */
  withChecks: boolean;
  withChanges: boolean;
}

interface ReportModel extends ReportCover {
  contents: ReportContentsRow[];
  icps: ReportIcp[];
}

export function reportModel(input: ReportInput): ReportModel {
  const { items, clock } = input;
  return {
    ...reportCover(input),
    contents: items.map((item, index) => contentsRow(item, index, clock)),
    icps: items.map((item, index) => reportIcp(item, index, clock)),
  };
}

/** The cover alone, so the contents rows and ICP pages can be made (and written) a few at a time after it. */
export function reportCover(input: ReportInput): ReportCover {
  const { items, clock } = input;
  const iso = clock.now.toISOString();
  return {
    title: input.title ?? 'ICP review',
    account: input.account,
    generated: { iso, text: exactTime(iso, undefined, clock.timeZone) },
    counts: reportCounts(items, clock),
    withChecks: hasChecks(items),
    withChanges: hasHistory(items),
  };
}

export function contentsRow(item: ExportItem, index: number, clock: ViewClock): ReportContentsRow {
  return {
    anchor: anchorOf(index),
    name: item.icp.name,
    expiry: expiryView(item.icp.activeUntil, clock),
    searches: criteriaSummary(summarizeIcp(item.icp).criteria),
    findings: item.findings ? findingCountsText(countFindings(item)) : null,
    changes: item.changesSinceReview ? changesText(item.changesSinceReview.length) : null,
  };
}

const anchorOf = (index: number) => `icp-${index + 1}`;

export function reportIcp(item: ExportItem, index: number, clock: ViewClock): ReportIcp {
  const { icp } = item;
  const counts = item.findings ? countFindings(item) : null;
  return {
    anchor: anchorOf(index),
    id: icp.id,
    name: icp.name,
    description: icp.description || NO_DESCRIPTION,
    hasDescription: Boolean(icp.description),
    expiry: expiryView(icp.activeUntil, clock),
    facts: headerFacts(headerFromIcp(icp), clock),
    findings: item.findings && counts ? { summary: findingCountsText(counts), counts, items: item.findings, more: moreOverlapsText(item) } : null,
    changes: item.changesSinceReview ?? null,
    sections: detailSections(icp),
  };
}

function reportCounts(items: readonly ExportItem[], clock: ViewClock): ReportCount[] {
  const states = { active: 0, expiring: 0, expired: 0, noExpiry: 0 };
  for (const item of items) states[expiryView(item.icp.activeUntil, clock).state] += 1;
  const counts: ReportCount[] = [
    { label: items.length === 1 ? 'ICP' : 'ICPs', value: formatNumber(items.length) },
    { label: 'Active', value: formatNumber(states.active) },
    { label: 'Expiring within 30 days', value: formatNumber(states.expiring), ...(states.expiring > 0 ? { tone: 'amber' as const } : {}) },
    { label: 'Expired', value: formatNumber(states.expired), ...(states.expired > 0 ? { tone: 'red' as const } : {}) },
    { label: 'No end date', value: formatNumber(states.noExpiry) },
  ];
  // ICPs, not findings: "how many need a look" is what a reader of the cover asks.
  if (hasChecks(items)) {
    let withProblems = 0;
    let withWarnings = 0;
    for (const item of items) {
      if (!item.findings) continue;
      const found = countFindings(item);
      if (found.problems > 0) withProblems += 1;
      if (found.warnings > 0) withWarnings += 1;
    }
    counts.push({ label: 'With problems', value: formatNumber(withProblems), ...(withProblems > 0 ? { tone: 'red' as const } : {}) });
    counts.push({ label: 'With warnings', value: formatNumber(withWarnings), ...(withWarnings > 0 ? { tone: 'amber' as const } : {}) });
  }
  if (hasHistory(items)) {
    const changed = items.filter((item) => item.changesSinceReview !== undefined && item.changesSinceReview.length > 0).length;
    counts.push({ label: 'Changed since review', value: formatNumber(changed), ...(changed > 0 ? { tone: 'amber' as const } : {}) });
  }
  return counts;
}

// Each line of changesSinceReview is one version newer than the reviewed one.
const changesText = (count: number): string => (count === 0 ? 'No changes' : `${formatNumber(count)} new ${count === 1 ? 'version' : 'versions'}`);
