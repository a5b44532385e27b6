import { appError } from '../../shared/api-error';
import type { SessionStatus } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { createApiClient, type ApiClient } from '../api/api-client';
import { checkBaseUrl } from '../api/base-url';
import { createIcpCache, type IcpCache } from '../cache/icp-cache';
import { createHistoryStore, type HistoryStore } from '../history/history-store';
import type { Logger } from '../logger';
import { KeychainError, type TokenStore } from '../secrets/token-store';
import type { SettingsStore } from '../settings/settings-store';
import type { AppFileSystem } from '../storage/file-system';
import { createAccountData, type AccountData } from './account-data';

/** Starts the built-in demo API (in-process, on 127.0.0.1) and says how to reach it. */
export type DemoLauncher = () => Promise<{ baseUrl: string; token: string }>;

export interface Session {
  readonly kind: 'account' | 'demo';
  readonly client: ApiClient;
  readonly cache: IcpCache;
  /** What main knows of this account's ICPs right now; see account-data.ts. */
  readonly icps: AccountData;
  /** Every version of this account's ICPs main received, and the user's review marks. */
  readonly history: HistoryStore;
}

export interface SessionDeps {
  tokenStore: TokenStore;
  settings: SettingsStore;
  fs: AppFileSystem;
  cacheRoot: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  clock: () => Date;
  log: Logger;
  launchDemo: DemoLauncher;
}

/**
 * Who the user is signed in as. The token is read from the keychain once per start and kept only
 * in this closure; nothing here returns it.
 */
export function createSessionManager(deps: SessionDeps) {
  let session: Session | null = null;
  let resumed: Promise<Result<SessionStatus>> | null = null;

  const open = (kind: Session['kind'], client: ApiClient, token: string): Session => {
    const cache = createIcpCache({ fs: deps.fs, cacheRoot: deps.cacheRoot, origin: client.origin, token, clock: deps.clock, log: deps.log });
    // Beside the cache's files, in a folder of its own that cache migrations leave alone (history-files.ts).
    const history = createHistoryStore({ fs: deps.fs, folder: cache.folder, clock: deps.clock, log: deps.log });
    return { kind, client, cache, history, icps: createAccountData({ client, cache, history, clock: deps.clock, log: deps.log }) };
  };

  /** Ends an account's work on disk, then deletes its folder (the history lives there too). */
  const discard = async (ending: Session) => {
    ending.icps.cancelSync();
    await ending.history.close();
    await ending.cache.clear();
  };

  const clientFor = (baseUrl: string, token: string) =>
    createApiClient({ baseUrl, token, timeoutMs: deps.timeoutMs, ...(deps.fetch ? { fetch: deps.fetch } : {}) });

  const statusOf = async (): Promise<SessionStatus> => {
    if (session) return { state: 'signedIn', baseUrl: session.client.baseUrl, demo: session.kind === 'demo' };
    const settings = await deps.settings.get();
    return { state: 'signedOut', lastBaseUrl: settings.baseUrl };
  };

  async function resume(): Promise<Result<SessionStatus>> {
    const settings = await deps.settings.get();
    if (settings.session === 'demo') return startDemo();
    if (settings.session !== 'account' || settings.baseUrl === null) return ok(await statusOf());
    const checked = checkBaseUrl(settings.baseUrl);
    if (!checked.ok) return ok(await statusOf());
    let token: string | null;
    try {
      token = await deps.tokenStore.read(checked.data.origin);
    } catch (error) {
      return fail(appError('keychain', error instanceof KeychainError ? error.message : 'The OS keychain is unavailable.'));
    }
    if (token === null) {
      deps.log.info('No token in the keychain for the last server; showing sign-in');
      return ok(await statusOf());
    }
    const client = clientFor(settings.baseUrl, token);
    if (!client.ok) return ok(await statusOf());
    session = open('account', client.data, token);
    return ok(await statusOf());
  }

  async function startDemo(): Promise<Result<SessionStatus>> {
    let demo: { baseUrl: string; token: string };
    try {
      demo = await deps.launchDemo();
    } catch (error) {
      return fail(appError('network', `The demo workspace could not start: ${error instanceof Error ? error.message : String(error)}`));
    }
    const client = clientFor(demo.baseUrl, demo.token);
    if (!client.ok) return client;
    session = open('demo', client.data, demo.token);
    await deps.settings.update({ session: 'demo' });
    return ok(await statusOf());
  }

  return {
    /** The current status; on first call, resumes the last session (keychain, demo server). */
    status(): Promise<Result<SessionStatus>> {
      if (session) return statusOf().then(ok);
      resumed ??= resume().finally(() => {
        resumed = null;
      });
      return resumed;
    },

    async current(): Promise<Result<Session>> {
      if (!session) {
        const status = await this.status();
        if (!status.ok) return status;
      }
      return session ? ok(session) : fail(appError('notSignedIn', 'You are signed out. Sign in to load ICPs.'));
    },

    /** Verifies the token with a list call, then keeps it in the keychain (never elsewhere). */
    async signIn(baseUrl: string, token: string): Promise<Result<SessionStatus>> {
      const client = clientFor(baseUrl, token);
      if (!client.ok) return client;
      const candidate = open('account', client.data, token);
      const verified = await candidate.icps.refreshList();
      if (!verified.ok) {
        const error = verified.error;
        if (error.kind === 'unauthorized') {
          const said = error.apiCode ? ` (${error.apiCode}: ${error.apiMessage})` : '';
          return fail({ ...error, message: `This token was not accepted by ${client.data.origin}${said}. Check it and try again.` });
        }
        return fail(error);
      }
      try {
        await deps.tokenStore.save(client.data.origin, token);
      } catch (error) {
        await discard(candidate);
        return fail(appError('keychain', error instanceof KeychainError ? error.message : 'The OS keychain is unavailable.'));
      }
      session?.icps.cancelSync();
      void session?.history.close();
      session = candidate;
      await deps.settings.update({ session: 'account', baseUrl: client.data.baseUrl });
      deps.log.info(`Signed in to ${client.data.origin}`);
      return ok(await statusOf());
    },

    signInDemo: startDemo,

    /** Deletes this account's token and cache; the base URL stays to prefill the next sign-in. */
    async signOut(): Promise<Result<SessionStatus>> {
      const ending = session;
      session = null;
      await deps.settings.update({ session: 'none' });
      if (ending) {
        await discard(ending);
        if (ending.kind === 'account') {
          try {
            await deps.tokenStore.remove(ending.client.origin);
          } catch (error) {
            return fail(appError('keychain', `Signed out, but ${error instanceof KeychainError ? error.message : 'the keychain entry could not be removed.'}`));
          }
        }
        deps.log.info(`Signed out of ${ending.client.origin}`);
      }
      return ok(await statusOf());
    },
  };
}

export type SessionManager = ReturnType<typeof createSessionManager>;
