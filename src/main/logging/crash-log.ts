import type { Logger } from '../logger';

interface GoneDetails {
  reason: string;
  exitCode: number;
  type?: string;
  name?: string;
}

/** An error's stack (which starts with its message), or what the thrown value says of itself. */
function describeFailure(reason: unknown): string {
  if (reason instanceof Error) return reason.stack ?? `${reason.name}: ${reason.message}`;
  if (typeof reason === 'string') return reason;
  try {
    return JSON.stringify(reason) ?? String(reason);
  } catch {
    return Object.prototype.toString.call(reason);
  }
}

/**
 * Records what ends or breaks a process in main's log: a crashed or killed renderer (the window
 * goes blank), a crashed helper process, and exceptions and rejections nothing caught. Without
 * this an installed app fails silently: its console is seen by nobody.
 */
export function recordCrashes(log: Logger, sources: { process: NodeJS.EventEmitter; app: NodeJS.EventEmitter }): void {
  sources.process.on('uncaughtException', (error: unknown) => log.error(`Uncaught exception: ${describeFailure(error)}`));
  sources.process.on('unhandledRejection', (reason: unknown) => log.error(`Unhandled rejection: ${describeFailure(reason)}`));
  sources.app.on('render-process-gone', (_event: unknown, _contents: unknown, details: GoneDetails) =>
    log.error(`The window's renderer process is gone: ${details.reason} (exit code ${details.exitCode})`),
  );
  sources.app.on('child-process-gone', (_event: unknown, details: GoneDetails) =>
    log.error(`A helper process (${details.name ?? details.type ?? 'unknown'}) is gone: ${details.reason} (exit code ${details.exitCode})`),
  );
}
