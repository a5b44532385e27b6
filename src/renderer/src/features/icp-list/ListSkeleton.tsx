import { Skeleton } from '../../ui/Skeleton';
import './icp-list.css';

const WIDTHS = [62, 48, 70, 55, 66, 44, 58, 51];

/** Placeholder rows the size of real ones, so nothing moves when the list arrives. */
export function ListSkeleton() {
  return (
    <div className="list-skeleton" aria-busy="true" aria-label="Loading ICPs" role="progressbar">
      {WIDTHS.map((width, index) => (
        <div className="list-skeleton-row" key={index}>
          <div className="list-skeleton-top">
            <Skeleton width={`${width}%`} height={13} />
            <Skeleton width={64} height={18} />
          </div>
          <Skeleton width={`${Math.min(92, width + 24)}%`} height={11} />
          <Skeleton width="40%" height={10} />
        </div>
      ))}
    </div>
  );
}
