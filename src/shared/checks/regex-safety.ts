import { analyse } from 'scslre';

/*
 * Judges a matchFieldWithRegex pattern without ever running it against data: compiling it says
 * whether it is valid, and scslre (the analyser behind eslint-plugin-regexp) says whether some
 * input makes it backtrack exponentially. Polynomial backtracking is not reported: on the short
 * values a lead's field holds (a title, an email) it costs nothing noticeable, and nearly every
 * unanchored pattern has it. scslre finds backtracking that a single repeated character causes,
 * which covers the nested-quantifier patterns ("(a+)+", "(\w+\s?)*") seen in practice; it can
 * miss some alternations whose branches match the same text ("(a|a)*").
 *
 * The platform's regex flavour and flags are not documented; JavaScript without flags is assumed.
 */

export type RegexVerdict =
  | { kind: 'safe' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'catastrophic'; example: string }
  /** Too long to analyse in the time checks may take. */
  | { kind: 'unchecked' };

const MAX_ANALYSED_LENGTH = 2_000;
const verdicts = new Map<string, RegexVerdict>();
const CACHE_LIMIT = 5_000;

/** One verdict per distinct pattern for the life of the process: the same rules recur across ICPs. */
export function judgeRegex(source: string): RegexVerdict {
  let verdict = verdicts.get(source);
  if (verdict === undefined) {
    verdict = judge(source);
    if (verdicts.size < CACHE_LIMIT) verdicts.set(source, verdict);
  }
  return verdict;
}

function judge(source: string): RegexVerdict {
  try {
    new RegExp(source);
  } catch (error) {
    return { kind: 'invalid', reason: reasonOf(error, source) };
  }
  if (source.length > MAX_ANALYSED_LENGTH) return { kind: 'unchecked' };
  try {
    const { reports } = analyse({ source, flags: '' }, { reportTypes: { Move: false } });
    const exponential = reports.find((report) => report.exponential);
    if (exponential === undefined) return { kind: 'safe' };
    return { kind: 'catastrophic', example: exponential.character.pick };
  } catch {
    // The analyser rejects a few patterns V8 accepts (Annex B syntax); no verdict then.
    return { kind: 'unchecked' };
  }
}

/** "Invalid regular expression: /(/: Unterminated group" -> "Unterminated group". */
function reasonOf(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = `Invalid regular expression: /${source}/: `;
  if (message.startsWith(prefix)) return message.slice(prefix.length);
  const parts = message.split(': ');
  return parts[parts.length - 1] ?? message;
}
