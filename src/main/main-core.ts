import { createDispatcher } from './ipc/dispatcher';
import { createHandlers, type HandlerDeps } from './ipc/handlers';
import type { Logger } from './logger';
import type { TokenStore } from './secrets/token-store';
import { createSessionManager, type DemoLauncher } from './session/session-manager';
import { createSettingsStore } from './settings/settings-store';
import { nodeFileSystem, type AppFileSystem } from './storage/file-system';

export interface MainCoreOptions extends Pick<HandlerDeps, 'saveDialog' | 'clipboard' | 'openExternal' | 'emit'> {
  /** The app's data folder: settings.json, accounts.json and accounts/ live here. */
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
  const settings = createSettingsStore({ fs, dataDir: options.dataDir, clock, log: options.log });
  const sessions = createSessionManager({
    tokenStore: options.tokenStore,
    settings,
    fs,
    dataDir: options.dataDir,
    clock,
    log: options.log,
    launchDemo: options.launchDemo,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const handlers = createHandlers({ ...options, sessions, fs, clock });
  return { dispatch: createDispatcher(handlers, options.log), handlers, sessions, settings };
}

export type MainCore = ReturnType<typeof createMainCore>;
