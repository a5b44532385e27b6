import { appError, type AppError } from '../../shared/api-error';
import { formatNumber } from '../../shared/format/numbers';

/** The most of one reply the API client reads: well above a 100,000-ICP list (about 150 MB). */
export const MAX_REPLY_BYTES = 256 * 1024 * 1024;

const MB = 1024 * 1024;
const sizeText = (bytes: number) => (bytes % MB === 0 ? `${bytes / MB} MB` : `${formatNumber(bytes)} bytes`);

export type BodyRead = { ok: true; text: string } | { ok: false; error: AppError };

/**
 * A reply's body as text, read as a stream and given up past `maxBytes`: a server that sends
 * without end (or a reply too big for memory) costs at most that much, not the app. A declared
 * Content-Length over the limit is refused before reading anything. Decoded as UTF-8 with a BOM
 * dropped, as Response.text() does.
 */
export async function readBodyText(response: Response, maxBytes: number, what: string): Promise<BodyRead> {
  const tooBig = (): BodyRead => ({
    ok: false,
    error: appError(
      'invalidResponse',
      `The API's reply for ${what} is larger than ${sizeText(maxBytes)}, the most ICP Desk reads, so it stopped reading. Nothing was changed: what was saved before is kept.`,
    ),
  });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooBig();
  }
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooBig();
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks, total)) };
}
