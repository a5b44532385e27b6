import { lettersPhrase } from '../compare/compare-labels';
import type { PathSegment } from '../compare/diff-icps';
import { fieldLabel } from './field-label';
import { RULES, type Finding, type RuleId } from './finding';

/** A finding with its rule's severity and its field's label filled in. */
export function makeFinding(rule: RuleId, message: string, path: readonly PathSegment[], otherIcpId?: string): Finding {
  const finding: Finding = { rule, severity: RULES[rule].severity, message, path: [...path], field: fieldLabel(path) };
  if (otherIcpId !== undefined) finding.otherIcpId = otherIcpId;
  return finding;
}

/** “CTO”, “VP Engineering” and “cto”: values quoted, joined as Compare joins its column letters. */
export function quoteList(values: readonly string[]): string {
  return lettersPhrase(values.map((value) => `\u201c${value}\u201d`));
}
