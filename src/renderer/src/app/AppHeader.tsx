import { AccountMenu } from '../features/accounts/AccountMenu';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { MOD_KEY } from '../ui/mod-key';
import { patchState, useAppStore } from '../store/app-store';
import { signOut } from '../store/session-actions';
import { startSync } from '../store/sync-actions';
import { refreshAll } from '../store/workspace-actions';
import { toggleReviewView } from '../store/checks-actions';
import { SyncStatus } from './SyncStatus';
import './app-header.css';

/** Product name, the account menu, sync status and the workspace's main actions. */
export function AppHeader() {
  const session = useAppStore((state) => state.session);
  const refreshing = useAppStore((state) => state.list.refreshing);
  const syncing = useAppStore((state) => state.sync.running);
  const hasIcps = useAppStore((state) => state.list.items.length > 0);
  const reviewing = useAppStore((state) => state.checks.reviewOpen);
  const openShortcuts = () => patchState('ui', { shortcutsOpen: true });

  return (
    <header className="app-header">
      <div className="app-brand">
        <span className="app-logo" aria-hidden="true">
          <Icon name="target" size={16} />
        </span>
        <span className="app-name">ICP Desk</span>
      </div>
      <AccountMenu />
      <div className="app-header-spacer" />
      <SyncStatus />
      <div className="app-header-actions">
        <Button
          variant="ghost"
          icon="refresh"
          busy={refreshing}
          aria-label="Refresh ICPs"
          title={`Refresh ICPs (${MOD_KEY}R)`}
          onClick={() => void refreshAll()}
        />
        <Button
          variant="ghost"
          icon="cloudDownload"
          busy={syncing}
          disabled={!hasIcps}
          aria-label="Make available offline"
          title="Save every ICP on this computer so it opens without a connection"
          onClick={() => void startSync()}
        >
          Make available offline
        </Button>
        <Button
          variant={reviewing ? 'secondary' : 'ghost'}
          icon="scan"
          disabled={!hasIcps}
          aria-pressed={reviewing}
          title="Review the workspace: findings by rule, overlapping ICPs and coverage (R)"
          onClick={toggleReviewView}
        >
          Review
        </Button>
        <span className="app-header-divider" aria-hidden="true" />
        <Button variant="ghost" icon="keyboard" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={openShortcuts} />
        <Button
          variant="ghost"
          icon="signOut"
          busy={session.busy === 'signOut'}
          aria-label="Sign out"
          title="Sign out (forgets the token and the offline copy)"
          onClick={() => void signOut()}
        />
      </div>
    </header>
  );
}
