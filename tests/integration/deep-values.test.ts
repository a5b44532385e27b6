import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleIcps } from '../../src/main/demo/sample-icps';
import { diffIcps } from '../../src/shared/compare/diff-icps';
import type { Icp } from '../../src/shared/icp-schema';
import { LIST_PATH } from '../support/demo-http';
import { listedPage } from '../support/list-page';
import { expectOk, testCores } from '../support/test-core';

/*
 * An API that sends ICPs whose `filters` nest 20,000 levels deep, which JSON.parse reads but
 * JSON.stringify and structured cloning cannot write back (they run out of stack). Served as raw
 * text by a plain HTTP server on 127.0.0.1 (the demo server would have to stringify them). The
 * app refuses those ICPs by name and keeps everything else working: the list is cached, exports
 * are written, and Compare's diff tells the deep values apart.
 */

const LEVELS = 20_000;
const TOKEN = 'deep-values-token';
const now = new Date('2026-11-23T10:00:00.000Z');
const normal = (sampleIcps(now) as Icp[]).filter((icp) => icp.userIds.includes('user_abc123')).slice(0, 4);
const DEEP_IDS = ['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002'];
const PLACEHOLDER = '"@@deep@@"';

/** The text of an ICP whose filters are {"a": [[[…leaf…]]]}, `LEVELS` arrays deep. */
const deepIcpText = (id: string, leaf: number) =>
  JSON.stringify({
    ...normal[0]!,
    id,
    name: `Deep ${leaf}`,
    leadProviderCriteria: [{ provider: 'baseProvider', type: 'person', filters: { a: '@@deep@@' } }],
  }).replace(PLACEHOLDER, `${'['.repeat(LEVELS)}${leaf}${']'.repeat(LEVELS)}`);
const deepTexts = DEEP_IDS.map((id, index) => deepIcpText(id, index + 1));
const listText = `[${[...normal.map((icp) => JSON.stringify(icp)), ...deepTexts].join(',')}]`;

let server: Server;
let baseUrl: string;
const cores = testCores();

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return void res.writeHead(401).end();
    const path = req.url ?? '';
    const deep = DEEP_IDS.indexOf(path.slice(LIST_PATH.length + 1));
    const single = normal.find((icp) => path === `${LIST_PATH}/${icp.id}`);
    const body = path === LIST_PATH ? listText : deep >= 0 ? deepTexts[deep] : single ? JSON.stringify(single) : undefined;
    if (body === undefined)
      return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NOT_FOUND","message":"ICP not found"}}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await cores.disposeAll();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('ICPs nested 20,000 levels deep, over real HTTP', () => {
  it('are refused by name while the rest of the list is shown, cached, exported and opened', async () => {
    const core = cores.create({ clock: () => now });
    expectOk(await core.dispatch('session:signIn', { baseUrl, token: TOKEN }));
    const page = listedPage(expectOk(await core.dispatch('icps:list', { source: 'network' })));
    expect(page.items.map((item) => item.id).sort()).toEqual(normal.map((icp) => icp.id).sort());
    expect(page.warnings).toEqual(
      DEEP_IDS.map((id, index) => ({
        index: normal.length + index,
        id,
        field: 'leadProviderCriteria[0].filters.a…',
        message: 'nested more than 64 levels deep',
      })),
    );
    expect(core.log.lines.filter((line) => line.startsWith('warn'))).toEqual([]);

    // The list was cached: a restart with the API gone shows it.
    const restarted = cores.create({
      clock: () => now,
      dataDir: core.dataDir,
      service: core.service,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const cached = listedPage(expectOk(await restarted.dispatch('icps:list', { source: 'cache' })));
    expect(cached.items.map((item) => item.id).sort()).toEqual(normal.map((icp) => icp.id).sort());

    // Exporting everything listed writes exactly what the API sent.
    const path = join(mkdtempSync(join(tmpdir(), 'icp-desk-deep-')), 'all.json');
    restarted.saveAnswers.push(path);
    expect(expectOk(await restarted.dispatch('export:save', { ids: cached.items.map((item) => item.id), format: 'json' }))).toMatchObject({
      saved: true,
      count: normal.length,
    });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(expect.arrayContaining(normal));
  });

  it("answers a deep ICP's detail with an invalid-response error naming the field", async () => {
    const core = cores.create({ clock: () => now });
    expectOk(await core.dispatch('session:signIn', { baseUrl, token: TOKEN }));
    const result = await core.dispatch('icps:get', { id: DEEP_IDS[0]!, source: 'network' });
    expect(!result.ok && result.error).toEqual({
      kind: 'invalidResponse',
      field: 'leadProviderCriteria[0].filters.a…',
      message: 'The API sent an ICP this app cannot read: nested more than 64 levels deep in leadProviderCriteria[0].filters.a….',
    });
  });

  it("are told apart by Compare's diff: two that differ at the bottom are different, not the same", async () => {
    const fetched = await Promise.all(
      DEEP_IDS.map(
        async (id) => JSON.parse(await (await fetch(`${baseUrl}${LIST_PATH}/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } })).text()) as Icp,
      ),
    );
    const rows = diffIcps(fetched);
    expect(rows.find((row) => row.path.join('.') === 'leadProviderCriteria.0.filters.a')?.status).toBe('changed');
    expect(diffIcps([fetched[0]!, fetched[0]!, fetched[1]!]).find((row) => row.path.join('.') === 'leadProviderCriteria.0')?.status).toBe('different');
  });
});
