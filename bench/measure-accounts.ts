import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoApiServer } from '../src/main/demo/demo-api-server';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import { createMemoryLogger } from '../src/main/logger';
import { createMainCore } from '../src/main/main-core';
import type { SessionStatus } from '../src/shared/ipc-contract';
import { BENCH_NOW } from './measure-main';
import { memoryTokenStore } from './measure-renderer';
import { median, repeat } from './stats';

export interface AccountFigures {
  count: number;
  /** accounts:switch answered: the other account open (its token read, its cache ready to read). */
  switchMs: number;
  /** accounts:switch, then icps:list from the cache, serialized as it crosses to the renderer. */
  switchToListMs: number;
}

const USERS = [
  { id: 'user_bench_a', token: 'bench-token-a', admin: false },
  { id: 'user_bench_b', token: 'bench-token-b', admin: false },
];

/**
 * Main's side of switching accounts: two accounts with `count` cached ICPs each, switched back and
 * forth; each run ends when the list page from the new account's cache is ready to send.
 */
export async function measureAccounts(count: number, runs: number): Promise<AccountFigures> {
  const icps = generateIcps(count, { seed: 7, now: BENCH_NOW, userIds: USERS.map((user) => user.id) });
  const server = await startDemoApiServer({ icps, users: USERS, now: BENCH_NOW });
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-bench-accounts-'));
  try {
    const core = createMainCore({
      dataDir,
      tokenStore: memoryTokenStore(),
      launchDemo: () => Promise.reject(new Error('no demo in the bench')),
      log: createMemoryLogger(),
      timeoutMs: 300_000,
      emit: () => undefined,
      clipboard: { writeText: () => undefined },
      saveDialog: async () => null,
    });
    const ids: string[] = [];
    for (const user of USERS) {
      const added = await core.dispatch('accounts:add', { baseUrl: server.url, token: user.token });
      if (!added.ok) throw new Error(`the bench could not add an account: ${added.error.message}`);
      ids.push((added.data as Extract<SessionStatus, { state: 'signedIn' }>).account.id);
    }
    let next = 0;
    const samples = await repeat(runs, 2, async () => {
      const id = ids[next++ % ids.length]!;
      const started = performance.now();
      const switched = await core.dispatch('accounts:switch', { id });
      const switchedAt = performance.now();
      const page = await core.dispatch('icps:list', { source: 'cache' });
      const bytes = JSON.stringify(page).length;
      const ready = performance.now();
      if (!switched.ok || !page.ok || bytes < count * 50) throw new Error('the bench switch did not give the cached list');
      return { switchMs: switchedAt - started, switchToListMs: ready - started };
    });
    return { count, switchMs: median(samples.map((s) => s.switchMs)), switchToListMs: median(samples.map((s) => s.switchToListMs)) };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
