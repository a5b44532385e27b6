import type { ReactNode } from 'react';
import { formatNumber } from '../../../../shared/format/numbers';
import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import type { HeaderModel } from './header-model';
import './detail.css';

function When({ iso, now }: { iso: string; now: number }) {
  return (
    <time dateTime={iso} title={exactTime(iso)}>
      {relativeTime(iso, new Date(now))}
    </time>
  );
}

/** `anchor`: the ICP field it shows, as the Checks section points to it (check-path.ts). */
function Fact({ label, children, wide = false, anchor }: { label: string; children: ReactNode; wide?: boolean; anchor?: string }) {
  return (
    <div className={wide ? 'fact fact-wide' : 'fact'} data-check-path={anchor}>
      <dt className="fact-label">{label}</dt>
      <dd className="fact-value">{children}</dd>
    </div>
  );
}

/** Leads per list, users, and the ICP's dates (relative, exact on hover). */
export function DetailFacts({ model, now }: { model: HeaderModel; now: number }) {
  return (
    <dl className="facts">
      <Fact label="Leads per list" anchor="leadsPerList">
        {formatNumber(model.leadsPerList)}
      </Fact>
      <Fact label="Active until" anchor="activeUntil">
        {model.activeUntil ? exactTime(model.activeUntil) : 'No end date'}
      </Fact>
      <Fact label="Created">{model.createdAt === null ? <span className="empty-value">…</span> : <When iso={model.createdAt} now={now} />}</Fact>
      <Fact label="Last updated">
        <When iso={model.updatedAt} now={now} />
      </Fact>
      <Fact label={model.userCount === 1 ? 'User' : `Users (${formatNumber(model.userCount)})`} wide anchor="userIds">
        {model.userIds === null ? (
          `${formatNumber(model.userCount)} ${model.userCount === 1 ? 'user' : 'users'}`
        ) : model.userIds.length === 0 ? (
          <span className="empty-value">Nobody</span>
        ) : (
          <ul className="chips" aria-label="User IDs">
            {model.userIds.map((userId, index) => (
              <li className="chip chip-mono" key={`${userId}-${index}`}>
                {userId}
              </li>
            ))}
          </ul>
        )}
      </Fact>
    </dl>
  );
}
