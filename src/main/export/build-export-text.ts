import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ExportPiece } from '../../shared/export/export-piece';

/** How long main may work on an export before it lets other work (IPC, timers, the window) run. */
const SLICE_MS = 15;

/**
 * Joins an export's pieces (see shared/export/export-piece.ts) in slices of at most about
 * SLICE_MS, yielding to the event loop between slices, so the 10,000-ICP report (seconds of
 * work) never stalls main: IPC answers, progress events and the window stay live meanwhile.
 */
async function* slices(pieces: Iterable<ExportPiece>, onProgress: (done: number) => void): AsyncGenerator<string> {
  let slice: string[] = [];
  let sliceStart = performance.now();
  for (const piece of pieces) {
    slice.push(piece.text);
    if (performance.now() - sliceStart >= SLICE_MS) {
      yield slice.join('');
      slice = [];
      onProgress(piece.done);
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  yield slice.join('');
}

/** The export's text (for the clipboard). */
export async function buildExportText(pieces: Iterable<ExportPiece>, onProgress: (done: number) => void): Promise<string> {
  const parts: string[] = [];
  for await (const slice of slices(pieces, onProgress)) parts.push(slice);
  return parts.join('');
}

/**
 * The export's file content as UTF-8, each slice encoded as it is made: encoding the whole text
 * at the write (write-file-atomic does, for a string) held main for seconds on the 10,000-ICP
 * report (86 MB); joining the encoded slices is one copy.
 */
export async function buildExportBytes(pieces: Iterable<ExportPiece>, onProgress: (done: number) => void): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const slice of slices(pieces, onProgress)) parts.push(Buffer.from(slice, 'utf8'));
  return Buffer.concat(parts);
}
