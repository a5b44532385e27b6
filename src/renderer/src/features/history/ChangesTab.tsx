import { useEffect, useMemo, useRef } from 'react';
import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import type { HistorySource, IcpVersion, IcpVersions } from '../../../../shared/history/history-schema';
import { versionSummaries } from '../../../../shared/history/version-summaries';
import { useAppStore } from '../../store/app-store';
import { exportVersion, openVersion } from '../../store/history-actions';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Skeleton } from '../../ui/Skeleton';
import { VersionDiff } from './VersionDiff';
import './history.css';

const SOURCE_WORDS: Record<HistorySource, string> = { list: 'in the list', detail: 'when opened', sync: 'when saved for offline use' };

function SeenAt({ version }: { version: IcpVersion }) {
  const now = useAppStore((state) => state.ui.now);
  return (
    <span className="version-seen" title={exactTime(version.seenAt)}>
      Seen {relativeTime(version.seenAt, new Date(now))} {SOURCE_WORDS[version.source]}
    </span>
  );
}

/** The versions kept of the open ICP, newest first; each opens its field-level diff. */
function VersionList({ id, data, focusSeq }: { id: string; data: IcpVersions; focusSeq: number | null }) {
  const rows = useMemo(() => versionSummaries(data.versions), [data.versions]);
  const list = useRef<HTMLOListElement>(null);
  // Back from a version: focus returns to the version it showed.
  useEffect(() => {
    if (focusSeq !== null) list.current?.querySelector<HTMLElement>(`[data-seq="${focusSeq}"]`)?.focus();
  }, [focusSeq]);
  const newest = data.status?.newestSeq;
  const reviewed = data.status?.reviewedSeq ?? null;
  return (
    <ol className="version-list" ref={list} aria-label={`Versions of this ICP kept on this computer`} data-icp={id}>
      {rows.map(({ version, summary }) => (
        <li key={version.seq}>
          <button type="button" className="version-item" data-seq={version.seq} onClick={() => openVersion(version.seq)}>
            <span className="version-item-head">
              <span className="version-item-title">Version {version.seq}</span>
              {version.seq === newest ? <Badge tone="gray">Current</Badge> : null}
              {version.seq === reviewed ? <Badge tone="green">Reviewed</Badge> : null}
              <SeenAt version={version} />
            </span>
            <span className="version-item-summary">{summary}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/** One version: against the one before it and against the reviewed one, and its export. */
function VersionView({ data, seq }: { data: IcpVersions; seq: number }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [seq]);
  const index = data.versions.findIndex((version) => version.seq === seq);
  const version = data.versions[index];
  if (!version) return <p className="changes-empty">This version is no longer kept on this computer.</p>;
  const previous = data.versions[index + 1] ?? null;
  const reviewedSeq = data.status?.reviewedSeq ?? null;
  const reviewed =
    reviewedSeq !== null && reviewedSeq !== seq && reviewedSeq !== previous?.seq ? data.versions.find((kept) => kept.seq === reviewedSeq) : undefined;
  const [olderReviewed, newerReviewed] = reviewed && reviewed.seq < seq ? [reviewed, version] : [version, reviewed];
  return (
    <div className="version-view">
      <div className="version-view-bar">
        <Button size="sm" variant="ghost" icon="chevronLeft" onClick={() => openVersion(null)}>
          All versions
        </Button>
        <h2 className="version-view-title" tabIndex={-1} ref={heading}>
          Version {version.seq}
        </h2>
        <SeenAt version={version} />
        <span className="version-view-spacer" />
        <Button size="sm" variant="secondary" icon="download" onClick={() => void exportVersion(version.icp.id, version.seq)}>
          Export this version as JSON
        </Button>
      </div>
      {previous ? (
        <VersionDiff title={`Changes from version ${previous.seq}`} older={previous} newer={version} roles={['previous', 'this one']} />
      ) : (
        <p className="changes-empty">The first version kept on this computer: there is nothing earlier to compare it with.</p>
      )}
      {reviewed && olderReviewed && newerReviewed ? (
        <VersionDiff
          title={`Against the reviewed version ${reviewed.seq}`}
          older={olderReviewed}
          newer={newerReviewed}
          roles={olderReviewed === reviewed ? ['reviewed', 'this one'] : ['this one', 'reviewed']}
        />
      ) : null}
    </div>
  );
}

/** The detail's Changes tab: every version main kept of this ICP, and what changed in each. */
export function ChangesTab({ id }: { id: string }) {
  const entry = useAppStore((state) => state.history.versions);
  const openSeq = useAppStore((state) => state.history.openSeq);
  const focusSeq = useAppStore((state) => state.history.closedSeq);

  const data = entry?.id === id ? entry.data : null;
  if (!data) {
    if (entry?.id === id && entry.error) return <p className="changes-empty">{entry.error.message}</p>;
    return (
      <div className="changes-loading" aria-busy="true" aria-label="Loading versions">
        <Skeleton width="60%" height={14} />
        <Skeleton width="85%" height={12} />
        <Skeleton width="50%" height={14} />
      </div>
    );
  }
  if (data.versions.length === 0) {
    return <p className="changes-empty">No versions of this ICP are kept yet. They are kept from the first time the list or the ICP is loaded.</p>;
  }
  return openSeq === null ? <VersionList id={id} data={data} focusSeq={focusSeq} /> : <VersionView data={data} seq={openSeq} />;
}
