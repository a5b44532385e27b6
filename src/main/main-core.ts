import { join } from 'node:path';
import { createChecksService } from './checks/checks-service';
import { createDispatcher } from './ipc/dispatcher';
import { createHandlers, type HandlerDeps } from './ipc/handlers';
import { combineLoggers, type Logger } from './logger';
import { createLinkInbox } from './links/link-inbox';
import { createLogFile } from './logging/log-file';
import type { TokenStore } from './secrets/token-store';
import { createSessionManager, type DemoLauncher } from './session/session-manager';
import { createSettingsStore } from './settings/settings-store';
import { nodeFileSystem, type AppFileSystem } from './storage/file-system';

export interface MainCoreOptions extends Pick<HandlerDeps, 'saveDialog' | 'clipboard' | 'emit'> {
  /** The app's data folder: settings.json, accounts.json, accounts/ and logs/ live here. */
  dataDir: string;
  tokenStore: TokenStore;
  launchDemo: DemoLauncher;
  log: Logger;
  fs?: AppFileSystem;
  fetch?: typeof fetch;
  timeoutMs?: number;
  clock?: () => Date;
}

/**
 * Everything main does, assembled from its parts, with no Electron in sight: Electron's index.ts
 * and the web test host both call this and differ only in the dependencies they pass.
 */
export function createMainCore(options: MainCoreOptions) {
  const fs = options.fs ?? nodeFileSystem;
  const clock = options.clock ?? (() => new Date());
  const logFile = createLogFile({ fs, dir: join(options.dataDir, 'logs'), clock });
  const log = combineLoggers(options.log, logFile);
  const settings = createSettingsStore({ fs, dataDir: options.dataDir, clock, log });
  const sessions = createSessionManager({
    tokenStore: options.tokenStore,
    settings,
    fs,
    dataDir: options.dataDir,
    clock,
    log,
    launchDemo: options.launchDemo,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const links = createLinkInbox({ sessions, emit: options.emit, log });
  const checks = createChecksService({ clock, log });
  const handlers = createHandlers({ ...options, sessions, fs, clock, links, checks });
  /** `log` writes to the caller's logger and to the rotated file in <dataDir>/logs (logFile). */
  return { dispatch: createDispatcher(handlers, log), handlers, sessions, settings, log, logFile, links, checks };
}

export type MainCore = ReturnType<typeof createMainCore>;
