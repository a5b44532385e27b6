import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestApiServer, type TestApiServer } from './test-api/test-api-server';
import { testCores } from './test-core';

/**
 * For a vitest file: the demo API started before its tests (faults cleared and the sample data
 * served again after each) and its cores, all of them removed and deleted, when it ends.
 */
export function demoServerPerFile(now: Date, icps: unknown[]) {
  const cores = testCores();
  let server: TestApiServer | null = null;
  beforeAll(async () => {
    server = await startTestApiServer({ now, icps });
  });
  afterEach(() => {
    server?.clearFaults();
    server?.setIcps(icps);
  });
  afterAll(async () => {
    await cores.disposeAll();
    await server?.close();
  });
  return {
    cores,
    get server(): TestApiServer {
      if (!server) throw new Error('the demo server starts in beforeAll');
      return server;
    },
  };
}
