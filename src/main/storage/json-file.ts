import { createHash } from 'node:crypto';
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
export async function readJsonFile<S extends z.ZodType>(fs: AppFileSystem, path: string, schema: S, now: Date): Promise<JsonFileRead<z.output<S>>> {
  const text = await fs.readText(path);
  if (text === null) return { state: 'missing' };
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: 'ok', value: parsed.data };
    const issue = parsed.error.issues[0];
    return setAside(fs, path, `${basename(path)} has an unexpected shape (${issue?.path.join('.') || 'root'}: ${issue?.message})`, now);
  } catch {
    return setAside(fs, path, `${basename(path)} is not valid JSON (truncated or corrupt)`, now);
  }
}

/*
 * A sealed file: a header line (JSON, with the SHA-256 of the body) and the body (JSON). For big
 * files the app reads at every start. A plain hash proves the body is whole and unchanged since
 * the header was written (no truncation, no corruption), not who wrote it: anyone can compute
 * one. So the body is still checked against a schema, one the caller keeps cheap (the shape of
 * what it reads, not every element, which would cost as much as validating the ICPs again).
 */

export function sealJson(header: Record<string, unknown>, body: unknown): string {
  const text = JSON.stringify(body);
  return `${JSON.stringify({ ...header, sha256: sha256(text) })}\n${text}`;
}

export async function readSealedJsonFile<S extends z.ZodType, B extends z.ZodType>(
  fs: AppFileSystem,
  path: string,
  schemas: { header: S; body: B },
  now: Date,
): Promise<JsonFileRead<{ header: z.output<S>; body: z.output<B> }>> {
  const text = await fs.readText(path);
  if (text === null) return { state: 'missing' };
  const name = basename(path);
  const newline = text.indexOf('\n');
  let header: unknown;
  try {
    header = JSON.parse(newline === -1 ? text : text.slice(0, newline));
  } catch {
    return setAside(fs, path, `${name} is not valid JSON (truncated or corrupt)`, now);
  }
  const parsed = schemas.header.safeParse(header);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return setAside(fs, path, `${name} has an unexpected shape (${issue?.path.join('.') || 'root'}: ${issue?.message})`, now);
  }
  const body = newline === -1 ? '' : text.slice(newline + 1);
  if ((header as { sha256?: unknown }).sha256 !== sha256(body)) {
    return setAside(fs, path, `${name} is not valid JSON (truncated or corrupt: its checksum does not match)`, now);
  }
  const shaped = schemas.body.safeParse(JSON.parse(body));
  if (!shaped.success) {
    const issue = shaped.error.issues[0];
    return setAside(fs, path, `${name} has an unexpected shape (${issue?.path.join('.') || 'root'}: ${issue?.message})`, now);
  }
  return { state: 'ok', value: { header: parsed.data, body: shaped.data } };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function setAside(
  fs: AppFileSystem,
  path: string,
  reason: string,
  now: Date,
): Promise<{ state: 'setAside'; reason: string; setAsidePath: string | null }> {
  const setAsidePath = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await fs.rename(path, setAsidePath);
    return { state: 'setAside', reason, setAsidePath };
  } catch {
    return { state: 'setAside', reason, setAsidePath: null };
  }
}
