import { createMemoryLogger, type Logger } from '../src/main/logger';
import { createMainCore } from '../src/main/main-core';
import { startWebHost, type WebHost, type WebHostOptions } from '../src/web-host/web-host';
import { memoryTokenStore } from './measure-renderer';

/** What main is given in the bench: tokens in memory, no demo, a timeout for big lists. */
const benchMain = (dataDir: string, log: Logger) => ({
  dataDir,
  tokenStore: memoryTokenStore(),
  launchDemo: () => Promise.reject(new Error('no demo in the bench')),
  log,
  timeoutMs: 300_000,
});

/** The web host as the bench drives it (see benchMain); `options` may share a token store or fix the clock. */
export function startBenchHost(dataDir: string, options: Partial<Pick<WebHostOptions, 'tokenStore' | 'clock'>> = {}): Promise<WebHost> {
  return startWebHost({ ...benchMain(dataDir, createMemoryLogger()), ...options });
}

/** Main's core as the bench drives it (see benchMain), with no dialogs. */
export function createBenchCore(dataDir: string, log: Logger = createMemoryLogger()) {
  return createMainCore({
    ...benchMain(dataDir, log),
    emit: () => undefined,
    clipboard: { writeText: () => undefined },
    saveDialog: async () => null,
  });
}
