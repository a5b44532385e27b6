import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger } from '../../src/main/logger';
import { createMainCore, type MainCoreOptions } from '../../src/main/main-core';
import { createKeychainTokenStore } from '../../src/main/secrets/token-store';
import { createDemoLauncher } from '../../src/main/demo/demo-launcher';
import type { AccountList } from '../../src/shared/accounts/account-schema';
import type { EventName, EventPayload } from '../../src/shared/ipc-contract';
import type { Result } from '../../src/shared/result';

/*
 * The main-process core as Electron assembles it, with the real keychain (a test-only service
 * name), a temp data folder, and recording stand-ins for the save dialog, clipboard and events.
 */

export interface TestCoreOptions extends Partial<Omit<MainCoreOptions, 'emit' | 'clipboard' | 'saveDialog'>> {
  service?: string;
}

export function createTestCore(options: TestCoreOptions = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'icp-desk-core-'));
  const service = options.service ?? `ICP Desk test ${process.pid}-${Math.random().toString(36).slice(2)}`;
  const tokenStore = options.tokenStore ?? createKeychainTokenStore(service);
  const log = createMemoryLogger();
  const demo = createDemoLauncher();
  const clipboard: string[] = [];
  const events: { event: EventName; payload: unknown }[] = [];
  const saveAnswers: (string | null)[] = [];
  const savePrompts: string[] = [];
  const core = createMainCore({
    launchDemo: demo.launch,
    ...options,
    dataDir,
    tokenStore,
    log,
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void events.push({ event, payload }),
    clipboard: { writeText: (text) => void clipboard.push(text) },
    saveDialog: async (name) => {
      savePrompts.push(name);
      return saveAnswers.length > 0 ? saveAnswers.shift()! : null;
    },
  });
  return {
    ...core,
    dataDir,
    service,
    tokenStore,
    log,
    clipboard,
    events,
    /** Answers for the next save dialogs, in order (null: the user cancels). */
    saveAnswers,
    /** The default file names the save dialog was opened with. */
    savePrompts,
    async dispose() {
      await core.checks.close();
      await demo.close();
      await core.logFile.flush();
    },
    async removeData() {
      // Lines still on their way to logs/main.log would recreate files in a folder being removed.
      await core.logFile.flush();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestCore = ReturnType<typeof createTestCore>;

/** Every file under `dir`, with its content, for greps (e.g. "the token is in none of them"). */
export function filesUnder(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ path, text: readFileSync(path, 'latin1') });
    }
  };
  walk(dir);
  return out;
}

/** The cache folder of the only account in a data folder, for tests that damage cache files on purpose. */
export function onlyAccountCache(dataDir: string): string {
  const root = join(dataDir, 'accounts');
  const names = readdirSync(root);
  if (names.length !== 1) throw new Error(`expected one account folder in ${root}, found ${names.length}`);
  return join(root, names[0]!, 'cache');
}

/** The data of an ok Result; a readable failure otherwise. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.kind}: ${result.error.message}`);
  return result.data;
}

/** Removes every account of a core (keychain entries and folders). */
async function removeAllAccounts(core: Pick<TestCore, 'dispatch'>): Promise<void> {
  const listed = await core.dispatch('accounts:list', {});
  if (!listed.ok) return;
  for (const { id } of (listed.data as AccountList).accounts) await core.dispatch('accounts:remove', { id });
}

/**
 * Cores made by a test file, all accounts removed, stopped and deleted by `disposeAll` (its
 * afterAll), so no token is left in the keychain and no data folder on disk.
 */
export function testCores() {
  const cores: TestCore[] = [];
  return {
    create(options: TestCoreOptions = {}): TestCore {
      const core = createTestCore(options);
      cores.push(core);
      return core;
    },
    async disposeAll(): Promise<void> {
      for (const core of cores.splice(0)) {
        await removeAllAccounts(core);
        await core.dispose();
        await core.removeData();
      }
    },
  };
}
