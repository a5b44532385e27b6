import { expiryLabel, expiryOf } from '../format/expiry';
import { formatNumber } from '../format/numbers';
import type { Icp } from '../icp-schema';
import { checkCrmFilters } from './crm-rules';
import { checkCriteria } from './criterion-rules';
import { checkCustomFilters } from './custom-filter-rules';
import { SEVERITIES, type Finding } from './finding';
import { makeFinding, quoteList } from './make-finding';

/*
 * Every rule on one ICP (overlaps, which need the whole workspace, come from overlap-findings).
 * Pure: time comes in as `now`, and nothing here throws for any ICP the schema accepts.
 */

/** The expiry rule's window, shorter than the list's 30-day "expiring" chip: time to act. */
const EXPIRING_SOON_DAYS = 14;

export function checkIcp(icp: Icp, options: { now: Date }): Finding[] {
  const findings = [...checkCriteria(icp), ...checkCustomFilters(icp), ...checkCrmFilters(icp), ...checkFields(icp, options.now)];
  return sortFindings(findings);
}

function checkFields(icp: Icp, now: Date): Finding[] {
  const findings: Finding[] = [];
  if (icp.leadsPerList < 1) {
    findings.push(makeFinding('leads-per-list-below-one', `Leads per list is ${formatNumber(icp.leadsPerList)}: it must be at least 1.`, ['leadsPerList']));
  }
  const expiry = expiresSoonOrEnded(icp.activeUntil, now) ? expiryOf(icp.activeUntil, now) : null;
  if (expiry?.state === 'expired') {
    findings.push(makeFinding('expired', `${expiryLabel(expiry)}: this ICP is no longer active.`, ['activeUntil']));
  } else if (expiry?.state === 'expiring' && expiry.days <= EXPIRING_SOON_DAYS) {
    findings.push(makeFinding('expiring', `${expiryLabel(expiry)}: extend it, or let it end on purpose.`, ['activeUntil']));
  }
  if (icp.userIds.length === 0) {
    findings.push(makeFinding('no-users', 'No users have access: only an admin can open this ICP.', ['userIds']));
  } else {
    // User ids are compared exactly: two spellings of an id are two users.
    const repeated = exactRepeats(icp.userIds);
    if (repeated.length > 0) findings.push(makeFinding('value-repeated', `Users lists ${quoteList(repeated)} more than once.`, ['userIds']));
  }
  return findings;
}

const DAY_MS = 86_400_000;

/**
 * Most ICPs end far off or never: a plain timestamp comparison spares them expiryOf's calendar
 * arithmetic (a calendar day is within a day of 24 hours, so two days of margin keep it exact).
 */
function expiresSoonOrEnded(activeUntil: string | null, now: Date): boolean {
  if (activeUntil === null) return false;
  const until = Date.parse(activeUntil);
  return Number.isNaN(until) || until <= now.getTime() + (EXPIRING_SOON_DAYS + 2) * DAY_MS;
}

function exactRepeats(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

const RANK = new Map(SEVERITIES.map((severity, rank) => [severity, rank]));

/** Problems first, then warnings, then notes; in ICP order within each. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK.get(a.severity)! - RANK.get(b.severity)!);
}
