import { relativeTime } from '../format/relative-time';
import type { Account, AccountList } from './account-schema';

/** Ctrl/Cmd+1..9 reach the first nine accounts, in the order they were added. */
const SHORTCUT_SLOTS = 9;

/** One account as the header's account menu shows it. */
export interface AccountEntry {
  id: string;
  label: string;
  /** Where its ICPs come from: the API's host, or what the demo is. */
  where: string;
  /** "Synced 5 minutes ago", "Not synced yet". */
  synced: string;
  /** 1..9 for Ctrl/Cmd+n; null past the ninth. */
  shortcut: number | null;
  active: boolean;
  demo: boolean;
}

export const DEMO_WHERE = 'Sample data on this computer';

/** The API's host ("api.example.com:8443"); the URL itself if it does not parse. */
export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

function accountEntry(account: Account, index: number, activeId: string | null, now: Date): AccountEntry {
  return {
    id: account.id,
    label: account.label,
    where: account.baseUrl === null ? DEMO_WHERE : hostOf(account.baseUrl),
    synced: account.lastSyncAt ? `Synced ${relativeTime(account.lastSyncAt, now)}` : 'Not synced yet',
    shortcut: index < SHORTCUT_SLOTS ? index + 1 : null,
    active: account.id === activeId,
    demo: account.kind === 'demo',
  };
}

export const accountEntries = (list: AccountList, now: Date): AccountEntry[] =>
  list.accounts.map((account, index) => accountEntry(account, index, list.activeId, now));

/** The account Ctrl/Cmd+`n` opens (1-based), if there is one. */
export const accountAtShortcut = (list: AccountList, n: number): Account | null => (n >= 1 && n <= SHORTCUT_SLOTS ? (list.accounts[n - 1] ?? null) : null);
