import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolderIn } from '../../../src/main/accounts/account-folder';
import { createIcpCache } from '../../../src/main/cache/icp-cache';
import { segmentOf } from '../../../src/main/history/history-files';
import { createMemoryLogger } from '../../../src/main/logger';
import { nodeFileSystem } from '../../../src/main/storage/file-system';
import type { Icp } from '../../../src/shared/icp-schema';
import { edited } from '../../support/json-edit';
import { historyFixture, sample, START, unwrap } from './history-fixture';

const warnings = (lines: string[]) => lines.filter((line) => line.startsWith('warn'));
const setAside = (folder: string) => readdirSync(folder).filter((name) => name.includes('.corrupt-'));

// Sixty-odd saves in a row, each waiting on fsync: sized for a machine busy with other builds.
describe('history store: bounds', { timeout: 60_000 }, () => {
  it('keeps the last 50 versions of an ICP whose changes span more than a year, newest included', async () => {
    const h = historyFixture();
    const [icp] = sample();
    for (let n = 1; n <= 60; n++) {
      await h.store.recordReceived([edited(icp!, [['leadsPerList'], n])], { source: n === 1 ? 'list' : 'detail' });
      h.advanceDays(10);
    }
    // Reviewed at version 1 by the first list: kept for "changed since review", on top of the 50.
    const versions = unwrap(await h.store.versions(icp!.id));
    expect(versions).toHaveLength(51);
    expect(versions[0]).toMatchObject({ seq: 60 });
    expect(versions.map((v) => v.seq).slice(1)).toEqual([...Array.from({ length: 49 }, (_, i) => 59 - i), 1]);
    expect(unwrap(await h.store.status(icp!.id))).toMatchObject({ versions: 51, newestSeq: 60, review: 'changed' });

    await h.store.markReviewed([icp!.id]);
    await h.store.recordReceived([edited(icp!, [['leadsPerList'], 61])], { source: 'detail' });
    const pruned = unwrap(await h.store.versions(icp!.id));
    expect(pruned).toHaveLength(50);
    expect(pruned.map((v) => v.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 61 - i));
  });

  it('keeps every version of the last 365 days, beyond 50', async () => {
    const h = historyFixture();
    const [icp] = sample();
    for (let n = 1; n <= 70; n++) {
      await h.store.recordReceived([edited(icp!, [['leadsPerList'], n])], { source: 'detail' });
      h.advanceDays(1);
    }
    expect(unwrap(await h.store.versions(icp!.id))).toHaveLength(70);
  });
});

