import type { ExportItem } from '../../shared/export/export-item';
import { changesSinceReview } from '../../shared/history/version-summaries';
import type { Icp } from '../../shared/icp-schema';
import type { ChecksService } from '../checks/checks-service';
import type { ExportChecks } from '../checks/worker-messages';
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

/** ICPs per message to the checks worker. */
const CHECKS_BATCH = 500;

/**
 * Overlap findings an export lists per ICP (duplicates first); the rest are counted ("N more
 * overlapping ICPs"). The detail lists 20, but an export of 10,000 ICPs listing 20 each carried
 * some 70,000 findings (11 M characters) from the worker to main and into the file: seconds of
 * work, and a report nobody reads that far into. Five say which ICPs compete; the count says how many.
 */
export const EXPORT_OVERLAPS_LISTED = 5;

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
      item.findings = checked.findings;
      if (checked.moreOverlaps > 0) item.moreOverlaps = checked.moreOverlaps;
    }
    const since = history?.ok ? history.data.get(icp.id) : undefined;
    if (since) item.changesSinceReview = linesOf(since);
    return item;
  });
}

/**
 * The findings of each id, in order; null when there is no list to check or the worker failed.
 * Asked a batch at a time: one message for 10,000 ICPs would make main read a reply of tens of
 * megabytes in one go, holding its event loop for seconds; a batch reads in a fraction of that.
 */
async function checksOf(session: Session, ids: readonly string[], checks: ChecksService): Promise<ExportChecks[] | null> {
  const list = await session.icps.reviewList();
  if (list === null) return null;
  const found: ExportChecks[] = [];
  for (let start = 0; start < ids.length; start += CHECKS_BATCH) {
    const answer = await checks.ask<ExportChecks[]>(list, {
      kind: 'icps',
      ids: ids.slice(start, start + CHECKS_BATCH),
      overlapsListed: EXPORT_OVERLAPS_LISTED,
    });
    if (!answer.ok) return null;
    found.push(...answer.data);
  }
  return found;
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
