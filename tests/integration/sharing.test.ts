import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkInArgs } from '../../src/main/links/link-inbox';
import type { AccountList } from '../../src/shared/accounts/account-schema';
import type { Icp } from '../../src/shared/icp-schema';
import { DEMO_TOKENS, getWithToken, LIST_PATH } from '../support/demo-http';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';
import { expectOk, testCores } from '../support/test-core';

/*
 * Sharing through main's channels, over real HTTP with the real keychain: CSV, the review report
 * and Markdown made from what main holds, written through the one atomic writer; progress events
 * for a large export; icpdesk:// links resolved in the signed-in account.
 */

const out = mkdtempSync(join(tmpdir(), 'icp-desk-sharing-'));
const cores = testCores();
let server: TestApiServer;
let alices: Icp[];

beforeAll(async () => {
  server = await startTestApiServer({});
  alices = JSON.parse(await (await getWithToken(server.url, LIST_PATH, DEMO_TOKENS.alice)).text()) as Icp[];
});
afterAll(async () => {
  await cores.disposeAll();
  await server.close();
});

async function signedInCore(baseUrl = server.url) {
  const core = cores.create();
  expectOk(await core.dispatch('session:signIn', { baseUrl, token: DEMO_TOKENS.alice }));
  expectOk(await core.dispatch('icps:list', { source: 'network' }));
  return core;
}

