import type { CheckSummaries, CoverageView, IcpChecks, PairsPage, ReviewOverview } from '../../shared/checks/checks-contract';
import { ok, type Result } from '../../shared/result';
import type { ChecksService, ReviewList } from '../checks/checks-service';
import type { ReviewQuery } from '../checks/worker-messages';
import type { SessionManager } from '../session/session-manager';
import type { Handlers } from './handlers';

type ChecksChannel = 'checks:summaries' | 'checks:icp' | 'checks:overview' | 'checks:pairs' | 'checks:coverage' | 'checks:ids';

/*
 * The checks:* channels: each asks the checks worker about the list main holds now (cached or
 * fresh, so this works offline). Before there is a list, the answers are empty.
 */
export function checksHandlers(deps: { sessions: SessionManager; checks: ChecksService }): Pick<Handlers, ChecksChannel> {
  const ask = async <T>(query: ReviewQuery, empty: T): Promise<Result<T>> => {
    const current = await deps.sessions.current();
    if (!current.ok) return current;
    const list: ReviewList | null = await current.data.icps.reviewList();
    return list === null ? ok(empty) : deps.checks.ask<T>(list, query);
  };

  return {
    'checks:summaries': () => ask<CheckSummaries>({ kind: 'summaries' }, { fetchedAt: null, ids: [], problems: [], warnings: [], notes: [], overlaps: [] }),
    'checks:icp': async ({ id }) => {
      const empty: IcpChecks = { findings: [], moreOverlaps: 0, reviewed: false };
      const listed = await ask<IcpChecks>({ kind: 'icp', id }, empty);
      if (!listed.ok || listed.data.reviewed) return listed;
      // Not in the list (an admin opened it by a link, or it came after the list): its saved copy, checked on its own.
      const current = await deps.sessions.current();
      const copy = current.ok ? await current.data.icps.copiesOf([id]) : null;
      return copy?.ok ? ask<IcpChecks>({ kind: 'icp', id, copy: copy.data[0]! }, empty) : listed;
    },
    'checks:overview': () =>
      ask<ReviewOverview>({ kind: 'overview' }, { fetchedAt: null, icpCount: 0, rules: [], pairCount: 0, duplicateCount: 0, dimensions: [] }),
    'checks:pairs': ({ offset, limit }) => ask<PairsPage>({ kind: 'pairs', offset, limit }, { total: 0, offset, pairs: [] }),
    'checks:coverage': ({ dimension }) =>
      ask<CoverageView>({ kind: 'coverage', dimension }, { dimension, label: dimension, rows: [], unconstrained: 0, activeCount: 0 }),
    'checks:ids': ({ selection }) => ask<string[]>({ kind: 'ids', selection }, []),
  };
}
