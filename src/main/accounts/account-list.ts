import { join } from 'node:path';
import * as z from 'zod';
import { appError } from '../../shared/api-error';
import { Account, AccountId, MAX_ACCOUNTS } from '../../shared/accounts/account-schema';
import { fail, ok, type Result } from '../../shared/result';
import type { Logger } from '../logger';
import type { AppFileSystem } from '../storage/file-system';
import { readJsonFile } from '../storage/json-file';

/** accounts.json: which accounts exist and which one the app restarts into. No secrets. */
const AccountsFile = z.object({
  version: z.literal(1),
  accounts: z.array(Account).max(MAX_ACCOUNTS),
  lastUsed: AccountId.nullable(),
});
export type AccountsFile = z.infer<typeof AccountsFile>;

const EMPTY: AccountsFile = { version: 1, accounts: [], lastUsed: null };

const ACCOUNTS_FILE = 'accounts.json';

export const tooManyAccounts = `ICP Desk keeps at most ${MAX_ACCOUNTS} accounts. Remove one you no longer use, then add this one.`;

/**
 * The account list, the authority on which accounts exist. Changes run one at a time against the
 * newest list, and the list in memory changes only once the file is saved: an add that cannot be
 * saved has not happened, and two changes racing can never undo each other.
 */
export function createAccountList(options: { fs: AppFileSystem; dataDir: string; clock: () => Date; log: Logger }) {
  const { fs, log } = options;
  const path = join(options.dataDir, ACCOUNTS_FILE);
  let loaded: Promise<AccountsFile> | null = null;
  let changes: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<AccountsFile> => {
    const read = await readJsonFile(fs, path, AccountsFile, options.clock());
    if (read.state === 'ok') return read.value;
    if (read.state === 'setAside') log.warn(`The account list was unreadable and was set aside: ${read.reason}`);
    return EMPTY;
  };
  const current = () => (loaded ??= load());

  /** Saves `edit(newest)`; a string from `edit` refuses the change with that reason (kind `limit`). */
  function change(edit: (list: AccountsFile) => AccountsFile | string): Promise<Result<AccountsFile>> {
    const run = changes.then(async (): Promise<Result<AccountsFile>> => {
      const before = await current();
      const after = edit(before);
      if (typeof after === 'string') return fail(appError('limit', after));
      if (after === before) return ok(before);
      try {
        await fs.writeAtomic(path, JSON.stringify(after, null, 2));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        return fail(appError('storage', `Could not save the account list (${reason}). Free some disk space and try again.`));
      }
      loaded = Promise.resolve(after);
      return ok(after);
    });
    changes = run;
    return run;
  }

  const patchOne = (list: AccountsFile, id: string, patch: Partial<Account>): AccountsFile =>
    list.accounts.some((account) => account.id === id)
      ? { ...list, accounts: list.accounts.map((account) => (account.id === id ? { ...account, ...patch } : account)) }
      : list;

  return {
    read: current,

    async get(id: string): Promise<Account | null> {
      return (await current()).accounts.find((account) => account.id === id) ?? null;
    },

    add: (account: Account) => change((list) => (list.accounts.length >= MAX_ACCOUNTS ? tooManyAccounts : { ...list, accounts: [...list.accounts, account] })),

    remove: (id: string) =>
      change((list) =>
        list.accounts.some((account) => account.id === id)
          ? { ...list, accounts: list.accounts.filter((account) => account.id !== id), lastUsed: list.lastUsed === id ? null : list.lastUsed }
          : list,
      ),

    /** Changes one account's fields; nothing if it was removed meanwhile. */
    patch: (id: string, patch: Partial<Omit<Account, 'id' | 'kind'>>) => change((list) => patchOne(list, id, patch)),

    /** The account the app restarts into (null: the sign-in screen). */
    setLastUsed: (id: string | null) =>
      change((list) => (list.lastUsed === id || (id !== null && !list.accounts.some((account) => account.id === id)) ? list : { ...list, lastUsed: id })),
  };
}

export type AccountListStore = ReturnType<typeof createAccountList>;
