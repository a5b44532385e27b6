import { appendFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
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
   * Readers see the old file or the new one, never half of each; the file is the user's only
   * (0600). Creates the folder (0700) unless `createFolder: false` (exports: the user chose an
   * existing one). `durable: false` skips the fsync: for the thousands of per-ICP cache files,
   * where a file lost to a power cut is simply fetched again.
   */
  writeAtomic(path: string, text: string, options?: WriteOptions): Promise<void>;
  /** Adds text at the end of a file (the log), creating it (0600) and its folder (0700). */
  appendText(path: string, text: string): Promise<void>;
  /** The file's size in bytes, or null when it does not exist. */
  sizeOf(path: string): Promise<number | null>;
  rename(from: string, to: string): Promise<void>;
  /** Creates a folder (and its parents) only the user can read; nothing if it exists. */
  makeDir(path: string): Promise<void>;
  /** Removes a file or folder; nothing if it is already gone. */
  remove(path: string): Promise<void>;
  list(dir: string): Promise<string[]>;
}

export interface WriteOptions {
  durable?: boolean;
  createFolder?: boolean;
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
    if (options?.createFolder ?? true) await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFileAtomic(path, text, { encoding: 'utf8', mode: 0o600, fsync: options?.durable ?? true });
  },
  async appendText(path, text) {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await appendFile(path, text, { encoding: 'utf8', mode: 0o600 });
  },
  async sizeOf(path) {
    try {
      return (await stat(path)).size;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
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
