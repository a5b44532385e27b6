import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * The few file operations the app's data folder needs. Injected, so tests can make a disk fail
 * (full, read-only) at exactly the write they care about.
 */
export interface AppFileSystem {
  /** The file's text, or null when it does not exist. */
  readText(path: string): Promise<string | null>;
  /**
   * Readers see the old file or the new one, never half of each. Creates the folder.
   * `durable: false` skips the fsync: for the thousands of per-ICP cache files, where a file lost
   * to a power cut is simply fetched again.
   */
  writeAtomic(path: string, text: string, options?: { durable?: boolean }): Promise<void>;
  /** A plain write, for files the user asked for (exports), where the folder already exists. */
  writeFile(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Creates a folder (and its parents) only the user can read; nothing if it exists. */
  makeDir(path: string): Promise<void>;
  /** Removes a file or folder; nothing if it is already gone. */
  remove(path: string): Promise<void>;
  list(dir: string): Promise<string[]>;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

export const nodeFileSystem: AppFileSystem = {
  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  },
  async writeAtomic(path, text, options) {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFileAtomic(path, text, { encoding: 'utf8', mode: 0o600, fsync: options?.durable ?? true });
  },
  async writeFile(path, text) {
    await writeFile(path, text, 'utf8');
  },
  rename: (from, to) => rename(from, to),
  async makeDir(path) {
    await mkdir(path, { recursive: true, mode: 0o700 });
  },
  remove: (path) => rm(path, { recursive: true, force: true }),
  async list(dir) {
    try {
      return await readdir(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  },
};
