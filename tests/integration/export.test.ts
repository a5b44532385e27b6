import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';
import { exportFileName, slugify } from '../../src/main/export/export-icps';
import { writeExportFile } from '../../src/main/export/write-export-file';
import { nodeFileSystem } from '../../src/main/storage/file-system';
import type { Icp } from '../../src/shared/icp-schema';
import { DEMO_TOKENS, getWithToken, icpPath, LIST_PATH } from '../support/demo-http';
import { createTestCore, expectOk, type TestCore } from '../support/test-core';

/*
 * Exports hold exactly what the API sent: compared byte for byte with the server's own JSON
 * re-serialized with 2-space indentation.
 */

const clock = () => new Date(2026, 10, 23, 9, 30); // 23 Nov 2026, local time
const out = mkdtempSync(join(tmpdir(), 'icp-desk-exports-'));
let server: TestApiServer;
let core: TestCore;
let listBody: unknown[];

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

beforeAll(async () => {
  server = await startTestApiServer({});
  core = createTestCore({ clock });
  expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
  listBody = JSON.parse(await (await getWithToken(server.url, LIST_PATH, DEMO_TOKENS.alice)).text()) as unknown[];
});
afterAll(async () => {
  await core.dispatch('session:signOut', {});
  await core.dispose();
  await core.removeData();
  await server.close();
});

const idOf = (raw: unknown) => (raw as Icp).id;

