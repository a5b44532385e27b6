import { formatNumber } from '../../../../shared/format/numbers';
import { useAppStore } from '../../store/app-store';

/**
 * "Exporting 10,000 ICPs as CSV · 4,200 of 10,000" with a bar, over the toasts, while main
 * makes a large export (its progress events arrive only for exports that take a while).
 */
export function ExportStatus() {
  const running = useAppStore((state) => state.exporting.running);
  const progress = useAppStore((state) => state.exporting.progress);
  if (running === null || progress === null) return null;
  const { done, total } = progress;
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const text = `${formatNumber(done)} of ${formatNumber(total)}`;
  return (
    <div className="toast export-status" role="status">
      <span className="spinner" aria-hidden="true" />
      <div className="toast-text">
        <p className="toast-message">{running}…</p>
        <div
          className="export-status-track"
          role="progressbar"
          aria-label={running}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={text}
        >
          <div className="export-status-fill" style={{ width: `${percent}%` }} />
        </div>
        <p className="toast-detail">{text}</p>
      </div>
    </div>
  );
}
