import type { AppError } from '../../shared/api-error';
import type { Account } from '../../shared/accounts/account-schema';
import { fail, type Result } from '../../shared/result';
import { createApiClient, type ApiClient } from '../api/api-client';
import { createIcpCache, type IcpCache } from '../cache/icp-cache';
import type { Logger } from '../logger';
import { createAccountData, type AccountData } from '../session/account-data';
import type { AppFileSystem } from '../storage/file-system';
import { accountFolder, cacheFolderIn } from './account-folder';
import { createAccountView, type AccountView } from './account-view';
import { createWriteGate } from './write-gate';

/** One account while it is open: its API client, cache, ICPs and list view, all behind one write gate. */
export interface OpenAccount {
  readonly id: string;
  readonly kind: Account['kind'];
  readonly label: string;
  /** The account's folder (cache/, view.json; history and review state go here too). */
  readonly folder: string;
  /** Writes into `folder` go through this; refused once the account is closed. */
  readonly fs: AppFileSystem;
  readonly client: ApiClient;
  readonly cache: IcpCache;
  readonly icps: AccountData;
  readonly view: AccountView;
  readonly closed: boolean;
  /**
   * Ends this opening of the account (switched away from, removed, or replaced after a new token):
   * requests under way are aborted, a sync stops, and nothing it still runs can write to disk.
   * Resolves once writes already under way have settled.
   */
  close(): Promise<void>;
}

/** What the account is signed in with: its token, or why there is none (every API call then fails so). */
export type Credential = { token: string } | { missing: AppError };

export interface OpenAccountDeps {
  fs: AppFileSystem;
  dataDir: string;
  clock: () => Date;
  log: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** The list came from the API: the account's "last sync". Not called once the account is closed. */
  onListFetched: (id: string, at: Date) => void;
}

export function openAccount(account: Account, baseUrl: string, credential: Credential, deps: OpenAccountDeps): Result<OpenAccount> {
  const made = createApiClient({
    baseUrl,
    token: 'token' in credential ? credential.token : '',
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  if (!made.ok) return made;
  const api = made.data;
  const folder = accountFolder(deps.dataDir, account.id);
  const gate = createWriteGate(deps.fs, folder);
  const closing = new AbortController();
  const signalFor = (signal?: AbortSignal) => (signal ? AbortSignal.any([signal, closing.signal]) : closing.signal);

  // Without a token the cached list still shows; every call to the API says why it cannot be made.
  const client: ApiClient = {
    baseUrl: api.baseUrl,
    origin: api.origin,
    async listIcps(signal) {
      if ('missing' in credential) return fail(credential.missing);
      const listed = await api.listIcps(signalFor(signal));
      if (listed.ok && !gate.closed) deps.onListFetched(account.id, deps.clock());
      return listed;
    },
    getIcp: (id, signal) => ('missing' in credential ? Promise.resolve(fail(credential.missing)) : api.getIcp(id, signalFor(signal))),
  };
  const cache = createIcpCache({ fs: gate.fs, folder: cacheFolderIn(folder), clock: deps.clock, log: deps.log });
  const icps = createAccountData({ client, cache, clock: deps.clock, log: deps.log });
  const view = createAccountView({ fs: gate.fs, folder, clock: deps.clock, log: deps.log });

  return {
    ok: true,
    data: {
      id: account.id,
      kind: account.kind,
      label: account.label,
      folder,
      fs: gate.fs,
      client,
      cache,
      icps,
      view,
      get closed() {
        return gate.closed;
      },
      async close() {
        closing.abort();
        icps.cancelSync();
        await gate.close();
      },
    },
  };
}
