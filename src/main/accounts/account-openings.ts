import { appError, type AppError } from '../../shared/api-error';
import type { Account } from '../../shared/accounts/account-schema';
import { fail, type Result } from '../../shared/result';
import { KeychainError, type TokenStore } from '../secrets/token-store';
import { openAccount, type Credential, type OpenAccount, type OpenAccountDeps } from './open-account';

/** Starts the built-in demo API (in-process, on 127.0.0.1) and says how to reach it. */
export type DemoLauncher = () => Promise<{ baseUrl: string; token: string }>;

export const keychainError = (error: unknown, lead = ''): AppError =>
  appError('keychain', `${lead}${error instanceof KeychainError ? error.message : 'The OS keychain is unavailable.'}`);

/** A 401 while adding or re-authenticating is about the token just typed, not an expired session. */
function tokenRefused(error: AppError, origin: string): AppError {
  if (error.kind !== 'unauthorized') return error;
  const said = error.apiCode ? ` (${error.apiCode}: ${error.apiMessage})` : '';
  return { ...error, message: `This token was not accepted by ${origin}${said}. Check it and try again.` };
}

/**
 * Every opening of an account not yet closed: the open account, and accounts whose new token is
 * being checked. Removing an account closes all of its openings, so none can write afterwards.
 */
export function createOpenings(deps: OpenAccountDeps & { tokenStore: TokenStore; launchDemo: DemoLauncher }) {
  const openings = new Set<OpenAccount>();

  const open = (account: Account, baseUrl: string, credential: Credential): Result<OpenAccount> => {
    const made = openAccount(account, baseUrl, credential, deps);
    if (made.ok) openings.add(made.data);
    return made;
  };

  const close = async (opening: OpenAccount) => {
    openings.delete(opening);
    await opening.close();
  };

  return {
    open,
    close,
    ids: () => [...openings].map((opening) => opening.id),
    closeAll: (id: string) => Promise.all([...openings].filter((opening) => opening.id === id).map(close)),

    /** A new account whose token could not be kept: it leaves nothing behind. */
    async discard(candidate: OpenAccount): Promise<void> {
      await close(candidate);
      await deps.fs.remove(candidate.folder);
    },

    /** Opens a listed account with its token from the keychain (or the demo server's). */
    async openListed(account: Account): Promise<Result<OpenAccount>> {
      if (account.kind === 'demo') {
        try {
          const demo = await deps.launchDemo();
          return open(account, demo.baseUrl, { token: demo.token });
        } catch (error) {
          return fail(appError('network', `The demo workspace could not start: ${error instanceof Error ? error.message : String(error)}`));
        }
      }
      let token: string | null;
      try {
        token = await deps.tokenStore.read(account.id);
      } catch (error) {
        return fail(keychainError(error));
      }
      const missing = appError(
        'unauthorized',
        `The keychain has no token for ${account.label} (it was removed outside ICP Desk). Enter the token to sign in again.`,
      );
      return open(account, account.baseUrl ?? '', token === null ? { missing } : { token });
    },

    /**
     * Opens an account with a token that is not kept yet and checks it with a list call, which also
     * fills the account's cache. Run before the change's turn: a slow server holds up nothing else.
     */
    async tryToken(account: Account, baseUrl: string, token: string): Promise<Result<OpenAccount>> {
      const made = open(account, baseUrl, { token });
      if (!made.ok) return made;
      const verified = await made.data.icps.refreshList();
      if (verified.ok) return made;
      await close(made.data);
      return fail(tokenRefused(verified.error, made.data.client.origin));
    },
  };
}
