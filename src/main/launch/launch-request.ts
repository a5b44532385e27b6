import * as z from 'zod';

const MAX_ARGS = 64;
const MAX_ARG_LENGTH = 4096;

/**
 * What a second start of the app hands to the running one (Electron's `additionalData` of the
 * single-instance lock). Parsed, not trusted: any local program can start the app with any
 * arguments. Links opened with the app (icpdesk://) will arrive here.
 */
export const LaunchRequest = z.object({ args: z.array(z.string().max(MAX_ARG_LENGTH)).max(MAX_ARGS) });
export type LaunchRequest = z.infer<typeof LaunchRequest>;

/** The user's arguments: argv without the executable and, unpackaged, without the app's path. */
export function launchRequest(argv: readonly string[], isPackaged: boolean): LaunchRequest {
  const args = argv.slice(isPackaged ? 1 : 2).filter((arg) => arg.length <= MAX_ARG_LENGTH);
  return { args: args.slice(0, MAX_ARGS) };
}