describe('export to a file', () => {
  it('writes one ICP as an object, exactly as the list sent it, under a name from the ICP', async () => {
    const raw = listBody[0] as Icp;
    const path = join(out, 'one.json');
    core.saveAnswers.push(path);
    expect(expectOk(await core.dispatch('export:save', { ids: [raw.id], format: 'json' }))).toEqual({ saved: true, path, count: 1 });
    expect(readFileSync(path, 'utf8')).toBe(pretty(raw));
    expect(core.savePrompts.at(-1)).toBe(`icp-${slugify(raw.name)}-2026-11-23.json`);
  });

  it('prefers the detail the API sent later over the list copy', async () => {
    const id = idOf(listBody[1]);
    const detailText = await (await getWithToken(server.url, icpPath(id), DEMO_TOKENS.alice)).text();
    expectOk(await core.dispatch('icps:get', { id, source: 'network' }));
    const path = join(out, 'detail.json');
    core.saveAnswers.push(path);
    expectOk(await core.dispatch('export:save', { ids: [id], format: 'json' }));
    expect(readFileSync(path, 'utf8')).toBe(pretty(JSON.parse(detailText)));
  });

  it('writes several ICPs as an array in the order given', async () => {
    const chosen = [listBody[4], listBody[0], listBody[2]];
    const path = join(out, 'selected.json');
    core.saveAnswers.push(path);
    expect(expectOk(await core.dispatch('export:save', { ids: chosen.map(idOf), format: 'json' }))).toEqual({ saved: true, path, count: 3 });
    expect(readFileSync(path, 'utf8')).toBe(pretty(chosen));
    expect(core.savePrompts.at(-1)).toBe('icps-2026-11-23.json');
  });

  it('writes all ICPs byte for byte like the API list re-serialized', async () => {
    const path = join(out, 'all.json');
    core.saveAnswers.push(path);
    expectOk(await core.dispatch('export:save', { ids: listBody.map(idOf), format: 'json' }));
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(pretty(listBody));
    expect(text).not.toContain(DEMO_TOKENS.alice);
  });

  it('writes the file for its owner only (0600), like the cache, also when it replaces a readable one', async () => {
    const path = join(out, 'private.json');
    writeFileSync(path, 'last week', { mode: 0o644 });
    core.saveAnswers.push(path);
    expectOk(await core.dispatch('export:save', { ids: [idOf(listBody[0])], format: 'json' }));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe(pretty(listBody[0]));
  });

  it('replaces a file atomically: a reader sees the old export or the whole new one, and no temp file is left', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'icp-desk-atomic-'));
    const path = join(folder, 'icps.json');
    const old = pretty(listBody);
    writeFileSync(path, old);
    // Big enough (about 12 MB) that a plain write is seen half-done by a reader polling the file.
    const next = pretty(Array.from({ length: 400 }, () => listBody).flat());
    // The reader runs on its own thread, so it looks while the write is under way. It looks at the
    // size (thousands of times during the write): a plain write shows an empty or growing file.
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const reader = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
      const { statSync } = require('node:fs');
      const { path, oldBytes, newBytes, stop } = workerData;
      const seen = new Set();
      parentPort.postMessage('reading');
      while (Atomics.load(stop, 0) === 0) {
        const size = statSync(path).size;
        seen.add(size === oldBytes ? 'old' : size === newBytes ? 'new' : 'partial (' + size + ' of ' + newBytes + ' bytes)');
      }
      parentPort.postMessage([...seen]);`,
      { eval: true, workerData: { path, oldBytes: Buffer.byteLength(old), newBytes: Buffer.byteLength(next), stop } },
    );
    const messages: unknown[] = [];
    const finished = new Promise<string[]>((resolve, reject) => {
      reader.on('message', (message: unknown) => (messages.push(message), Array.isArray(message) && resolve(message as string[])));
      reader.on('error', reject);
    });
    await new Promise<void>((resolve) => reader.once('message', () => resolve()));
    const written = await writeExportFile(nodeFileSystem, path, next);
    // One more read after the write, so the new file is seen whole.
    await new Promise((resolve) => setTimeout(resolve, 20));
    Atomics.store(stop, 0, 1);
    const seen = await finished;
    await reader.terminate();
    expect(written).toEqual({ ok: true, data: null });
    expect(seen.filter((state) => state !== 'old' && state !== 'new')).toEqual([]);
    expect(seen).toContain('new');
    expect(readFileSync(path, 'utf8')).toBe(next);
    expect(readdirSync(folder)).toEqual(['icps.json']);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    core.saveAnswers.push(null);
    expect(expectOk(await core.dispatch('export:save', { ids: [idOf(listBody[0])], format: 'json' }))).toEqual({ saved: false });
  });

  it('says so when the file cannot be written', async () => {
    const path = join(out, 'no-such-folder', 'x.json');
    core.saveAnswers.push(path);
    const result = await core.dispatch('export:save', { ids: [idOf(listBody[0])], format: 'json' });
    expect(!result.ok && result.error).toEqual({
      kind: 'storage',
      message: `Could not write \u2068${path}\u2069 (ENOENT). Choose another folder and try again.`,
    });
    expect(existsSync(path)).toBe(false);
  });

  it('refuses ids it has never seen', async () => {
    const result = await core.dispatch('export:save', { ids: ['00000000-0000-4000-8000-000000000000'], format: 'json' });
    expect(!result.ok && result.error.kind).toBe('notFound');
  });
});

describe('copy JSON', () => {
  it('puts the same text on the clipboard', async () => {
    const chosen = [listBody[3], listBody[1]];
    expect(expectOk(await core.dispatch('export:copy', { ids: chosen.map(idOf), format: 'json' }))).toEqual({ count: 2 });
    expect(core.clipboard.at(-1)).toBe(pretty(chosen));
  });
});

describe('export while offline', () => {
  it('exports from the cache after the server is gone', async () => {
    const local = await startTestApiServer({});
    const offlineCore = createTestCore({ clock });
    expectOk(await offlineCore.dispatch('session:signIn', { baseUrl: local.url, token: DEMO_TOKENS.alice }));
    const body = JSON.parse(await (await getWithToken(local.url, LIST_PATH, DEMO_TOKENS.alice)).text()) as unknown[];
    await local.close();
    const restarted = createTestCore({ clock, dataDir: offlineCore.dataDir, service: offlineCore.service });
    const path = join(out, 'offline.json');
    restarted.saveAnswers.push(path);
    expectOk(await restarted.dispatch('export:save', { ids: body.map(idOf), format: 'json' }));
    expect(readFileSync(path, 'utf8')).toBe(pretty(body));
    await restarted.dispatch('session:signOut', {});
    await offlineCore.removeData();
  });
});

describe('file names', () => {
  it.each([
    ['Enterprise Tech Buyers', 'icp-enterprise-tech-buyers-2026-11-23.json'],
    ['Zürich Münchner Fertigung & Co.', 'icp-zurich-munchner-fertigung-co-2026-11-23.json'],
    ['   ', 'icp-550e8400-2026-11-23.json'],
    ['日本のバイヤー', 'icp-550e8400-2026-11-23.json'],
  ])('names a one-ICP export of %j %s', (name, expected) => {
    expect(exportFileName([{ id: '550e8400-e29b-41d4-a716-446655440000', name } as Icp], clock())).toBe(expected);
  });
});
