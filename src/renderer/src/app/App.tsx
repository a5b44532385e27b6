import { useEffect } from 'react';
import { SignInScreen } from '../features/sign-in/SignInScreen';
import { patchState, useAppStore } from '../store/app-store';
import { bootSession } from '../store/session-actions';
import { followExportProgress } from '../store/export-actions';
import { followLinks } from '../store/link-actions';
import { followSyncProgress } from '../store/sync-actions';
import { followViewChanges } from '../store/view-actions';
import { followChecks } from '../store/checks-actions';
import { followMenuCommands } from './menu-commands';
import { Toasts } from './Toasts';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { Workspace } from './Workspace';

const TICK_MS = 30_000;

/** Boots the session, then shows sign-in or the workspace. Toasts float above either. */
export function App() {
  const phase = useAppStore((state) => state.session.phase);

  useEffect(() => {
    void bootSession();
    const stopProgress = followSyncProgress();
    const stopExportProgress = followExportProgress();
    const stopLinks = followLinks();
    const stopMenu = followMenuCommands();
    const stopView = followViewChanges();
    const stopChecks = followChecks();
    const tick = setInterval(() => patchState('ui', { now: Date.now() }), TICK_MS);
    return () => {
      stopProgress();
      stopExportProgress();
      stopLinks();
      stopMenu();
      stopView();
      stopChecks();
      clearInterval(tick);
    };
  }, []);

  useGlobalShortcuts();

  return (
    <>
      {phase === 'booting' ? <div className="boot" aria-busy="true" /> : phase === 'signedOut' ? <SignInScreen /> : <Workspace />}
      <Toasts />
    </>
  );
}
