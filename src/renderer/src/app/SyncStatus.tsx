import { exactTime, relativeTime } from '../../../shared/format/relative-time';
import { useAppStore } from '../store/app-store';
import './app-header.css';

/** "Synced 2 min ago", "Refreshing…" or "Offline", with the exact time on hover. */
export function SyncStatus() {
  const fetchedAt = useAppStore((state) => state.list.fetchedAt);
  const refreshing = useAppStore((state) => state.list.refreshing);
  const offline = useAppStore((state) => state.ui.offline || state.list.error?.kind === 'network');
  const failure = useAppStore((state) => state.list.error?.kind);
  const now = useAppStore((state) => state.ui.now);

  let text: string;
  let tone = 'ok';
  if (refreshing) text = 'Refreshing…';
  else if (offline) {
    text = 'Offline';
    tone = 'offline';
  } else if (failure !== undefined) {
    text = failure === 'unauthorized' ? 'Session expired' : 'Refresh failed';
    tone = 'offline';
  } else if (fetchedAt) text = `Synced ${relativeTime(fetchedAt, new Date(now))}`;
  else text = 'Not synced yet';

  return (
    <span className={`sync-status sync-status-${tone}`} role="status" title={fetchedAt ? `Last synced ${exactTime(fetchedAt)}` : undefined}>
      <span className="sync-status-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
