import type { IcpChecks } from '../../shared/checks/checks-contract';
import type { ExportItem, Finding } from '../../shared/export/export-item';
import { changesSinceReview } from '../../shared/history/version-summaries';
import type { Icp } from '../../shared/icp-schema';
import type { Result } from '../../shared/result';
import type { ChecksService } from '../checks/checks-service';
import type { SinceReview } from '../history/history-store';
import type { Session } from '../session/session-manager';

/*
 * What an export says about each ICP besides the ICP itself: the targeting checks' findings (as
 * the detail's Checks section lists them) and the changes since review (the Changes tab's lines).
 * Both come from what main holds (the checks worker over the cached list, the local history), so
 * they work offline. Either may be missing, or slow (the worker still reviewing a fresh list of
 * 10,000, the history busy recording a refresh): an export then goes without it after a bounded
 * wait, never fails for it.
 */

/** How long an export waits for the checks and the history before it goes without them. */
const EXTRAS_WAIT_MS = 20_000;

/** Said for an ICP that changed since review while none of its newer versions is kept any more. */
const CHANGES_NOT_KEPT = 'Changed since review (its versions are no longer kept on this computer)';

interface ExtrasDeps {
  checks: ChecksService;
  waitMs?: number;
}

export async function exportItems(session: Session, icps: readonly Icp[], deps: ExtrasDeps): Promise<ExportItem[]> {
  const ids = icps.map((icp) => icp.id);
  const waitMs = deps.waitMs ?? EXTRAS_WAIT_MS;
  const [checks, history] = await Promise.all([within(waitMs, checksOf(session, ids, deps.checks)), within(waitMs, session.history.sinceReview(ids))]);
  return icps.map((icp, index) => {
    const item: ExportItem = { icp };
    const checked = checks?.[index];
    if (checked?.reviewed) {
      item.findings = checked.findings.map(({ severity, message, field }): Finding => ({ severity, message, field }));
      if (checked.moreOverlaps > 0) item.moreOverlaps = checked.moreOverlaps;
    }
    const since = history?.ok ? history.data.get(icp.id) : undefined;
    if (since) item.changesSinceReview = linesOf(since);
    return item;
  });
}

/** The findings of each id, in order, in one message to the worker; null when there is no list to check. */
async function checksOf(session: Session, ids: readonly string[], checks: ChecksService): Promise<IcpChecks[] | null> {
  const list = await session.icps.reviewList();
  if (list === null) return null;
  const answer: Result<IcpChecks[]> = await checks.ask<IcpChecks[]>(list, { kind: 'icps', ids });
  return answer.ok ? answer.data : null;
}

function linesOf(since: SinceReview): string[] {
  if (since.newestSeq <= since.reviewedSeq) return [];
  const lines = changesSinceReview(since.versions, since.reviewedSeq);
  return lines.length > 0 ? lines : [CHANGES_NOT_KEPT];
}

/** The answer, or null when it takes longer than `ms` (the work goes on; its answer is dropped). */
async function within<T>(ms: number, work: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
