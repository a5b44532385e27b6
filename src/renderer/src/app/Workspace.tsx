import { ConnectionBanner } from '../features/offline/ConnectionBanner';
import { SyncProgressBar } from '../features/offline/SyncProgressBar';
import { AccountDialogs } from '../features/accounts/AccountDialogs';
import { ComparePane } from '../features/compare/ComparePane';
import { DetailPane } from '../features/icp-detail/DetailPane';
import { ListPane } from '../features/icp-list/ListPane';
import { ReviewPane } from '../features/checks/ReviewPane';
import { ReauthDialog } from '../features/sign-in/ReauthDialog';
import { useAppStore } from '../store/app-store';
import { AppHeader } from './AppHeader';
import { ShortcutsDialog } from './ShortcutsDialog';
import './workspace.css';

/** The signed-in window: header, status strips, list and detail side by side (or the full-width compare view), dialogs on top. */
export function Workspace() {
  const reauth = useAppStore((state) => state.session.reauth);
  const shortcutsOpen = useAppStore((state) => state.ui.shortcutsOpen);
  const comparing = useAppStore((state) => state.compare.ids !== null);
  const reviewing = useAppStore((state) => state.checks.reviewOpen);
  const accountDialog = useAppStore((state) => state.accounts.dialog !== null);
  return (
    <div className="workspace">
      <AppHeader />
      <ConnectionBanner />
      <SyncProgressBar />
      <main className="panes" inert={reauth !== null || shortcutsOpen || accountDialog}>
        <ListPane hidden={comparing} />
        {comparing ? <ComparePane /> : reviewing ? <ReviewPane /> : <DetailPane />}
      </main>
      {reauth ? <ReauthDialog error={reauth} /> : null}
      {shortcutsOpen ? <ShortcutsDialog /> : null}
      <AccountDialogs />
    </div>
  );
}
