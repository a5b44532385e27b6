import { formatNumber } from '../../../../shared/format/numbers';
import { useAppStore } from '../../store/app-store';
import { cancelSync } from '../../store/sync-actions';
import { Button } from '../../ui/Button';
import './offline.css';

/** "Saving 120 of 1,000 for offline use", a bar, and Cancel; only while a sync runs. */
export function SyncProgressBar() {
  const sync = useAppStore((state) => state.sync);
  if (!sync.running) return null;
  const done = sync.progress?.done ?? 0;
  const total = sync.progress?.total ?? 0;
  const failed = sync.progress?.failed ?? 0;
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const label = `Saving ${formatNumber(done)} of ${formatNumber(total)} for offline use`;
  return (
    <div className="sync-bar" role="status">
      <span className="sync-bar-label">
        {sync.cancelling ? 'Stopping…' : label}
        {failed > 0 ? <span className="sync-bar-failed"> · {formatNumber(failed)} failed</span> : null}
      </span>
      <div
        className="sync-bar-track"
        role="progressbar"
        aria-label="Saving for offline use"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={label}
      >
        <div className="sync-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <Button size="sm" variant="secondary" disabled={sync.cancelling} onClick={() => void cancelSync()}>
        Cancel
      </Button>
    </div>
  );
}
