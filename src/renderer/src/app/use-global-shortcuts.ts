import { useEffect } from 'react';
import { patchState, useAppStore } from '../store/app-store';
import { closeIcp } from '../store/detail-actions';
import { compareChecked, toggleOnlyDifferences } from '../store/compare-actions';
import { clearChecked, moveCursor } from '../store/selection-actions';
import { refreshAll } from '../store/workspace-actions';
import { closeReview, toggleReviewView } from '../store/checks-actions';
import { switchToAccountAt } from '../store/account-actions';
import { focusFilters, focusList, focusSearch, focusSort, leaveCompare } from './focus-targets';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Shortcuts that work anywhere in the workspace: Ctrl/Cmd+R refresh, Ctrl/Cmd+1..9 accounts, / search, S sort, F filters,
 * C compare the checked ICPs, R the Review view, D differences only (in compare), ? shortcuts, Esc closes (dialog,
 * then compare, then the checked set, then the detail pane), and j/k/arrows reach the list when
 * nothing else has focus. Keys inside the list are handled by the list itself.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = useAppStore.getState();
      if (state.session.phase !== 'signedIn') return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'r') {
        event.preventDefault();
        void refreshAll();
        return;
      }
      if (state.session.reauth || event.defaultPrevented) return;
      // By the key's place, so Ctrl+1 works on layouts where that key types another character.
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : null);
      if (mod && !event.shiftKey && !event.altKey && digit !== null) {
        event.preventDefault();
        if (state.accounts.dialog === null) switchToAccountAt(Number(digit));
        return;
      }
      if (event.key === 'Escape') {
        if (state.ui.shortcutsOpen) patchState('ui', { shortcutsOpen: false });
        else if (state.compare.ids !== null) leaveCompare();
        else if (state.checks.reviewOpen) closeReview();
        else if (state.selection.checked.size > 0) clearChecked();
        else if (state.detail.openId !== null) {
          closeIcp();
          focusList();
        } else return;
        event.preventDefault();
        return;
      }
      if (mod || event.altKey || isTyping(event.target) || state.ui.shortcutsOpen) return;
      const comparing = state.compare.ids !== null;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (event.key === '?') {
        event.preventDefault();
        patchState('ui', { shortcutsOpen: true });
      } else if (comparing) {
        if (key === 'd' && !event.shiftKey) {
          event.preventDefault();
          toggleOnlyDifferences();
        }
      } else if (key === 'r' && !event.shiftKey) {
        event.preventDefault();
        toggleReviewView();
      } else if (event.key === '/') {
        event.preventDefault();
        focusSearch();
      } else if (key === 's' && !event.shiftKey) {
        event.preventDefault();
        focusSort();
      } else if (key === 'f' && !event.shiftKey) {
        event.preventDefault();
        focusFilters();
      } else if (key === 'c' && !event.shiftKey && state.selection.checked.size >= 2) {
        event.preventDefault();
        compareChecked();
      } else if (document.activeElement === document.body || document.activeElement === null) {
        const move = event.key === 'ArrowDown' || event.key === 'j' ? 'down' : event.key === 'ArrowUp' || event.key === 'k' ? 'up' : null;
        if (move) {
          event.preventDefault();
          moveCursor(move);
          focusList();
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
