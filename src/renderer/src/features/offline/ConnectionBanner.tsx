import { exactTime, relativeTime } from '../../../../shared/format/relative-time';
import { patchState, useAppStore } from '../../store/app-store';
import { refreshAll } from '../../store/workspace-actions';
import { Button } from '../../ui/Button';
import { Icon, type IconName } from '../../ui/Icon';
import { errorCopy } from '../errors/error-copy';
import './offline.css';

interface BannerCopy {
  icon: IconName;
  lead: string;
  action: 'retry' | 'signIn';
  tone: 'amber' | 'red';
}

/**
 * Shown while the app works from what it last saw because the server cannot be used right now:
 * offline, a refused token the user chose to keep browsing past, or a failed refresh. Says how
 * old the data is (relative, exact on hover) and offers the way back.
 */
export function ConnectionBanner() {
  const error = useAppStore((state) => state.list.error);
  const fetchedAt = useAppStore((state) => state.list.fetchedAt);
  const loaded = useAppStore((state) => state.list.loaded);
  const offline = useAppStore((state) => state.ui.offline);
  const reauthOpen = useAppStore((state) => state.session.reauth !== null);
  const refreshing = useAppStore((state) => state.list.refreshing);
  const now = useAppStore((state) => state.ui.now);

  if (!loaded || fetchedAt === null) return null;
  let copy: BannerCopy | null = null;
  if (error?.kind === 'unauthorized') {
    if (!reauthOpen) copy = { icon: 'lock', lead: 'Session expired', action: 'signIn', tone: 'amber' };
  } else if (offline || error?.kind === 'network') {
    copy = { icon: 'offline', lead: 'Offline', action: 'retry', tone: 'amber' };
  } else if (error) {
    copy = { icon: 'alert', lead: `Couldn't refresh: ${errorCopy(error, 'list').title.toLowerCase()}`, action: 'retry', tone: 'red' };
  }
  if (!copy) return null;

  const signInAgain = () => patchState('session', { reauth: error });
  return (
    <div className={`connection-banner banner-${copy.tone}`} role="status">
      <Icon name={copy.icon} />
      <p className="connection-banner-text">
        <strong>{copy.lead}</strong>
        {' – showing data from '}
        <time dateTime={fetchedAt} title={exactTime(fetchedAt)}>
          {relativeTime(fetchedAt, new Date(now))}
        </time>
        {error && copy.action === 'retry' && error.kind !== 'network' ? <span className="connection-banner-detail">{error.message}</span> : null}
      </p>
      {copy.action === 'retry' ? (
        <Button size="sm" variant="secondary" icon="refresh" busy={refreshing} onClick={() => void refreshAll()}>
          Try again
        </Button>
      ) : (
        <Button size="sm" variant="secondary" icon="key" onClick={signInAgain}>
          Sign in again
        </Button>
      )}
    </div>
  );
}
