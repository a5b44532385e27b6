import { Skeleton } from '../../ui/Skeleton';
import './detail.css';

/** The shape of the detail view while it loads. */
export function DetailSkeleton({ withHeader }: { withHeader: boolean }) {
  return (
    <div className="detail-skeleton" aria-busy="true" aria-label="Loading ICP" role="progressbar">
      {withHeader ? (
        <div className="detail-skeleton-header">
          <Skeleton width="55%" height={20} />
          <Skeleton width="80%" height={12} />
          <Skeleton width={90} height={18} />
        </div>
      ) : null}
      {[0, 1].map((section) => (
        <div className="detail-skeleton-section" key={section}>
          <Skeleton width={160} height={13} />
          <div className="detail-skeleton-card">
            <Skeleton width="40%" height={12} />
            <Skeleton width="90%" height={10} />
            <Skeleton width="75%" height={10} />
            <Skeleton width="60%" height={10} />
          </div>
        </div>
      ))}
    </div>
  );
}
