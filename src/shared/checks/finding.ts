import type { PathSegment } from '../compare/diff-icps';

/*
 * What a check says about an ICP. Severities, from the reviewer's side:
 * - problem: the ICP cannot work as written (nothing to search, a regex that does not compile,
 *   a value the platform cannot use, a value both included and excluded);
 * - warning: it works but is risky or ambiguous (overlaps, a regex open to catastrophic
 *   backtracking, two values for a single-valued filter, expiring soon);
 * - note: worth knowing, nothing to fix (expired, repeated values, parts ICP Desk cannot check).
 */

export type Severity = 'problem' | 'warning' | 'note';

export const SEVERITIES: readonly Severity[] = ['problem', 'warning', 'note'];

/** Every rule, with its severity and the title the Review view groups findings under. */
export const RULES = {
  'no-criteria': { severity: 'problem', title: 'No lead provider criteria' },
  'empty-filters': { severity: 'problem', title: 'Search with empty filters' },
  'empty-filter-value': { severity: 'warning', title: 'Empty filter value' },
  'regex-invalid': { severity: 'problem', title: 'Regex does not compile' },
  'regex-backtracking': { severity: 'warning', title: 'Regex open to catastrophic backtracking' },
  'prompt-empty': { severity: 'problem', title: 'Empty prompt' },
  'search-strings-conflict': { severity: 'problem', title: 'Search string both included and excluded' },
  'max-people-below-one': { severity: 'problem', title: 'Max people per company below 1' },
  'max-percent-out-of-range': { severity: 'problem', title: 'Max percent from CRM outside 0–100%' },
  'min-days-negative': { severity: 'problem', title: 'Negative min days until reuse' },
  'leads-per-list-below-one': { severity: 'problem', title: 'Leads per list below 1' },
  'range-inverted': { severity: 'problem', title: 'Range whose minimum is above its maximum' },
  'crm-percent-without-crm': { severity: 'warning', title: 'Max percent from CRM without CRM filters' },
  'custom-filter-repeated': { severity: 'warning', title: 'Single-valued custom filter set twice' },
  'include-exclude-conflict': { severity: 'problem', title: 'Value both included and excluded' },
  'value-repeated': { severity: 'note', title: 'Value repeated in a list' },
  expired: { severity: 'note', title: 'Expired' },
  expiring: { severity: 'warning', title: 'Expiring within 14 days' },
  'no-users': { severity: 'warning', title: 'No users' },
  'unknown-provider': { severity: 'note', title: 'Unknown provider (not checked)' },
  'unknown-search-type': { severity: 'note', title: 'Unknown search type (not checked)' },
  'unknown-custom-filter': { severity: 'note', title: 'Unknown custom filter type (not checked)' },
  'unreadable-filter': { severity: 'note', title: 'Filter of a shape ICP Desk cannot read (not checked)' },
  overlap: { severity: 'warning', title: 'Overlaps another ICP' },
  duplicate: { severity: 'warning', title: 'Duplicate of another ICP' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Plain language, in the detail view's labels and formats. */
  message: string;
  /**
   * Where in the ICP, as Compare addresses it (src/shared/compare: custom filters by type and
   * occurrence, everything else by key and index), so the detail, a report and Compare can all
   * locate it with valueAt().
   */
  path: PathSegment[];
  /** The field the path points to, in the detail's words ("Search 1 › Location › Country"). */
  field: string;
  /** Overlap and duplicate findings: the other ICP. */
  otherIcpId?: string;
}
