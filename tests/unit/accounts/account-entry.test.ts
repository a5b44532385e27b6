import { describe, expect, it } from 'vitest';
import { accountAtShortcut, accountEntries, DEMO_WHERE, hostOf } from '../../../src/shared/accounts/account-entry';
import type { Account, AccountList } from '../../../src/shared/accounts/account-schema';

const now = new Date('2026-11-27T12:00:00.000Z');
const account = (n: number, extra: Partial<Account> = {}): Account => ({
  id: n.toString(16).padStart(32, '0'),
  kind: 'account',
  label: `Account ${n}`,
  baseUrl: 'https://api.example.com:8443/v1',
  createdAt: '2026-11-01T00:00:00.000Z',
  lastSyncAt: null,
  ...extra,
});

describe('the account menu entries', () => {
  it('shows label, host and last sync of each account in the order added, the open one marked', () => {
    const list: AccountList = {
      accounts: [
        account(1, { lastSyncAt: '2026-11-27T11:55:00.000Z' }),
        account(2, { kind: 'demo', label: 'Demo workspace', baseUrl: null, lastSyncAt: '2026-11-26T09:00:00.000Z' }),
        account(3),
      ],
      activeId: account(2).id,
    };
    expect(accountEntries(list, now)).toEqual([
      { id: account(1).id, label: 'Account 1', where: 'api.example.com:8443', synced: 'Synced 5 minutes ago', shortcut: 1, active: false, demo: false },
      { id: account(2).id, label: 'Demo workspace', where: DEMO_WHERE, synced: 'Synced yesterday', shortcut: 2, active: true, demo: true },
      { id: account(3).id, label: 'Account 3', where: 'api.example.com:8443', synced: 'Not synced yet', shortcut: 3, active: false, demo: false },
    ]);
  });

  it('gives Ctrl/Cmd+1..9 to the first nine accounts only', () => {
    const list: AccountList = { accounts: Array.from({ length: 12 }, (_, n) => account(n + 1)), activeId: null };
    expect(accountEntries(list, now).map((entry) => entry.shortcut)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, null, null, null]);
    expect(accountAtShortcut(list, 1)?.label).toBe('Account 1');
    expect(accountAtShortcut(list, 9)?.label).toBe('Account 9');
    expect(accountAtShortcut(list, 10)).toBeNull();
    expect(accountAtShortcut(list, 0)).toBeNull();
    expect(accountAtShortcut({ accounts: [account(1)], activeId: null }, 2)).toBeNull();
  });

  it('names the host of a URL, and keeps text that is not one', () => {
    expect(hostOf('http://127.0.0.1:4010')).toBe('127.0.0.1:4010');
    expect(hostOf('not a url')).toBe('not a url');
  });
});
