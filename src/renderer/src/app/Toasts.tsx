import { ExportStatus } from '../features/export/ExportStatus';
import { useAppStore } from '../store/app-store';
import { dismissToast } from '../store/toast-actions';
import type { Toast } from '../store/app-store';
import { Icon, type IconName } from '../ui/Icon';
import { IsolatedSentence } from '../ui/IsolatedText';
import './toasts.css';

const ICONS: Record<Toast['tone'], IconName> = { success: 'checkCircle', error: 'alert', info: 'info' };

/** Toasts in a live region: screen readers hear them, errors assertively. */
export function Toasts() {
  const toasts = useAppStore((state) => state.ui.toasts);
  return (
    <div className="toasts">
      <ExportStatus />
      <div aria-live="polite" className="toast-stack">
        {toasts
          .filter((toast) => toast.tone !== 'error')
          .map((toast) => (
            <ToastCard key={toast.id} toast={toast} />
          ))}
      </div>
      <div aria-live="assertive" className="toast-stack">
        {toasts
          .filter((toast) => toast.tone === 'error')
          .map((toast) => (
            <ToastCard key={toast.id} toast={toast} />
          ))}
      </div>
    </div>
  );
}

function ToastCard({ toast }: { toast: Toast }) {
  return (
    <div className={`toast toast-${toast.tone}`}>
      <Icon name={ICONS[toast.tone]} className="toast-icon" />
      <div className="toast-text">
        <p className="toast-message">
          <IsolatedSentence text={toast.message} />
        </p>
        {toast.detail ? (
          <p className="toast-detail">
            <IsolatedSentence text={toast.detail} />
          </p>
        ) : null}
      </div>
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
