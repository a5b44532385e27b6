import * as z from 'zod';

/*
 * What the renderer may ask of main's exports, and what it hears back (the channel entries are
 * in ipc-contract.ts). Every format is made in main, from what main holds, so exports work offline.
 */

/** Files: the API's JSON, a spreadsheet, the review report. */
export const SaveFormat = z.enum(['json', 'csv', 'report']);
export type SaveFormat = z.infer<typeof SaveFormat>;

/**
 * The clipboard: the API's JSON, Markdown (one ICP as a section, several as a table), or the
 * ICPs' icpdesk:// links, one a line.
 */
export const CopyFormat = z.enum(['json', 'markdown', 'link']);
export type CopyFormat = z.infer<typeof CopyFormat>;

export const ExportOutcome = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string(), count: z.number() }),
  z.object({ saved: z.literal(false) }),
]);

/** Pushed while a large export is being made: how many ICPs are written so far. */
export const ExportProgress = z.object({ done: z.number(), total: z.number() });
export type ExportProgress = z.infer<typeof ExportProgress>;
