import { appError } from '../../shared/api-error';
import { MAX_ACCOUNTS, type Account, type AccountList } from '../../shared/accounts/account-schema';
import type { SessionStatus } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { accountFolder, removeUnlistedFolders } from '../accounts/account-folder';
import { apiAccount, DEMO_LABEL, demoAccount } from '../accounts/new-account';
import { createAccountList, tooManyAccounts } from '../accounts/account-list';
import { migrateLegacyLayout } from '../accounts/legacy-layout';
import { createOpenings, keychainError, type DemoLauncher } from '../accounts/account-openings';
import type { OpenAccount } from '../accounts/open-account';
import { baseUrlText, checkBaseUrl } from '../api/base-url';
import type { Logger } from '../logger';
import type { TokenStore } from '../secrets/token-store';
import type { SettingsStore } from '../settings/settings-store';
import type { AppFileSystem } from '../storage/file-system';

export type { DemoLauncher };

/** The open account, as the handlers use it. */
export type Session = OpenAccount;

export interface SessionDeps {
  tokenStore: TokenStore;
  settings: SettingsStore;
  fs: AppFileSystem;
  /** The app's data folder: accounts.json and accounts/<id>/ live here. */
  dataDir: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  clock: () => Date;
  log: Logger;
  launchDemo: DemoLauncher;
}

const notListed = () => appError('notFound', 'That account is no longer in the list.');

/**
 * The accounts the user works in and the one that is open. Each account's token is read from the
 * keychain when the account opens and kept only in that opening's API client; nothing here
 * returns it. Account changes (add, switch, remove, new token) run one at a time; the network
 * checks of a new token run before their turn, so a slow server never holds up a switch.
 */