describe('history store: damaged files and full disks', () => {
  it('sets a truncated segment aside with a warning, keeps every other ICP, and restores the copy at the next refresh', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    const changed = edited(icps[0]!, [['leadsPerList'], 11]);
    await h.store.recordReceived([changed, ...icps.slice(1)], { source: 'list' });
    const segment = segmentOf(changed.id.toLowerCase());
    const victims = icps.filter((icp) => segmentOf(icp.id.toLowerCase()) === segment).map((icp) => icp.id);
    const survivor = icps.find((icp) => segmentOf(icp.id.toLowerCase()) !== segment)!;
    const path = join(h.folder, 'history/versions', `${segment}.json.gz`);
    truncateSync(path, Math.floor(readFileSync(path).length / 2));

    const reopened = h.open();
    expect(unwrap(await reopened.versions(changed.id))).toEqual([]);
    expect(warnings(h.log.lines)).toEqual([expect.stringMatching(/History segment set aside.*truncated or corrupt/)]);
    expect(setAside(join(h.folder, 'history/versions'))).toHaveLength(1);
    expect(unwrap(await reopened.versions(survivor.id))).toHaveLength(1);
    // The ICPs of that segment keep their place and review state; no version is on disk.
    expect(unwrap(await reopened.status(changed.id))).toMatchObject({ versions: 0, newestSeq: 2, review: 'changed' });

    // Their next copy is kept again: as the same version when unchanged, as a new one otherwise.
    const next = unwrap(await reopened.recordReceived([changed, ...icps.slice(1)], { source: 'list' }));
    expect(next.changedIds).toEqual([]);
    expect(unwrap(await reopened.versions(changed.id)).map((v) => v.seq)).toEqual([2]);
    for (const id of victims) expect(unwrap(await reopened.status(id))?.versions).toBe(1);
    const again = edited(changed, [['leadsPerList'], 12]);
    expect(unwrap(await reopened.recordReceived([again], { source: 'detail' })).changedIds).toEqual([changed.id]);
    expect(unwrap(await reopened.versions(changed.id)).map((v) => v.seq)).toEqual([3, 2]);
  });

  it('notices a segment gone missing (a new one lost to a power cut) and keeps its ICPs again at the next refresh', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    const [icp] = icps;
    await nodeFileSystem.remove(join(h.folder, 'history/versions', `${segmentOf(icp!.id.toLowerCase())}.json.gz`));
    const reopened = h.open();
    expect(unwrap(await reopened.versions(icp!.id))).toEqual([]);
    expect(unwrap(await reopened.status(icp!.id))).toMatchObject({ versions: 0, review: 'reviewed' });
    expect(warnings(h.log.lines)).toEqual([expect.stringMatching(/History segment [0-3][0-9a-f]{2} is missing, the versions of its \d+ ICP\(s\) are lost/)]);
    expect(unwrap(await reopened.recordReceived(icps, { source: 'list' })).changedIds).toEqual([]);
    expect(unwrap(await reopened.versions(icp!.id)).map((v) => v.seq)).toEqual([1]);
    expect(unwrap(await reopened.status(icp!.id))).toMatchObject({ versions: 1, review: 'reviewed' });
  });

  it('rebuilds a corrupt index from the segments: versions and review marks are kept', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    const changed = edited(icps[5]!, [['name'], 'Renamed']);
    await h.store.recordReceived([changed, ...icps.filter((icp) => icp !== icps[5])], { source: 'list' });
    writeFileSync(join(h.folder, 'history/index.json'), '{"format":1,"sav');

    const reopened = h.open();
    expect(unwrap(await reopened.overview())).toEqual({ newIds: [], changedIds: [changed.id], removed: [] });
    expect(unwrap(await reopened.versions(changed.id)).map((v) => (v.icp as Icp).name)).toEqual(['Renamed', icps[5]!.name]);
    expect(warnings(h.log.lines)).toEqual([expect.stringMatching(/History index set aside and rebuilt.*index\.json is not valid JSON/)]);
    expect(setAside(join(h.folder, 'history'))).toHaveLength(1);
    h.takeWrites();
    expect(unwrap(await reopened.recordReceived([changed, ...icps.filter((icp) => icp !== icps[5])], { source: 'list' })).changedIds).toEqual([]);
  });

  it('sets damaged review marks aside: the next list starts every ICP as reviewed again, versions kept', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    await h.store.recordReceived([edited(icps[0]!, [['leadsPerList'], 3]), ...icps.slice(1)], { source: 'list' });
    writeFileSync(join(h.folder, 'history/review.json'), '{"format":1,"reviewed":[]}');

    const reopened = h.open();
    expect(unwrap(await reopened.overview()).newIds).toHaveLength(icps.length);
    expect(warnings(h.log.lines)).toEqual([expect.stringMatching(/review marks set aside.*review\.json has an unexpected shape/)]);
    await reopened.recordReceived([edited(icps[0]!, [['leadsPerList'], 3]), ...icps.slice(1)], { source: 'list' });
    expect(unwrap(await reopened.overview())).toEqual({ newIds: [], changedIds: [], removed: [] });
    expect(unwrap(await reopened.versions(icps[0]!.id))).toHaveLength(2);
  });

  it('rebuilds the index when the first save stopped after the segments', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    await nodeFileSystem.remove(join(h.folder, 'history/index.json'));
    const reopened = h.open();
    expect(unwrap(await reopened.recordReceived(icps, { source: 'list' }))).toMatchObject({ newIds: [], changedIds: [] });
    expect(unwrap(await reopened.status(icps[0]!.id))).toMatchObject({ versions: 1, review: 'reviewed' });
  });

  it('on a full disk says what was not saved, loses nothing on disk, and keeps the change at the next refresh', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps, { source: 'list' });
    const changed = edited(icps[0]!, [['leadsPerList'], 7]);
    h.failing.writes = true;
    const failed = unwrap(await h.store.recordReceived([changed, ...icps.slice(1)], { source: 'list' }));
    expect(failed.changedIds).toEqual([changed.id]);
    expect(failed.warnings).toEqual(['Could not save the history of one ICP (ENOSPC); it is compared again at the next refresh.']);
    expect(unwrap(await h.open().versions(changed.id))).toHaveLength(1);

    h.failing.writes = false;
    expect(unwrap(await h.store.recordReceived([changed, ...icps.slice(1)], { source: 'list' })).changedIds).toEqual([changed.id]);
    expect(unwrap(await h.open().versions(changed.id)).map((v) => v.seq)).toEqual([2, 1]);
  });

  it('starts the first run again at the next list when the disk was full at the first one', async () => {
    const h = historyFixture();
    const icps = sample();
    h.failing.writes = true;
    expect(unwrap(await h.store.recordReceived(icps, { source: 'list' })).warnings.length).toBeGreaterThan(0);
    h.failing.writes = false;
    expect(unwrap(await h.store.recordReceived(icps, { source: 'list' })).newIds).toEqual(icps.map((icp) => icp.id));
    expect(unwrap(await h.store.overview())).toEqual({ newIds: [], changedIds: [], removed: [] });
    expect(unwrap(await h.open().overview())).toEqual({ newIds: [], changedIds: [], removed: [] });
  });

  it('answers a storage error, not a crash, when marking reviewed cannot be saved; the marks stay as they were', async () => {
    const h = historyFixture();
    const icps = sample();
    await h.store.recordReceived(icps.slice(1), { source: 'list' });
    await h.store.recordReceived(icps, { source: 'list' });
    h.failing.writes = true;
    const result = await h.store.markReviewed([icps[0]!.id]);
    expect(result).toEqual({ ok: false, error: { kind: 'storage', message: 'The ICP history could not save the review (ENOSPC).' } });
    expect(unwrap(await h.store.overview()).newIds).toEqual([icps[0]!.id]);
  });

  // The API client refuses ICPs nested past MAX_ICP_NESTING; this is what the history does if one gets through anyway.
  it('skips with a warning an ICP too deep to write as JSON, and records the rest', async () => {
    const h = historyFixture();
    const icps = sample();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const odd = edited(icps[0]!, [['leadProviderCriteria', 0, 'filters', 'deep'], deep]);
    const changes = unwrap(await h.store.recordReceived([odd, ...icps.slice(1)], { source: 'list' }));
    expect(changes.newIds).toHaveLength(icps.length - 1);
    expect(changes.warnings).toEqual([expect.stringMatching(new RegExp(`ICP ${odd.id} could not be compared with its history`))]);
  });
});

