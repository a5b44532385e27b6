import type { PathSegment } from '../compare/diff-icps';
import { fieldLabel } from './field-label';
import { RULES, type Finding, type RuleId } from './finding';

/** A finding with its rule's severity and its field's label filled in. */
export function makeFinding(rule: RuleId, message: string, path: readonly PathSegment[], otherIcpId?: string): Finding {
  const finding: Finding = { rule, severity: RULES[rule].severity, message, path: [...path], field: fieldLabel(path) };
  if (otherIcpId !== undefined) finding.otherIcpId = otherIcpId;
  return finding;
}

/** “CTO”, “VP Engineering” and “cto”: values quoted as the detail shows them. */
export function quoteList(values: readonly string[]): string {
  const quoted = values.map((value) => `\u201c${value}\u201d`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
