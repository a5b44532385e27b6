import { Skeleton } from '../../ui/Skeleton';
import './compare.css';

/** The table's shape while the ICPs load, one column each, so nothing jumps when they arrive. */
export function CompareSkeleton({ columns }: { columns: number }) {
  return (
    <div
      className="compare-skeleton"
      role="progressbar"
      aria-busy="true"
      aria-label="Loading the ICPs to compare"
      style={{ ['--compare-skeleton-columns' as string]: `200px repeat(${columns}, minmax(0, 1fr))` }}
    >
      {Array.from({ length: 7 }, (_, row) => (
        <div className="compare-skeleton-row" key={row}>
          <Skeleton width="60%" height={11} />
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} width={`${50 + ((row * 17 + column * 23) % 40)}%`} height={row === 0 ? 16 : 11} />
          ))}
        </div>
      ))}
    </div>
  );
}
