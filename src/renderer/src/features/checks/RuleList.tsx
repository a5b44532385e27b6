import type { ReviewOverview } from '../../../../shared/checks/checks-contract';
import { formatNumber } from '../../../../shared/format/numbers';
import { focusSelection } from '../../store/checks-actions';
import { Icon } from '../../ui/Icon';
import { SEVERITY_VIEW } from './severity';

/** Findings grouped by rule, problems first; each count filters the list to the ICPs concerned. */
export function RuleList({ overview }: { overview: ReviewOverview }) {
  const rules = [...overview.rules].sort((a, b) => rank(a.severity) - rank(b.severity));
  return (
    <section className="review-section" aria-labelledby="review-rules">
      <h2 id="review-rules" className="review-section-title">
        Findings by rule
      </h2>
      {rules.length === 0 ? (
        <p className="section-empty">No findings: every ICP passed every check.</p>
      ) : (
        <ul className="rule-list" aria-label="Rules">
          {rules.map((rule) => {
            const view = SEVERITY_VIEW[rule.severity];
            const icps = `${formatNumber(rule.icpCount)} ${rule.icpCount === 1 ? 'ICP' : 'ICPs'}`;
            return (
              <li key={rule.rule} className={`rule-item finding-${rule.severity}`} data-rule={rule.rule}>
                <span className="finding-icon" aria-hidden="true">
                  <Icon name={view.icon} size={14} />
                </span>
                <span className="rule-title">
                  <span className="visually-hidden">{view.label}: </span>
                  {rule.title}
                </span>
                <button
                  type="button"
                  className="count-button"
                  title={`Show the ${icps} in the list`}
                  onClick={() => void focusSelection({ kind: 'rule', rule: rule.rule }, rule.title)}
                >
                  {icps}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const rank = (severity: keyof typeof SEVERITY_VIEW) => Object.keys(SEVERITY_VIEW).indexOf(severity);
