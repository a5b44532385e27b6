import { formatNumber } from '../../../../shared/format/numbers';
import { useAppStore } from '../../store/app-store';
import { compareAB, showPairs } from '../../store/checks-actions';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { IsolatedText } from '../../ui/IsolatedText';

/** Overlapping pairs, duplicates first, a page at a time; one click compares the two. */
export function PairList() {
  const page = useAppStore((state) => state.checks.pairs);
  const overview = useAppStore((state) => state.checks.overview);
  if (!page || !overview) return null;
  const { total, offset, pairs } = page;
  const duplicates = overview.duplicateCount;
  const summary =
    total === 0
      ? 'No two active ICPs compete for the same people.'
      : `${formatNumber(total)} ${total === 1 ? 'pair' : 'pairs'} of active ICPs compete for the same people${duplicates > 0 ? `, ${formatNumber(duplicates)} of them ${duplicates === 1 ? 'a duplicate' : 'duplicates'}` : ''}.`;
  return (
    <section className="review-section" aria-labelledby="review-pairs">
      <h2 id="review-pairs" className="review-section-title">
        Overlapping ICPs
      </h2>
      <p className="review-section-note">{summary}</p>
      {pairs.length > 0 ? (
        <ul className="pair-list" aria-label="Overlapping pairs">
          {pairs.map((pair) => (
            <li key={`${pair.a.id}:${pair.b.id}`} className="pair-item">
              <div className="pair-names">
                <IsolatedText text={pair.a.name} />
                <span className="pair-and" aria-hidden="true">
                  ↔
                </span>
                <span className="visually-hidden"> and </span>
                <IsolatedText text={pair.b.name} />
                {pair.duplicate ? <Badge tone="red">Duplicate</Badge> : null}
              </div>
              <p className="pair-text">{pair.text}</p>
              <Button size="sm" variant="secondary" icon="diff" onClick={() => compareAB(pair.a.id, pair.b.id)}>
                Compare
                <span className="visually-hidden">
                  {' '}
                  {pair.a.name} and {pair.b.name}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {total > pairs.length ? (
        <div className="pair-pages">
          <span className="review-section-note">
            {formatNumber(offset + 1)}–{formatNumber(offset + pairs.length)} of {formatNumber(total)}
          </span>
          <Button size="sm" variant="ghost" icon="chevronLeft" disabled={offset === 0} onClick={() => void showPairs(Math.max(0, offset - pairs.length))}>
            Previous
          </Button>
          <Button size="sm" variant="ghost" icon="chevronRight" disabled={offset + pairs.length >= total} onClick={() => void showPairs(offset + pairs.length)}>
            Next
          </Button>
        </div>
      ) : null}
    </section>
  );
}
