import { join } from 'node:path';
import { AccountId } from '../../shared/accounts/account-schema';
import type { Logger } from '../logger';
import type { AppFileSystem } from '../storage/file-system';

/*
 * Everything of one account on disk lives in one folder, <data>/accounts/<id>/, so removing the
 * account is removing that folder: cache/ (list, summaries, search texts, ICP details), view.json
 * (search, sort, chips) and, as they come, its review state and history.
 */

const ACCOUNTS_DIR = 'accounts';

export function accountFolder(dataDir: string, id: string): string {
  // Ids come from the account list, which checked them; this keeps a bad one from naming another folder.
  return join(dataDir, ACCOUNTS_DIR, AccountId.parse(id));
}

export const cacheFolderIn = (folder: string): string => join(folder, 'cache');

/**
 * Deletes the folders of accounts that are not in the list: left by a crash between creating a
 * folder and listing its account, or by a list that was lost. Nothing else could ever open them.
 */
export async function removeUnlistedFolders(fs: AppFileSystem, dataDir: string, listed: ReadonlySet<string>, log: Logger): Promise<void> {
  const root = join(dataDir, ACCOUNTS_DIR);
  for (const name of await fs.list(root)) {
    if (listed.has(name)) continue;
    log.warn(`Removing the folder of an account that is not in the list (${name})`);
    await fs.remove(join(root, name));
  }
}
