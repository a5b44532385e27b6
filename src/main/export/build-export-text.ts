import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ExportPiece } from '../../shared/export/export-piece';

/** How long main may work on an export before it lets other work (IPC, timers, the window) run. */
const SLICE_MS = 15;

/**
 * Joins an export's pieces (see shared/export/export-piece.ts) in slices of at most about
 * SLICE_MS, yielding to the event loop between slices, so the 10,000-ICP report (seconds of
 * work) never stalls main: IPC answers, progress events and the window stay live meanwhile.
 */
export async function buildExportText(pieces: Iterable<ExportPiece>, onProgress: (done: number) => void): Promise<string> {
  let text = '';
  let sliceStart = performance.now();
  for (const piece of pieces) {
    text += piece.text;
    if (performance.now() - sliceStart >= SLICE_MS) {
      onProgress(piece.done);
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  return text;
}
