import { join } from 'node:path';
import * as z from 'zod';
import { ListView } from '../../shared/ipc-contract';
import type { AppFileSystem } from '../storage/file-system';
import { inFileQueue } from '../storage/file-queue';
import { readJsonFile } from '../storage/json-file';
import type { Logger } from '../logger';

/**
 * Non-secret settings of this computer. The token is never here: it lives in the OS keychain.
 * Accounts, the one the app restarts into, and each account's list view are in accounts/.
 */
const Settings = z.object({
  version: z.literal(1),
  /** The last API base URL signed in to, kept after its account is removed so adding one again is quick. */
  baseUrl: z.string().nullable(),
  window: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), maximized: z.boolean() }).optional(),
  /**
   * Before accounts: the session to resume and its list view. Kept through any rewrite until
   * accounts/legacy-layout.ts has moved them to an account, which removes them.
   */
  session: z.enum(['none', 'account', 'demo']).optional(),
  listView: ListView.optional().catch(undefined),
});
export type Settings = z.infer<typeof Settings>;

const DEFAULTS: Settings = { version: 1, baseUrl: null };

export interface SettingsStore {
  get(): Promise<Settings>;
  update(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings>;
}

export function createSettingsStore(options: { fs: AppFileSystem; dataDir: string; clock: () => Date; log: Logger }): SettingsStore {
  const path = join(options.dataDir, 'settings.json');
  let current: Promise<Settings> | undefined;

  const load = async (): Promise<Settings> => {
    const read = await readJsonFile(options.fs, path, Settings, options.clock());
    if (read.state === 'ok') return read.value;
    if (read.state === 'setAside') options.log.warn(`Settings were reset: ${read.reason}`);
    return DEFAULTS;
  };

  return {
    get() {
      current ??= load();
      return current;
    },
    update(patch) {
      // Read, merge and write as one step in the file's queue: a sign-in's {session, baseUrl} and
      // the closing window's {window} used to start from the same base, and one of them was lost.
      return inFileQueue(path, async () => {
        const next: Settings = { ...(await this.get()), ...patch, version: 1 };
        // Kept in memory even if the disk refuses it: the app goes on with what the user did.
        current = Promise.resolve(next);
        await options.fs.writeAtomic(path, JSON.stringify(next, null, 2));
        return next;
      });
    },
  };
}