describe('history store: beside the offline cache', () => {
  it('survives a CACHE_VERSION migration: the cache sets its own files aside, history files stay', async () => {
    const log = createMemoryLogger();
    // The account's folder, as src/main/accounts/open-account.ts lays it out: cache/ and history/ side by side.
    const account = historyFixture().folder;
    const cache = createIcpCache({ fs: nodeFileSystem, folder: cacheFolderIn(account), clock: () => START, log });
    const h = historyFixture(account);
    const icps = sample();
    await cache.writeList(icps, null, START);
    await h.store.recordReceived(icps, { source: 'list' });
    await h.store.recordReceived([edited(icps[0]!, [['leadsPerList'], 4]), ...icps.slice(1)], { source: 'list' });

    // What an older or newer ICP Desk left behind: a cache file of another version.
    const listPath = join(cache.folder, 'list.json');
    writeFileSync(listPath, readFileSync(listPath, 'utf8').replace(/^\{"version":\d+/, '{"version":999'));
    expect(await cache.readList()).toBeNull();
    expect(setAside(cache.folder)).toHaveLength(1);

    const reopened = h.open();
    expect(unwrap(await reopened.overview()).changedIds).toEqual([icps[0]!.id]);
    expect(unwrap(await reopened.versions(icps[0]!.id))).toHaveLength(2);
    expect(setAside(join(account, 'history'))).toEqual([]);
    expect(warnings(h.log.lines)).toEqual([]);
  });
});
