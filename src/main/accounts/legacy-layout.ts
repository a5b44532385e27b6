import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Account } from '../../shared/accounts/account-schema';
import { fail, ok, type Result } from '../../shared/result';
import { checkBaseUrl } from '../api/base-url';
import { createIcpCache } from '../cache/icp-cache';
import type { Logger } from '../logger';
import type { TokenStore } from '../secrets/token-store';
import type { Settings, SettingsStore } from '../settings/settings-store';
import type { AppFileSystem } from '../storage/file-system';
import type { AccountListStore } from './account-list';
import { accountFolder, cacheFolderIn } from './account-folder';
import { keychainError } from './account-openings';
import { apiAccount, demoAccount } from './new-account';
import { createAccountView } from './account-view';

/*
 * Versions before accounts kept one session: settings.json said which (`session`, `baseUrl`,
 * `listView`), the token sat in the keychain under the API origin, and the cache in
 * cache/<host>-<sha256(origin, token)>. On the first start with accounts, that session becomes the
 * first account (its cache moved into the account's folder, its token moved to an entry named by
 * the account's id), and nothing of the old layout is left: not the settings keys, not the
 * origin-named keychain entry, not the cache folders (including those earlier sign-ins left).
 */

type LegacySettings = Pick<Settings, 'session' | 'baseUrl' | 'listView'>;

const LEGACY_CACHE_DIR = 'cache';

/** The old cache folder name: the host and an unsalted hash of origin and token. */
export function legacyCacheFolderName(origin: string, token: string): string {
  const host = new URL(origin).host.replace(/[^a-zA-Z0-9.-]/g, '_');
  const tokenHash = createHash('sha256').update(`icp-desk-cache\0${origin}\0${token}`).digest('hex').slice(0, 24);
  return `${host}-${tokenHash}`;
}

export interface LegacyDeps {
  fs: AppFileSystem;
  dataDir: string;
  tokenStore: TokenStore;
  list: AccountListStore;
  settings: SettingsStore;
  clock: () => Date;
  log: Logger;
}

/** The old session as an account (its token moved to the account's own entry), or null if it had none. */
async function accountFromLegacy(
  deps: LegacyDeps,
  legacy: LegacySettings,
  now: Date,
): Promise<Result<{ account: Account; oldCache: string | null; oldEntry: string | null } | null>> {
  if (legacy.session === 'demo') return ok({ account: demoAccount(now), oldCache: null, oldEntry: null });
  if (legacy.session !== 'account' || !legacy.baseUrl) return ok(null);
  const checked = checkBaseUrl(legacy.baseUrl);
  if (!checked.ok) return ok(null);
  const origin = checked.data.origin;
  let token: string | null;
  try {
    token = await deps.tokenStore.read(origin);
  } catch (error) {
    // Tried again on the next start: moving the session needs its token.
    return fail(keychainError(error));
  }
  if (token === null) return ok(null);
  const account = apiAccount(checked.data, undefined, now);
  try {
    await deps.tokenStore.save(account.id, token);
  } catch (error) {
    return fail(keychainError(error));
  }
  return ok({ account, oldCache: join(deps.dataDir, LEGACY_CACHE_DIR, legacyCacheFolderName(origin, token)), oldEntry: origin });
}

/**
 * Moves a pre-accounts data folder to the account layout; nothing when there is none. Fails (and
 * is tried again on the next start) only when the keychain cannot be used.
 */
export async function migrateLegacyLayout(deps: LegacyDeps): Promise<Result<null>> {
  const { fs, log } = deps;
  const settings = await deps.settings.get();
  const legacy = settings.session !== undefined || settings.listView !== undefined ? settings : null;
  const oldCacheRoot = join(deps.dataDir, LEGACY_CACHE_DIR);
  if (!legacy && (await fs.list(oldCacheRoot)).length === 0) return ok(null);

  const now = deps.clock();
  const found = legacy ? await accountFromLegacy(deps, legacy, now) : ok(null);
  if (!found.ok) return found;
  if (found.data) {
    const { account, oldCache, oldEntry } = found.data;
    const added = await deps.list.add(account);
    if (!added.ok) {
      if (account.kind === 'account') await deps.tokenStore.remove(account.id).catch(() => undefined);
      return added;
    }
    const folder = accountFolder(deps.dataDir, account.id);
    await fs.makeDir(folder);
    if (oldCache && (await fs.readText(join(oldCache, 'list.json'))) !== null) {
      await fs.rename(oldCache, cacheFolderIn(folder));
      const summaries = await createIcpCache({ fs, folder: cacheFolderIn(folder), clock: deps.clock, log }).readSummaries();
      if (summaries) await deps.list.patch(account.id, { lastSyncAt: summaries.fetchedAt });
    }
    if (legacy?.listView) await createAccountView({ fs, folder, clock: deps.clock, log }).save(legacy.listView);
    await deps.list.setLastUsed(account.id);
    if (oldEntry) await deps.tokenStore.remove(oldEntry).catch((error: unknown) => log.warn(`Could not remove the old keychain entry: ${String(error)}`));
    log.info(`Moved the signed-in session to the account list (${account.label})`);
  }
  await deps.settings.update({ session: undefined, listView: undefined });
  await fs.remove(oldCacheRoot);
  return ok(null);
}
