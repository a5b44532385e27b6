import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createIcpCache } from '../../src/main/cache/icp-cache';
import { generateIcps } from '../support/test-api/generate-icps';
import { createMemoryLogger } from '../../src/main/logger';
import { searchTextsOf } from '../../src/main/session/summaries';
import { createSettingsStore, type SettingsStore } from '../../src/main/settings/settings-store';
type Settings = Awaited<ReturnType<SettingsStore['get']>>;
import { busyFileQueues } from '../../src/main/storage/file-queue';
import { nodeFileSystem, type AppFileSystem } from '../../src/main/storage/file-system';
import { summarizeIcp, toColumns } from '../../src/shared/icp-summary';
import type { Icp } from '../../src/shared/icp-schema';
import { tempFolders } from '../support/temp-folders';

/*
 * Every read-modify-write of a settings or cache file runs in that file's queue (file-queue.ts).
 * These fire many updates at once through the real stores on a real disk, whose writes are made
 * to take a varying while (so unserialised updates would interleave), and check that all landed.
 */

const now = new Date('2026-11-23T10:00:00.000Z');
const folders = tempFolders('icp-desk-updates-');
const tempFolder = folders.make;
afterAll(folders.removeAll);

/** The real file system, with writes that take 0–4 ms longer, in an order unrelated to when they began. */
function unevenDisk(): AppFileSystem {
  let n = 0;
  const pause = () => new Promise((resolve) => setTimeout(resolve, (n++ * 7) % 5));
  return {
    ...nodeFileSystem,
    writeAtomic: async (path, text, options) => {
      await pause();
      return nodeFileSystem.writeAtomic(path, text, options);
    },
  };
}

describe('settings.json under concurrent updates', () => {
  const settingsIn = (dataDir: string, fs: AppFileSystem = unevenDisk()) => createSettingsStore({ fs, dataDir, clock: () => now, log: createMemoryLogger() });
  const onDisk = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Settings;

  it("keeps a sign-in's base URL when the window's bounds are saved at the same moment", async () => {
    const dataDir = tempFolder();
    const settings = settingsIn(dataDir);
    const window = { x: 10, y: 20, width: 1200, height: 800, maximized: false };
    await Promise.all([settings.update({ baseUrl: 'https://api.example.com' }), settings.update({ window })]);
    const expected = { version: 1, baseUrl: 'https://api.example.com', window };
    expect(onDisk(dataDir)).toEqual(expected);
    // The next start reads what both updates wrote.
    expect(await settingsIn(dataDir).get()).toEqual(expected);
  });

  it('lands all of 90 concurrent updates of three fields, each on top of every one fired before it', async () => {
    const dataDir = tempFolder();
    const settings = settingsIn(dataDir);
    type Patch = Parameters<typeof settings.update>[0];
    const patches: Patch[] = Array.from({ length: 90 }, (_, i): Patch => {
      if (i % 3 === 0) return { window: { x: i, y: i, width: 800 + i, height: 600, maximized: i % 2 === 0 } };
      if (i % 3 === 1) return { baseUrl: `https://api-${i}.example.com` };
      return {
        listView: {
          search: `query ${i}`,
          sort: 'name',
          expiry: [],
          searchTypes: [],
          customFilterTypes: [],
          hasCrmFilters: false,
          offlineOnly: i % 2 === 0,
          checks: [],
          focus: null,
        },
      };
    });
    const results = await Promise.all(patches.map((patch) => settings.update(patch)));

    // What each update must have returned: every patch up to and including its own, in the order fired.
    let expected: Settings = { version: 1, baseUrl: null };
    results.forEach((result, i) => {
      expected = { ...expected, ...patches[i] };
      expect(result, `update ${i}`).toEqual(expected);
    });
    expect(onDisk(dataDir)).toEqual(expected);
    expect(await settings.get()).toEqual(expected);
    expect(await settingsIn(dataDir, nodeFileSystem).get()).toEqual(expected);
  });

  it('forgets a queue once its file is idle, and a failed write does not block the next update', async () => {
    const dataDir = tempFolder();
    let refuse = true;
    const fs: AppFileSystem = {
      ...nodeFileSystem,
      writeAtomic: async (path, text, options) => {
        if (refuse) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFileSystem.writeAtomic(path, text, options);
      },
    };
    const settings = settingsIn(dataDir, fs);
    await expect(settings.update({ session: 'demo' })).rejects.toThrow('ENOSPC');
    refuse = false;
    await settings.update({ baseUrl: 'https://b.example.com' });
    expect(onDisk(dataDir)).toMatchObject({ session: 'demo', baseUrl: 'https://b.example.com' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(busyFileQueues()).toBe(0);
  });
});

describe('the cached list under concurrent updates', () => {
  const icps = generateIcps(60, { seed: 14, now }) as Icp[];
  // What counts is which ICPs are left, not their order.
  const sorted = (ids: readonly string[] | undefined) => [...(ids ?? [])].map((id) => id.toLowerCase()).sort();
  const derivedFrom = (list: readonly Icp[]) => ({ summaries: toColumns(list.map(summarizeIcp)), search: searchTextsOf(list) });

  it('lands all of 40 concurrent detail refreshes beside a prune of the ICPs a new list no longer has', async () => {
    const cache = createIcpCache({
      fs: unevenDisk(),
      folder: tempFolder(),
      clock: () => now,
      log: createMemoryLogger(),
    });
    await Promise.all(icps.map((icp) => cache.writeDetail(icp, now)));
    const listed = icps.filter((_, i) => i % 3 !== 0);
    const later = new Date(now.getTime() + 60_000);
    const [pruned] = await Promise.all([
      cache.pruneDetails(new Set(listed.map((icp) => icp.id.toLowerCase()))),
      cache.writeList(listed, derivedFrom(listed), later),
      ...listed.slice(0, 40).map((icp) => cache.writeDetail({ ...icp, name: `${icp.name} (new)` }, later)),
    ]);

    const keptIds = listed.map((icp) => icp.id.toLowerCase());
    expect(sorted(pruned)).toEqual(sorted(icps.filter((_, i) => i % 3 === 0).map((icp) => icp.id.toLowerCase())));
    expect(sorted([...(await cache.offlineIds())])).toEqual(sorted(keptIds));
    expect(sorted((await cache.readList())?.icps.map((icp) => icp.id))).toEqual(sorted(keptIds));
    expect(sorted((await cache.readSummaries())?.columns.id)).toEqual(sorted(keptIds));
    for (const icp of listed.slice(0, 40)) expect((await cache.readDetail(icp.id))?.icp.name).toBe(`${icp.name} (new)`);
  });
});
