import { useAppStore } from '../../store/app-store';
import { closeReview } from '../../store/checks-actions';
import { Button } from '../../ui/Button';
import { exactTime } from '../../../../shared/format/relative-time';
import { formatNumber } from '../../../../shared/format/numbers';
import { CoverageTable } from './CoverageTable';
import { PairList } from './PairList';
import { RuleList } from './RuleList';
import './checks.css';

/**
 * The workspace review, in place of the detail pane so the list beside it shows what each count
 * stands for: findings grouped by rule, the overlapping pairs, and the coverage map.
 */
export function ReviewPane() {
  const { overview, loading, error } = useAppStore((state) => state.checks);
  return (
    <section className="review-pane" aria-labelledby="review-title" aria-busy={loading}>
      <header className="review-header">
        <div>
          <h1 id="review-title" className="review-title">
            Review
          </h1>
          <p className="review-subtitle">
            {overview
              ? `${formatNumber(overview.icpCount)} ICPs checked${overview.fetchedAt ? `, as listed ${exactTime(overview.fetchedAt)}` : ''}. Choose a count to show those ICPs in the list.`
              : 'Checking every ICP…'}
          </p>
        </div>
        <Button variant="ghost" icon="close" aria-label="Close Review" title="Close Review (Esc)" onClick={closeReview} />
      </header>
      {error ? <p className="review-error">{error.message}</p> : null}
      {overview ? (
        <div className="review-scroll">
          <RuleList overview={overview} />
          <PairList />
          <CoverageTable overview={overview} />
        </div>
      ) : null}
    </section>
  );
}
