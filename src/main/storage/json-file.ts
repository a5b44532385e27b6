import { basename } from 'node:path';
import type * as z from 'zod';
import type { AppFileSystem } from './file-system';

export type JsonFileRead<T> =
  | { state: 'ok'; value: T }
  | { state: 'missing' }
  /** The file was unreadable and has been moved aside (to `setAsidePath`) so it can be rebuilt. */
  | { state: 'setAside'; reason: string; setAsidePath: string | null };

/**
 * Reads a JSON file the app wrote earlier. A truncated, corrupt or foreign file is never fatal:
 * it is renamed next to itself (kept for a bug report, not lost) and the caller starts afresh.
 */
export async function readJsonFile<S extends z.ZodType>(
  fs: AppFileSystem,
  path: string,
  schema: S,
  now: Date,
): Promise<JsonFileRead<z.output<S>>> {
  const text = await fs.readText(path);
  if (text === null) return { state: 'missing' };
  let reason: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: 'ok', value: parsed.data };
    reason = `${basename(path)} has an unexpected shape (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message})`;
  } catch {
    reason = `${basename(path)} is not valid JSON (truncated or corrupt)`;
  }
  const setAsidePath = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await fs.rename(path, setAsidePath);
    return { state: 'setAside', reason, setAsidePath };
  } catch {
    return { state: 'setAside', reason, setAsidePath: null };
  }
}
