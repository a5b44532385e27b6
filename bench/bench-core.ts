import { createMemoryLogger, type Logger } from '../src/main/logger';
import { createMainCore } from '../src/main/main-core';
import { memoryTokenStore } from './measure-renderer';

/** Main's core as the bench drives it: tokens in memory, no demo, no dialogs, a timeout for big lists. */
export function createBenchCore(dataDir: string, log: Logger = createMemoryLogger()) {
  return createMainCore({
    dataDir,
    tokenStore: memoryTokenStore(),
    launchDemo: () => Promise.reject(new Error('no demo in the bench')),
    log,
    timeoutMs: 300_000,
    emit: () => undefined,
    clipboard: { writeText: () => undefined },
    saveDialog: async () => null,
  });
}