describe('export formats', () => {
  it('CSV: named .csv, a row per ICP in the order asked, owner-only', async () => {
    const core = await signedInCore();
    const chosen = [alices[3]!, alices[0]!];
    const path = join(out, 'two.csv');
    core.saveAnswers.push(path);
    expect(expectOk(await core.dispatch('export:save', { ids: chosen.map((icp) => icp.id), format: 'csv' }))).toEqual({ saved: true, path, count: 2 });
    expect(core.savePrompts.at(-1)).toMatch(/^icps-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
    expect(rows.map((row) => row[header!.indexOf('Name')])).toEqual(chosen.map((icp) => icp.name));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("the report: named .html, the account's host on the cover, a page per ICP", async () => {
    const core = await signedInCore();
    const path = join(out, 'review.html');
    core.saveAnswers.push(path);
    expectOk(await core.dispatch('export:save', { ids: alices.map((icp) => icp.id), format: 'report' }));
    expect(core.savePrompts.at(-1)).toMatch(/^icp-review-\d{4}-\d{2}-\d{2}\.html$/);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain(new URL(server.url).host);
    expect(html.match(/<article class="icp"/g)).toHaveLength(alices.length);
  });

  it('Markdown: one ICP as a section, several as a table; links one a line', async () => {
    const core = await signedInCore();
    expectOk(await core.dispatch('export:copy', { ids: [alices[0]!.id], format: 'markdown' }));
    expect(core.clipboard.at(-1)!.startsWith(`## ${alices[0]!.name}`)).toBe(true);
    expectOk(await core.dispatch('export:copy', { ids: alices.slice(0, 3).map((icp) => icp.id), format: 'markdown' }));
    expect(core.clipboard.at(-1)!.trim().split('\n')).toHaveLength(5);
    expectOk(await core.dispatch('export:copy', { ids: alices.slice(0, 2).map((icp) => icp.id), format: 'link' }));
    expect(core.clipboard.at(-1)).toBe(
      alices
        .slice(0, 2)
        .map((icp) => `icpdesk://icp/${icp.id}`)
        .join('\n'),
    );
  });

  it('refuses a format it does not know, by name', async () => {
    const core = await signedInCore();
    const result = await core.dispatch('export:save', { ids: [alices[0]!.id], format: 'xlsx' });
    expect(result.ok).toBe(false);
    expect(core.saveAnswers).toEqual([]);
  });
});

describe('a large export', () => {
  // Generating, listing and reporting 3,000 ICPs: seconds of work on a loaded machine.
  it('reports progress as it goes, in order, up to the whole', { timeout: 120_000 }, async () => {
    const big = await startTestApiServer({ generate: 3000, seed: 18 });
    try {
      const core = await signedInCore(big.url);
      const list = JSON.parse(await (await getWithToken(big.url, LIST_PATH, DEMO_TOKENS.alice)).text()) as Icp[];
      const path = join(out, 'big.html');
      core.saveAnswers.push(path);
      expectOk(await core.dispatch('export:save', { ids: list.map((icp) => icp.id), format: 'report' }));
      const progress = core.events.filter((event) => event.event === 'export:progress').map((event) => event.payload as { done: number; total: number });
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.every((step) => step.total === list.length)).toBe(true);
      expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort((a, b) => a - b));
      expect(readFileSync(path, 'utf8').match(/<article class="icp"/g)).toHaveLength(list.length);
    } finally {
      await big.close();
    }
  });
});

describe('icpdesk:// links', () => {
  it('finds a link among the arguments of a start', () => {
    expect(linkInArgs(['--inspect', 'ICPDESK://icp/x', 'icpdesk://icp/y'])).toBe('ICPDESK://icp/x');
    expect(linkInArgs(['--flag', 'https://example.com'])).toBeNull();
  });

  it('open an ICP of this account; say not found, not in this account, or why the link is broken', async () => {
    const core = await signedInCore();
    expectOk(await core.dispatch('links:take', {}));
    expect(expectOk(await core.dispatch('links:take', {}))).toBeNull();

    core.links.receive(`  icpdesk://icp/${alices[2]!.id.toUpperCase()}\n`);
    expect(core.events.at(-1)).toEqual({ event: 'links:arrived', payload: {} });
    expect(expectOk(await core.dispatch('links:take', {}))).toEqual({ kind: 'found', id: alices[2]!.id });
    expect(expectOk(await core.dispatch('links:take', {}))).toBeNull();

    const missing = '00000000-0000-4000-8000-000000000000';
    core.links.receive(`icpdesk://icp/${missing}`);
    expect(expectOk(await core.dispatch('links:take', {}))).toMatchObject({ kind: 'refused', reason: 'notFound' });

    const admins = JSON.parse(await (await getWithToken(server.url, LIST_PATH, DEMO_TOKENS.admin)).text()) as Icp[];
    const notAlices = admins.find((icp) => !alices.some((mine) => mine.id === icp.id))!;
    core.links.receive(`icpdesk://icp/${notAlices.id}?account=team-emea`);
    expect(expectOk(await core.dispatch('links:take', {}))).toEqual({
      kind: 'refused',
      reason: 'otherAccount',
      message: `This link is for an account that is not set up in ICP Desk on this computer, so ICP ${notAlices.id} is not in “${new URL(server.url).host}”.`,
    });

    core.links.receive('https://evil.example/icp/1');
    expect(expectOk(await core.dispatch('links:take', {}))).toMatchObject({ kind: 'refused', reason: 'invalid' });
  });

  it('waits while signed out, and is answered after sign-in; offline, an unsaved ICP is unavailable', async () => {
    const local = await startTestApiServer({});
    const core = cores.create();
    core.links.receive(`icpdesk://icp/${alices[1]!.id}`);
    expect(expectOk(await core.dispatch('links:take', {}))).toBeNull();
    expectOk(await core.dispatch('session:signIn', { baseUrl: local.url, token: DEMO_TOKENS.alice }));
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    expect(expectOk(await core.dispatch('links:take', {}))).toEqual({ kind: 'found', id: alices[1]!.id });

    await local.close();
    // From the cached list, with the server gone.
    core.links.receive(`icpdesk://icp/${alices[0]!.id}`);
    expect(expectOk(await core.dispatch('links:take', {}))).toEqual({ kind: 'found', id: alices[0]!.id });
    core.links.receive('icpdesk://icp/00000000-0000-4000-8000-000000000001');
    expect(expectOk(await core.dispatch('links:take', {}))).toMatchObject({ kind: 'refused', reason: 'unavailable' });
  });

  it("with several accounts: links name the account; a link to another of the user's accounts says which", async () => {
    const core = await signedInCore();
    const alice = expectOk(await core.dispatch('accounts:list', {})) as AccountList;
    const aliceId = alice.activeId!;
    expectOk(await core.dispatch('accounts:add', { baseUrl: server.url, token: DEMO_TOKENS.bob, label: 'Bob’s team' }));
    const bobId = (expectOk(await core.dispatch('accounts:list', {})) as AccountList).accounts.find((account) => account.id !== aliceId)!.id;
    expectOk(await core.dispatch('accounts:switch', { id: aliceId }));
    expectOk(await core.dispatch('icps:list', { source: 'network' }));

    expectOk(await core.dispatch('export:copy', { ids: [alices[0]!.id], format: 'link' }));
    expect(core.clipboard.at(-1)).toBe(`icpdesk://icp/${alices[0]!.id}?account=${aliceId}`);
    core.links.receive(core.clipboard.at(-1)!);
    expect(expectOk(await core.dispatch('links:take', {}))).toEqual({ kind: 'found', id: alices[0]!.id });

    core.links.receive(`icpdesk://icp/${alices[0]!.id}?account=${bobId}`);
    expect(expectOk(await core.dispatch('links:take', {}))).toEqual({
      kind: 'refused',
      reason: 'otherAccount',
      message: `This ICP is in your account “Bob’s team”, not in “${new URL(server.url).host}”. Switch to “Bob’s team” and open the link again.`,
    });
  });
});
