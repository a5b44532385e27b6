import keytar from 'keytar';
import type { Account } from '../../src/shared/accounts/account-schema';
import type { SessionStatus } from '../../src/shared/ipc-contract';
import type { Result } from '../../src/shared/result';

/** The account a session reply says is open; a readable failure otherwise. */
export function openedAccount(result: Result<unknown>): Account {
  if (!result.ok) throw new Error(`expected an open account, got ${result.error.kind}: ${result.error.message}`);
  const status = result.data as SessionStatus;
  if (status.state !== 'signedIn') throw new Error('expected an open account, got signed out');
  return status.account;
}

/** Every entry the real keychain holds under a service: entry name -> token. */
export async function keychainEntries(service: string): Promise<Record<string, string>> {
  return Object.fromEntries((await keytar.findCredentials(service)).map(({ account, password }) => [account, password]));
}
