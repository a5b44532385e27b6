/*
 * An export's text comes in pieces (a CSV batch of rows, one report page per ICP) so main can
 * build a 10,000-ICP file without holding its event loop for seconds: it joins the pieces and
 * yields between them (src/main/export/build-export-text.ts). Here, joined at once, for tests
 * and small inputs.
 */

export interface ExportPiece {
  text: string;
  /** How many ICPs are written once this piece is. */
  done: number;
}

export function joinPieces(pieces: Iterable<ExportPiece>): string {
  let text = '';
  for (const piece of pieces) text += piece.text;
  return text;
}
