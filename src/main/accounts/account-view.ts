import { join } from 'node:path';
import * as z from 'zod';
import { ListView } from '../../shared/ipc-contract';
import type { Logger } from '../logger';
import type { AppFileSystem } from '../storage/file-system';
import { readJsonFile } from '../storage/json-file';

const ViewFile = z.object({ version: z.literal(1), view: ListView });

const VIEW_FILE = 'view.json';

/** One account's list view (search, sort, chips), kept in its folder so it leaves with the account. */
export function createAccountView(options: { fs: AppFileSystem; folder: string; clock: () => Date; log: Logger }) {
  const path = join(options.folder, VIEW_FILE);
  return {
    async read(): Promise<ListView | null> {
      const read = await readJsonFile(options.fs, path, ViewFile, options.clock());
      if (read.state === 'setAside') options.log.warn(`The saved list view was reset: ${read.reason}`);
      return read.state === 'ok' ? read.value.view : null;
    },
    save: (view: ListView): Promise<void> => options.fs.writeAtomic(path, JSON.stringify({ version: 1, view })),
  };
}

export type AccountView = ReturnType<typeof createAccountView>;
