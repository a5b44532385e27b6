import { sampleAmericasApacIcps } from './sample-americas-apac-icps';
import { sampleEdgeCaseIcps } from './sample-edge-case-icps';
import { sampleEuropeIcps } from './sample-europe-icps';
import { sampleReviewIcps } from './sample-review-icps';
import { getPageExampleIcp, listPageExampleIcps } from './sample-reference-icps';

/**
 * An ISO timestamp `days` after the sample's `now` (negative: before it). Sample dates are
 * relative so "expires in 3 days" still says so whenever the demo runs.
 */
export type DaysFromNow = (days: number) => string;

const DAY_MS = 86_400_000;

/**
 * The demo data set, as raw API JSON: the reference pages' examples first (their fixed dates
 * kept), then ICPs for realistic B2B markets, then the odd shapes the app must survive (legacy
 * criteria, unknown filter types and providers, extra fields, missing CRM filters, ...), and last
 * the drafts that give the review its findings and overlaps.
 * Every item passes `Icp` from src/shared/icp-schema.ts.
 */
export function sampleIcps(now: Date): unknown[] {
  // Whole seconds, as a server would usually store them.
  const base = Math.floor(now.getTime() / 1000) * 1000;
  const daysFromNow: DaysFromNow = (days) => new Date(base + Math.round(days * DAY_MS)).toISOString();
  return [
    ...listPageExampleIcps(),
    getPageExampleIcp(),
    ...sampleEuropeIcps(daysFromNow),
    ...sampleAmericasApacIcps(daysFromNow),
    ...sampleEdgeCaseIcps(daysFromNow),
    ...sampleReviewIcps(daysFromNow),
  ];
}
