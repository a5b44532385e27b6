import { join } from 'node:path';
import type { Logger } from '../logger';
import type { AppFileSystem } from '../storage/file-system';
import { inFileQueue } from '../storage/file-queue';

/*
 * Main's log on disk, in the data folder: an installed app has no console anyone sees, so what
 * went wrong (a crashed renderer, an unhandled rejection, a file that could not be saved) must be
 * somewhere a user can find and send (Help ▸ Show Logs Folder). Rotated by size, so it never
 * grows without end: main.log, then main.1.log … main.<keep>.log, the oldest dropped.
 *
 * Callers never pass the token (see logger.ts) and the secrecy test reads these files; as a
 * second guard, anything that looks like an Authorization header value is masked here.
 */

const LOG_FILE_NAME = 'main.log';
const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_KEEP = 3;
/** One runaway message (a huge reply quoted in an error) must not push everything else out. */
const MAX_LINE_CHARS = 8 * 1024;

export interface LogFile extends Logger {
  readonly dir: string;
  readonly path: string;
  /** Resolves when every line logged so far is on disk. */
  flush(): Promise<void>;
}

export interface LogFileOptions {
  fs: AppFileSystem;
  dir: string;
  clock: () => Date;
  /** Past this size the file is rotated (default 1 MB). */
  maxBytes?: number;
  /** Rotated files kept besides main.log (default 3). */
  keep?: number;
}

const rotatedName = (n: number) => LOG_FILE_NAME.replace(/\.log$/, `.${n}.log`);

/** `Bearer abc…` and `authorization: abc…` lose their value; nothing else is touched. */
export function maskCredentials(text: string): string {
  return text
    .replace(/\b(Bearer|Basic)\s+[^\s"',;]+/gi, '$1 [hidden]')
    .replace(/(authorization["']?\s*[:=]\s*["']?)(?!(?:Bearer|Basic)\s)[^\s"',;]+/gi, '$1[hidden]');
}

function lineOf(when: Date, level: string, message: string): string {
  const text = message.length > MAX_LINE_CHARS ? `${message.slice(0, MAX_LINE_CHARS)}… (${message.length - MAX_LINE_CHARS} more characters)` : message;
  // Continuation lines (stack traces) are indented, so each entry starts at the line's start.
  return `${when.toISOString()} ${level.padEnd(5)} ${maskCredentials(text).replace(/\r?\n/g, '\n    ')}\n`;
}

export function createLogFile(options: LogFileOptions): LogFile {
  const { fs, dir } = options;
  const path = join(dir, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const keep = options.keep ?? DEFAULT_KEEP;
  let size: number | null = null;

  async function rotate(): Promise<void> {
    await fs.remove(join(dir, rotatedName(keep)));
    for (let n = keep - 1; n >= 1; n--) {
      if ((await fs.sizeOf(join(dir, rotatedName(n)))) !== null) await fs.rename(join(dir, rotatedName(n)), join(dir, rotatedName(n + 1)));
    }
    await fs.rename(path, join(dir, rotatedName(1)));
    size = 0;
  }

  const write = (level: string, message: string) => {
    const line = lineOf(options.clock(), level, message);
    const bytes = Buffer.byteLength(line);
    // In the file's queue: appends and rotations never interleave, and lines keep their order.
    void inFileQueue(path, async () => {
      size ??= (await fs.sizeOf(path)) ?? 0;
      if (size > 0 && size + bytes > maxBytes) await rotate();
      await fs.appendText(path, line);
      size += bytes;
    }).catch(() => {
      // A log that cannot be written (disk full, folder gone) must never break what was being logged.
      size = null;
    });
  };

  return {
    dir,
    path,
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
    flush: () => inFileQueue(path, async () => undefined),
  };
}
