/**
 * Where main writes diagnostics. Messages never contain the token: callers pass only origins,
 * ids and error kinds, and the token-secrecy test greps every log line to prove it.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(`[icp-desk] ${message}`),
  warn: (message) => console.warn(`[icp-desk] ${message}`),
  error: (message) => console.error(`[icp-desk] ${message}`),
};

/** Sends every line to each logger (the console and the log file, say). */
export function combineLoggers(...loggers: Logger[]): Logger {
  return {
    info: (message) => loggers.forEach((log) => log.info(message)),
    warn: (message) => loggers.forEach((log) => log.warn(message)),
    error: (message) => loggers.forEach((log) => log.error(message)),
  };
}

/** Keeps lines in memory (tests read them) and forwards them to another logger. */
export function createMemoryLogger(forward?: Logger): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string, fn?: (m: string) => void) => (message: string) => {
    lines.push(`${level} ${message}`);
    fn?.(message);
  };
  return { lines, info: keep('info', forward?.info), warn: keep('warn', forward?.warn), error: keep('error', forward?.error) };
}
