import { useId } from 'react';
import type { ReviewOverview } from '../../../../shared/checks/checks-contract';
import { sortCoverage, type CoverageSort } from '../../../../shared/checks/coverage-map';
import { formatNumber } from '../../../../shared/format/numbers';
import { useAppStore } from '../../store/app-store';
import { chooseDimension, focusSelection, sortCoverageBy } from '../../store/checks-actions';
import { IsolatedText } from '../../ui/IsolatedText';

function SortHeader({ label, by, sort }: { label: string; by: CoverageSort['by']; sort: CoverageSort }) {
  const active = sort.by === by;
  const next: CoverageSort = { by, direction: active && sort.direction === 'desc' ? 'asc' : active ? 'desc' : by === 'count' ? 'desc' : 'asc' };
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={by === 'count' ? 'num' : undefined}>
      <button type="button" className="sort-header" onClick={() => sortCoverageBy(next)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/** What the active ICPs cover along one dimension; each count filters the list to those ICPs. */
export function CoverageTable({ overview }: { overview: ReviewOverview }) {
  const { coverage, dimension, coverageSort } = useAppStore((state) => state.checks);
  const selectId = useId();
  const rows = coverage ? sortCoverage(coverage.rows, coverageSort) : [];
  const icps = (count: number) => `${formatNumber(count)} ${count === 1 ? 'ICP' : 'ICPs'}`;
  return (
    <section className="review-section" aria-labelledby="review-coverage">
      <h2 id="review-coverage" className="review-section-title">
        Coverage
      </h2>
      {overview.dimensions.length === 0 ? (
        <p className="section-empty">No active ICP limits any filter yet.</p>
      ) : (
        <>
          <div className="coverage-picker">
            <label htmlFor={selectId}>Dimension</label>
            <select id={selectId} value={dimension ?? ''} onChange={(event) => void chooseDimension(event.target.value)}>
              {overview.dimensions.map((entry) => (
                <option key={entry.dimension} value={entry.dimension}>
                  {entry.label} ({icps(entry.icpCount)})
                </option>
              ))}
            </select>
          </div>
          {coverage ? (
            <>
              <p className="review-section-note">
                {formatNumber(coverage.activeCount)} active ICPs.{' '}
                {coverage.unconstrained > 0 ? (
                  <>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void focusSelection({ kind: 'unconstrained', dimension: coverage.dimension }, `Any ${coverage.label.toLowerCase()}`)}
                    >
                      {icps(coverage.unconstrained)}
                    </button>{' '}
                    {coverage.unconstrained === 1 ? 'does' : 'do'} not limit {coverage.label.toLowerCase()} and cover{coverage.unconstrained === 1 ? 's' : ''}{' '}
                    any value.
                  </>
                ) : null}
              </p>
              <table className="coverage-table" aria-label={`Coverage by ${coverage.label.toLowerCase()}`}>
                <thead>
                  <tr>
                    <SortHeader label={coverage.label} by="value" sort={coverageSort} />
                    <SortHeader label="Active ICPs" by="count" sort={coverageSort} />
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key} data-key={row.key}>
                      <th scope="row">
                        <IsolatedText text={row.value} />
                      </th>
                      <td className="num">
                        <button
                          type="button"
                          className="count-button"
                          title={`Show the ${icps(row.count)} covering ${row.value} in the list`}
                          onClick={() =>
                            void focusSelection({ kind: 'coverage', dimension: coverage.dimension, key: row.key }, `${coverage.label}: ${row.value}`)
                          }
                        >
                          {formatNumber(row.count)}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
