import { useMemo } from 'react';
import { buildCompareView, countDifferences, onlyDifferences } from '../../../../shared/compare/compare-view';
import { COLUMN_LETTERS } from '../../../../shared/compare/compare-labels';
import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import type { IcpVersion } from '../../../../shared/history/history-schema';
import { useAppStore } from '../../store/app-store';
import { IsolatedText } from '../../ui/IsolatedText';
import { CompareColumnTitle } from '../compare/CompareColumnHeader';
import { CompareTable } from '../compare/CompareTable';
import './history.css';

/** A version as a column head: its letter (the chips' "only in B" names it), number, role and when it was seen. */
function VersionHead({ letter, version, role, showName }: { letter: string; version: IcpVersion; role: string; showName: boolean }) {
  const now = useAppStore((state) => state.ui.now);
  return (
    <div className="compare-column-head">
      <CompareColumnTitle letter={letter}>
        <span className="compare-column-name">
          Version {version.seq} <span className="version-head-role">({role})</span>
        </span>
      </CompareColumnTitle>
      {showName ? <IsolatedText className="version-head-name" text={version.icp.name} /> : null}
      <span className="compare-source" title={exactTime(version.seenAt)}>
        Seen {relativeTime(version.seenAt, new Date(now))}
      </span>
    </div>
  );
}

/**
 * Two versions of one ICP, older first, field by field: Compare's own view model and table (the
 * same diff, labels and formatting), showing only the rows that differ.
 */
export function VersionDiff({ title, older, newer, roles }: { title: string; older: IcpVersion; newer: IcpVersion; roles: [string, string] }) {
  // "Last updated" moves with every save: a version is a change of content, so the diff leaves it
  // out (as the one-line summary does) by giving the older copy the newer one's time.
  const sections = useMemo(() => buildCompareView([{ ...older.icp, updatedAt: newer.icp.updatedAt }, newer.icp]), [older, newer]);
  const differing = onlyDifferences(sections).filter((section) => section.rows.length > 0);
  // Compare leaves the name out of its rows (its column heads name each ICP): here the heads name it when it changed.
  const renamed = older.icp.name !== newer.icp.name;
  const count = countDifferences(sections) + (renamed ? 1 : 0);
  const columns = [older, newer].map((version) => {
    const detail = { icp: version.icp, source: 'cache' as const, fetchedAt: version.seenAt };
    return { detail, entry: { detail, loading: false, error: null } };
  });
  return (
    <section className="version-diff" aria-label={title}>
      <h3 className="version-diff-title">
        {title}
        <span className={count > 0 ? 'count-pill has-differences' : 'count-pill'}>
          {count === 0 ? 'No differences' : count === 1 ? '1 difference' : `${count} differences`}
        </span>
      </h3>
      {count === 0 ? (
        <p className="version-diff-none">No field differs between these versions.</p>
      ) : (
        <CompareTable
          sections={differing}
          columns={columns}
          onlyDifferences
          label={title}
          heads={[
            <VersionHead key="a" letter={COLUMN_LETTERS[0]} version={older} role={roles[0]} showName={renamed} />,
            <VersionHead key="b" letter={COLUMN_LETTERS[1]} version={newer} role={roles[1]} showName={renamed} />,
          ]}
        />
      )}
    </section>
  );
}