export function createSessionManager(deps: SessionDeps) {
  const { log } = deps;
  const list = createAccountList(deps);
  let session: OpenAccount | null = null;
  const openings = createOpenings({
    ...deps,
    onListFetched: (id, at) =>
      void list.patch(id, { lastSyncAt: at.toISOString() }).then((saved) => {
        if (!saved.ok) log.warn(`Could not note the last sync: ${saved.error.message}`);
      }),
  });
  let resumed: Promise<Result<SessionStatus>> | null = null;
  let started: Promise<Result<null>> | null = null;
  let turn: Promise<unknown> = Promise.resolve();

  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = turn.then(work);
    turn = run.catch(() => undefined);
    return run;
  };

  /** Once per start (again while the keychain blocks moving the old layout): migration, then stray folders removed. */
  const ready = (): Promise<Result<null>> =>
    (started ??= (async () => {
      const migrated = await migrateLegacyLayout({ ...deps, list });
      if (!migrated.ok) started = null;
      const keep = new Set([...(await list.read()).accounts.map((account) => account.id), ...openings.ids()]);
      await removeUnlistedFolders(deps.fs, deps.dataDir, keep, log).catch((error: unknown) =>
        log.warn(`Could not remove stray account folders: ${String(error)}`),
      );
      return migrated;
    })());

  const { close, closeAll, discard, openListed, tryToken } = openings;

  /** Makes `next` the open account and closes the one it replaces. */
  async function activate(next: OpenAccount): Promise<void> {
    const previous = session;
    session = next;
    const saved = await list.setLastUsed(next.id);
    if (!saved.ok) log.warn(`Could not note the account to restart into: ${saved.error.message}`);
    if (previous && previous !== next) await close(previous);
  }

  async function statusOf(): Promise<SessionStatus> {
    const current = session;
    const account = current ? await list.get(current.id) : null;
    if (current && account) return { state: 'signedIn', baseUrl: current.client.baseUrl, demo: current.kind === 'demo', account };
    return { state: 'signedOut', lastBaseUrl: (await deps.settings.get()).baseUrl };
  }

  /** Opens a listed account (run in its turn). */
  async function switchTo(id: string): Promise<Result<SessionStatus>> {
    if (session?.id === id) return ok(await statusOf());
    const account = await list.get(id);
    if (!account) return fail(notListed());
    const opened = await openListed(account);
    if (!opened.ok) return opened;
    await activate(opened.data);
    return ok(await statusOf());
  }

  async function resume(): Promise<Result<SessionStatus>> {
    const migrated = await ready();
    if (!migrated.ok) return migrated;
    return oneAtATime(async () => {
      const { lastUsed } = await list.read();
      if (lastUsed === null) return ok(await statusOf());
      const opened = await switchTo(lastUsed);
      return opened.ok || opened.error.kind !== 'notFound' ? opened : ok(await statusOf());
    });
  }

  /** An account already signed in to this API with this token: adding it again opens that one. */
  async function sameCredentials(accounts: readonly Account[], baseUrl: string, token: string): Promise<Account | null> {
    for (const account of accounts) {
      if (account.kind !== 'account' || account.baseUrl !== baseUrl) continue;
      if ((await deps.tokenStore.read(account.id).catch(() => null)) === token) return account;
    }
    return null;
  }

  async function add(baseUrl: string, token: string, label?: string): Promise<Result<SessionStatus>> {
    await ready();
    const checked = checkBaseUrl(baseUrl);
    if (!checked.ok) return checked;
    const url = baseUrlText(checked.data);
    const { accounts } = await list.read();
    const same = await sameCredentials(accounts, url, token);
    if (same) return oneAtATime(() => switchTo(same.id));
    // Said before the token is sent anywhere; checked again when the account is listed.
    if (accounts.length >= MAX_ACCOUNTS) return fail(appError('limit', tooManyAccounts));
    const account = apiAccount(checked.data, label, deps.clock());
    const tried = await tryToken(account, url, token);
    if (!tried.ok) {
      await deps.fs.remove(accountFolder(deps.dataDir, account.id));
      return tried;
    }
    const candidate = tried.data;
    return oneAtATime(async () => {
      // Listed before the token is kept: a crash in between leaves an account that asks for its token, not a stray keychain entry.
      const added = await list.add({ ...account, lastSyncAt: deps.clock().toISOString() });
      if (!added.ok) {
        await discard(candidate);
        return added;
      }
      try {
        await deps.tokenStore.save(account.id, token);
      } catch (error) {
        await list.remove(account.id);
        await discard(candidate);
        return fail(keychainError(error));
      }
      await activate(candidate);
      await deps.settings.update({ baseUrl: url });
      log.info(`Added an account for ${checked.data.origin}`);
      return ok(await statusOf());
    });
  }

  const addDemo = async (): Promise<Result<SessionStatus>> => {
    await ready();
    return oneAtATime(async () => {
      const existing = (await list.read()).accounts.find((account) => account.kind === 'demo');
      if (existing) return switchTo(existing.id);
      const account = demoAccount(deps.clock());
      const added = await list.add(account);
      return added.ok ? switchTo(account.id) : added;
    });
  };

  /** Deletes the account's keychain entry, then its folder; if it was open, the next in the list opens. */
  const remove = async (id: string): Promise<Result<SessionStatus>> => {
    await ready();
    return oneAtATime(async () => {
      const account = await list.get(id);
      if (!account) return ok(await statusOf());
      if (account.kind === 'account') {
        try {
          await deps.tokenStore.remove(id);
        } catch (error) {
          return fail(keychainError(error, `${account.label} was not removed: `));
        }
      }
      const { accounts } = await list.read();
      const at = accounts.findIndex((listed) => listed.id === id);
      const next = session?.id === id ? (accounts[at + 1] ?? accounts[at - 1] ?? null) : null;
      if (session?.id === id) session = null;
      await closeAll(id);
      const removed = await list.remove(id);
      if (!removed.ok) return removed;
      // Left over only if the disk refuses; then removed with the other stray folders on the next start.
      await deps.fs
        .remove(accountFolder(deps.dataDir, id))
        .catch((error: unknown) => log.warn(`Could not delete a removed account's folder: ${String(error)}`));
      log.info(`Removed an account (${account.kind === 'demo' ? 'the demo workspace' : new URL(account.baseUrl ?? '').origin})`);
      if (next) {
        const opened = await openListed(next);
        if (opened.ok) await activate(opened.data);
        else log.warn(`Could not open the next account: ${opened.error.message}`);
      }
      return ok(await statusOf());
    });
  };

  /** A new token for an account: checked with a list call, then it replaces the keychain entry; the folder stays. */
  const reauth = async (id: string, token: string): Promise<Result<SessionStatus>> => {
    await ready();
    const account = await list.get(id);
    if (!account) return fail(notListed());
    if (account.kind === 'demo') return fail(appError('badRequest', 'The demo workspace needs no token.'));
    const tried = await tryToken(account, account.baseUrl ?? '', token);
    if (!tried.ok) return tried;
    const candidate = tried.data;
    return oneAtATime(async () => {
      if (candidate.closed) return fail(notListed()); // removed while its token was being checked
      try {
        await deps.tokenStore.save(id, token);
      } catch (error) {
        await close(candidate);
        return fail(keychainError(error));
      }
      await activate(candidate);
      log.info(`Saved a new token for an account of ${candidate.client.origin}`);
      return ok(await statusOf());
    });
  };

  /** A new label; an empty one names the account after its host again (the demo: its own name). */
  const rename = async (id: string, label: string): Promise<Result<AccountList>> => {
    await ready();
    const account = await list.get(id);
    if (!account) return fail(notListed());
    const fallback = account.baseUrl ? new URL(account.baseUrl).host : DEMO_LABEL;
    const renamed = await list.patch(id, { label: label || fallback });
    if (!renamed.ok) return renamed;
    return ok({ accounts: renamed.data.accounts, activeId: session?.id ?? null });
  };

  return {
    /** The current status; on first call, resumes the last used account (keychain, demo server). */
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

    async accounts(): Promise<Result<AccountList>> {
      await ready();
      return ok({ accounts: (await list.read()).accounts, activeId: session?.id ?? null });
    },

    add,
    addDemo,
    switchTo: async (id: string) => {
      await ready();
      return oneAtATime(() => switchTo(id));
    },
    remove,
    reauth,
    rename,

    /** The sign-in screen's "Sign out": removes the open account (token and folder). */
    async signOut(): Promise<Result<SessionStatus>> {
      const current = await this.current();
      return current.ok ? remove(current.data.id) : ok(await statusOf());
    },
  };
}

export type SessionManager = ReturnType<typeof createSessionManager>;
