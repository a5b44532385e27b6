import type { Icp } from '../../../../shared/icp-schema';
import type { FindingView } from '../../../../shared/checks/checks-contract';
import { useAppStore } from '../../store/app-store';
import { compareAB, openReview } from '../../store/checks-actions';
import { openIcp } from '../../store/detail-actions';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Section } from '../icp-detail/Section';
import { jumpToField } from './jump-to-field';
import { SEVERITY_VIEW } from './severity';
import './checks.css';

function FindingItem({ icp, finding }: { icp: Icp; finding: FindingView }) {
  const view = SEVERITY_VIEW[finding.severity];
  const other = finding.otherIcpId;
  return (
    <li className={`finding finding-${finding.severity}`} data-rule={finding.rule}>
      <span className="finding-icon" aria-hidden="true">
        <Icon name={view.icon} size={14} />
      </span>
      <div className="finding-body">
        <button type="button" className="finding-jump" onClick={() => jumpToField(finding.path)} title="Show this field">
          <span className="visually-hidden">{view.label}: </span>
          <span className="finding-message">{finding.message}</span>
          <span className="finding-field">{finding.field}</span>
        </button>
        {other !== undefined ? (
          <div className="finding-actions">
            <Button variant="ghost" size="sm" icon="diff" onClick={() => compareAB(icp.id, other)}>
              Compare both
            </Button>
            <Button variant="ghost" size="sm" icon="chevronRight" onClick={() => void openIcp(other)}>
              Open the other ICP
            </Button>
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** The top of the detail: what ICP Desk's checks say about this ICP, each finding leading to its field. */
export function ChecksSection({ icp }: { icp: Icp }) {
  const entry = useAppStore((state) => (state.checks.icp?.id === icp.id ? state.checks.icp : null));
  const checks = entry?.checks ?? null;
  const count = checks ? checks.findings.length + checks.moreOverlaps : undefined;
  // Overlaps are found in the list, so an ICP outside it (an admin's, opened by a link) is checked on its own.
  const unlisted =
    checks?.reviewed === false ? (
      <p className="findings-more checks-unlisted">This ICP is not in your list as last loaded, so it was not compared with other ICPs for overlaps.</p>
    ) : null;
  return (
    <div className="detail-checks">
      <Section title="Checks" count={count}>
        {entry?.error ? (
          <p className="section-empty">{entry.error.message}</p>
        ) : checks === null ? (
          <p className="section-empty" aria-busy="true">
            Checking…
          </p>
        ) : checks.findings.length === 0 ? (
          <>
            {unlisted}
            <p className="checks-clear">
              <Icon name="checkCircle" size={14} /> Nothing to fix: every check passed.
            </p>
          </>
        ) : (
          <>
            {unlisted}
            <ul className="findings" aria-label="Findings">
              {checks.findings.map((finding, index) => (
                <FindingItem icp={icp} finding={finding} key={index} />
              ))}
            </ul>
            {checks.moreOverlaps > 0 ? (
              <p className="findings-more">
                It overlaps {checks.moreOverlaps} more {checks.moreOverlaps === 1 ? 'ICP' : 'ICPs'}.{' '}
                <button type="button" className="link-button" onClick={openReview}>
                  See them all in Review
                </button>
              </p>
            ) : null}
          </>
        )}
      </Section>
    </div>
  );
}
