import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Icp } from '../../src/shared/icp-schema';
import { fixtureIcps } from '../support/fixture-icps';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { expectOk, testCores, type TestCore } from '../support/test-core';

/*
 * Exports say what the targeting checks and the review history say, through the real handlers:
 * the checks worker over the cached list, the history recorded from two real list refreshes (the
 * first one starts every ICP as reviewed; the server then changes one). A draft with an empty
 * prompt carries its problems, the changed ICP its change; the same offline, from the cache; and
 * with the checks worker gone, the export still succeeds, without the checks' columns.
 */

const DRAFT = 'Draft: Growth Leaders France (filters half done)';
const GERMAN = 'German IT Decision Makers';
const DACH = 'DACH Engineering Leaders – Mid-Market';
const PROMPT_EMPTY = 'AI filter: the prompt is empty.';

const out = mkdtempSync(join(tmpdir(), 'icp-desk-export-extras-'));
const cores = testCores();
const original = fixtureIcps(new Date(), 'review-icps') as Icp[];
let server: TestApiServer;
let core: TestCore;
/** What the API lists to alice: the ICPs that name her. */
const listed = original.filter((icp) => icp.userIds.includes('user_abc123'));
let serverOpen = true;

const idOf = (name: string) => listed.find((icp) => icp.name === name)!.id;

function readCsv(path: string): Record<string, string>[] {
  const [header, ...rows] = parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
  return rows.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index]!])));
}

async function exportFile(format: 'csv' | 'report', ids: string[], name: string): Promise<string> {
  const path = join(out, name);
  core.saveAnswers.push(path);
  expectOk(await core.dispatch('export:save', { ids, format }));
  return path;
}

beforeAll(async () => {
  server = await startCanaryApi({ icps: original });
  core = cores.create();
  expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice }));
  expectOk(await core.dispatch('icps:list', { source: 'network' }));
  // Changed on the server after the first (baseline) list: reviewed at version 1, now at 2.
  server.setIcps(original.map((icp) => (icp.name === GERMAN ? { ...icp, leadsPerList: 40, updatedAt: new Date(Date.now() + 60_000).toISOString() } : icp)));
  expectOk(await core.dispatch('icps:list', { source: 'network' }));
});
afterAll(async () => {
  await cores.disposeAll();
  if (serverOpen) await server.close();
});

describe('exports with checks and changes since review', () => {
  it('CSV: problem and warning counts, the findings in words, and whether and how each ICP changed since review', async () => {
    const rows = readCsv(await exportFile('csv', [idOf(DRAFT), idOf(GERMAN), idOf(DACH)], 'extras.csv'));
    const [draft, german, dach] = rows;
    expect(Number(draft!['Problems'])).toBeGreaterThanOrEqual(3);
    expect(draft!['Findings']).toContain(`Problem: ${PROMPT_EMPTY} (`);
    expect(draft!['Findings']!.indexOf('Problem:')).toBe(0);
    expect(Number(dach!['Warnings'])).toBeGreaterThanOrEqual(1);
    expect(dach!['Findings']).toContain('Warning: Duplicate of “DACH Engineering Leaders – Mid-Market (copy)”');
    expect(german!['Changed since review']).toBe('Yes');
    expect(german!['Changes since review']).toBe('Version 2: Leads per list 15 \u2192 40');
    expect(draft!['Changed since review']).toBe('No');
    expect(draft!['Changes since review']).toBe('');
  });

  it('the report: a Checks block and a Changes since review block per ICP, and the counts on the cover', async () => {
    const html = readFileSync(
      await exportFile(
        'report',
        listed.map((icp) => icp.id),
        'extras.html',
      ),
      'utf8',
    );
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(html.match(/aria-label="Checks"/g)).toHaveLength(listed.length);
    expect(html.match(/aria-label="Changes since review"/g)).toHaveLength(listed.length);
    expect(text).toContain(PROMPT_EMPTY);
    expect(text).toContain('Version 2: Leads per list 15 \u2192 40');
    expect(text).toMatch(/ 1 Changed since review /);
    expect(text).toMatch(/ [1-9]\d* With problems /);
  });

  it('Markdown of one ICP: its checks and its changes as short lists', async () => {
    expectOk(await core.dispatch('export:copy', { ids: [idOf(DRAFT)], format: 'markdown' }));
    const draft = core.clipboard.at(-1)!;
    expect(draft).toMatch(/### Checks: \d+ problems/);
    expect(draft).toContain(`- **Problem:** ${PROMPT_EMPTY} (`);
    expect(draft).toContain('### Changes since review\n\nNo changes since the last review.');
    expectOk(await core.dispatch('export:copy', { ids: [idOf(GERMAN)], format: 'markdown' }));
    expect(core.clipboard.at(-1)).toContain('### Changes since review\n\n- Version 2: Leads per list 15 \u2192 40');
  });

  it('offline, from the cache: the same checks and changes', async () => {
    await server.close();
    serverOpen = false;
    const rows = readCsv(await exportFile('csv', [idOf(DRAFT), idOf(GERMAN)], 'offline.csv'));
    expect(rows[0]!['Findings']).toContain(PROMPT_EMPTY);
    expect(rows[1]!['Changes since review']).toBe('Version 2: Leads per list 15 \u2192 40');
  });

  it('with the checks worker gone, still exports: no check columns, the history still there', async () => {
    await core.checks.close();
    const rows = readCsv(await exportFile('csv', [idOf(DRAFT), idOf(GERMAN)], 'no-checks.csv'));
    expect(Object.keys(rows[0]!)).not.toContain('Problems');
    expect(rows[1]!['Changed since review']).toBe('Yes');
  });
});
