import { memo, useMemo, type MouseEvent } from 'react';
import type { IcpSummary } from '../../../../shared/ipc-contract';
import { formatNumber } from '../../../../shared/format/numbers';
import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import { containBidi } from '../../../../shared/unicode/hidden-characters';
import { Icon } from '../../ui/Icon';
import { HiddenCharactersMark, IsolatedText } from '../../ui/IsolatedText';
import { criteriaSummary } from '../../../../shared/format/criteria-summary';
import { ExpiryBadge } from './ExpiryBadge';
import { RefusedBadge } from './RefusedBadge';
import { termsFoundElsewhere } from '../../list-query/highlight-segments';
import { Highlighted } from './Highlighted';
import type { ReviewMark } from '../../list-query/review-filter';
import { ReviewBadge } from '../history/ReviewBadge';
import { CheckBadge } from '../checks/CheckBadge';
import './icp-row.css';

interface RowState {
  open: boolean;
  checked: boolean;
  cursor: boolean;
  /** Some rows are checked: every row shows its checkbox. */
  checking: boolean;
}

interface IcpRowProps extends RowState {
  icp: IcpSummary;
  /** The search, whose matches in the name and description are marked. */
  query: string;
  now: number;
  /** New or Changed since the last review (the local history); null when reviewed. */
  review: ReviewMark | null;
  top: number;
  onClick: (id: string, event: MouseEvent) => void;
}

export const rowDomId = (id: string) => `icp-row-${id}`;

/**
 * One ICP in the list: name, description, expiry, and a line of facts. Its accessible name is
 * its whole text, in reading order (WCAG 2.5.3: the visible label is part of the name), with
 * words for the icon-only facts.
 */
export const IcpRow = memo(function IcpRow({ icp, query, now, review, top, open, checked, cursor, checking, onClick }: IcpRowProps) {
  const id = rowDomId(icp.id);
  const selected = checking ? checked : open;
  const mainType = icp.criteria[0]?.type === 'company' ? 'company' : 'person';
  const search = criteriaSummary(icp.criteria);
  const elsewhere = useMemo(() => termsFoundElsewhere(query, [icp.name, icp.description ?? '']), [query, icp.name, icp.description]);
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      className="icp-row"
      data-open={open || undefined}
      data-checked={checked || undefined}
      data-cursor={cursor || undefined}
      data-checking={checking || undefined}
      style={{ transform: `translateY(${top}px)` }}
      onMouseDown={(event) => event.shiftKey && event.preventDefault()}
      onClick={(event) => onClick(icp.id, event)}
    >
      <span className="icp-row-check" aria-hidden="true">
        {checked ? <Icon name="check" size={12} /> : null}
      </span>
      <div className="icp-row-body">
        <div className="icp-row-top">
          <span className="icp-row-title">
            <IsolatedText className="icp-row-name" text={icp.name} title={containBidi(icp.name)}>
              <Highlighted text={containBidi(icp.name)} query={query} />
            </IsolatedText>
            <HiddenCharactersMark text={icp.name} compact />
          </span>
          <span className="icp-row-badges">
            {review ? <ReviewBadge mark={review} /> : null}
            {icp.refused !== null ? <RefusedBadge status={icp.refused} /> : null}
            <ExpiryBadge activeUntil={icp.activeUntil} now={now} />
          </span>
        </div>
        <p className={icp.description ? 'icp-row-desc' : 'icp-row-desc icp-row-desc-empty'}>
          {icp.description ? (
            <IsolatedText text={icp.description}>
              <Highlighted text={containBidi(icp.description)} query={query} />
            </IsolatedText>
          ) : (
            'No description'
          )}
        </p>
        <div className="icp-row-meta">
          {elsewhere.length > 0 ? (
            <span className="icp-row-search icp-row-elsewhere" title="Found in this ICP's lead provider filters, custom filters, CRM filters or user IDs">
              <Icon name="search" size={12} />
              <span className="icp-row-elsewhere-text">{elsewhere.map((term) => `“${term}”`).join(' ')} in its filters</span>
            </span>
          ) : (
            <span className="icp-row-search" title={`Lead provider and search: ${search}`}>
              <Icon name={mainType} size={12} />
              {search}
            </span>
          )}
          <RowFacts icp={icp} now={now} />
        </div>
      </div>
    </div>
  );
});

/** The facts line; its own memo, so a keystroke (which changes only the highlight) skips it. */
const RowFacts = memo(function RowFacts({ icp, now }: { icp: IcpSummary; now: number }) {
  const users = `${formatNumber(icp.userCount)} ${icp.userCount === 1 ? 'user' : 'users'}`;
  return (
    <span className="icp-row-facts">
      <span className="icp-row-fact" title={`${formatNumber(icp.leadsPerList)} leads per list`}>
        <Icon name="list" size={12} />
        {formatNumber(icp.leadsPerList)}
        <span className="visually-hidden"> leads per list,</span>
      </span>
      <span className="icp-row-fact" title={users}>
        <Icon name="users" size={12} />
        {formatNumber(icp.userCount)}
        <span className="visually-hidden"> {icp.userCount === 1 ? 'user' : 'users'},</span>
      </span>
      <span className="icp-row-fact" title={`Last updated ${exactTime(icp.updatedAt)}`}>
        <span className="visually-hidden">Updated </span>
        {relativeTime(icp.updatedAt, new Date(now))}
      </span>
      <CheckBadge counts={icp.checks} />
      {icp.offline ? (
        <span className="icp-row-offline" role="img" aria-label="Available offline" title="Available offline">
          <Icon name="offlineReady" size={13} />
        </span>
      ) : null}
    </span>
  );
});
