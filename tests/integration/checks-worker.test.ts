import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createChecksService } from '../../src/main/checks/checks-service';
import { createMemoryLogger } from '../../src/main/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewWorkspace } from '../../src/shared/checks/review-workspace';
import { checkIcp } from '../../src/shared/checks/check-icp';
import type { CheckSummaries, CoverageView, IcpChecks, PairsPage, ReviewOverview } from '../../src/shared/checks/checks-contract';
import type { Icp } from '../../src/shared/icp-schema';
import { fixtureIcps } from '../support/fixture-icps';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';
import { DEMO_TOKENS } from '../support/demo-http';
import { expectOk, testCores } from '../support/test-core';

/*
 * The checks:* channels through the real main core: the review runs in the checks worker (its
 * TypeScript under tsx here, the bundle in the built app), from the list main holds, and offline
 * from the cache alone.
 */

const now = new Date();
const ALICE = 'user_abc123';
const cores = testCores();
let server: TestApiServer;
let aliceIcps: Icp[];

beforeAll(async () => {
  server = await startTestApiServer({ now });
  aliceIcps = (fixtureIcps(now) as Icp[]).filter((icp) => icp.userIds.includes(ALICE));
});
afterAll(async () => {
  await cores.disposeAll();
  await server.close();
});

describe('checks through the worker', () => {
  it('answers summaries, findings, rule counts, pairs, coverage and ids for the listed ICPs, and again offline', async () => {
    const core = cores.create({ clock: () => now });
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    const page = expectOk(await core.dispatch('icps:list', { source: 'network' })) as { columns: { id: string[] }; fetchedAt: string };
    const listed = aliceIcps.filter((icp) => page.columns.id.includes(icp.id));
    const expected = reviewWorkspace(listed, { now });

    const summaries = expectOk(await core.dispatch('checks:summaries', {})) as CheckSummaries;
    expect(summaries.fetchedAt).toBe(page.fetchedAt);
    const withFindings = [...expected.summaries].filter(([, s]) => s.problems + s.warnings + s.notes + s.overlaps > 0);
    expect(summaries.ids).toEqual(withFindings.map(([id]) => id));
    expect(summaries.problems).toEqual(withFindings.map(([, s]) => s.problems));
    expect(summaries.overlaps).toEqual(withFindings.map(([, s]) => s.overlaps));

    const overview = expectOk(await core.dispatch('checks:overview', {})) as ReviewOverview;
    expect(overview.rules.map((rule) => [rule.rule, rule.icpCount, rule.count])).toEqual(
      expected.rules.map((rule) => [rule.rule, rule.icpIds.length, rule.count]),
    );
    expect(overview.pairCount).toBe(expected.overlaps.pairCount);
    expect(overview.dimensions.length).toBeGreaterThan(0);

    const someRule = expected.rules[0]!;
    expect(expectOk(await core.dispatch('checks:ids', { selection: { kind: 'rule', rule: someRule.rule } }))).toEqual(someRule.icpIds);

    const withProblem = withFindings.find(([, s]) => s.problems > 0)![0];
    const checks = expectOk(await core.dispatch('checks:icp', { id: withProblem })) as IcpChecks;
    expect(checks.reviewed).toBe(true);
    expect(checks.findings[0]!.severity).toBe('problem');
    expect(checks.findings.map((f) => f.message)).toEqual(expect.arrayContaining(expected.findings.get(withProblem)!.map((f) => f.message)));

    const pairs = expectOk(await core.dispatch('checks:pairs', { offset: 0, limit: 50 })) as PairsPage;
    expect(pairs.total).toBe(expected.overlaps.pairCount);
    expect(pairs.pairs.length).toBe(Math.min(50, expected.overlaps.pairCount));

    const dimension = overview.dimensions[0]!.dimension;
    const coverage = expectOk(await core.dispatch('checks:coverage', { dimension })) as CoverageView;
    expect(coverage.rows.length).toBeGreaterThan(0);
    const row = coverage.rows[0]!;
    const ids = expectOk(await core.dispatch('checks:ids', { selection: { kind: 'coverage', dimension, key: row.key } })) as string[];
    expect(ids.length).toBe(row.count);

    // A second start with the server gone: the same review, from the cache alone.
    const dataDir = core.dataDir;
    await core.checks.close();
    const offline = cores.create({ clock: () => now, dataDir, service: core.service, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    expectOk(await offline.dispatch('icps:list', { source: 'cache' }));
    const again = expectOk(await offline.dispatch('checks:summaries', {})) as CheckSummaries;
    expect(again).toEqual(summaries);
  });

  it('reviews the list main holds even when its cache file is gone', async () => {
    const core = cores.create({ clock: () => now });
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    const session = expectOk(await core.sessions.current());
    rmSync(session.cache.listFile);
    const summaries = expectOk(await core.dispatch('checks:summaries', {})) as CheckSummaries;
    expect(summaries.ids.length).toBeGreaterThan(0);
  });

  it('checks an ICP the list does not hold (an admin opened it by id) on its own: its rules, not its overlaps', async () => {
    const core = cores.create({ clock: () => now });
    expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.admin }));
    const page = expectOk(await core.dispatch('icps:list', { source: 'network' })) as { columns: { id: string[] } };
    const unlisted = (fixtureIcps(now) as Icp[]).find((icp) => !page.columns.id.includes(icp.id) && checkIcp(icp, { now }).length > 0)!;
    expect(unlisted, 'the fixtures hold an ICP with findings that the admin is not given').toBeDefined();
    // Before it is on this computer there is nothing to check it from.
    expect(expectOk(await core.dispatch('checks:icp', { id: unlisted.id }))).toEqual({ findings: [], moreOverlaps: 0, reviewed: false });
    expectOk(await core.dispatch('icps:get', { id: unlisted.id, source: 'network' }));
    const checks = expectOk(await core.dispatch('checks:icp', { id: unlisted.id })) as IcpChecks;
    expect(checks.reviewed).toBe(false);
    expect(checks.findings.map((f) => f.message)).toEqual(checkIcp(unlisted, { now }).map((f) => f.message));
    expect(checks.findings.some((f) => f.rule === 'overlap' || f.rule === 'duplicate')).toBe(false);
  });

  it('the built worker (out/main/checks-worker.js, as Electron starts it) reviews a list file', async () => {
    const bundle = join(__dirname, '../../out/main/checks-worker.js');
    if (!existsSync(bundle)) throw new Error('out/ is missing: run `npm run build` first (npm test does).');
    const folder = mkdtempSync(join(tmpdir(), 'icp-desk-checks-'));
    const file = join(folder, 'list.json');
    const fetchedAt = now.toISOString();
    writeFileSync(file, JSON.stringify({ version: 2, fetchedAt, items: aliceIcps }));
    const checks = createChecksService({ clock: () => now, log: createMemoryLogger(), start: () => new Worker(bundle) });
    try {
      const list = { source: { file, fetchedAt }, icps: async () => aliceIcps };
      const summaries = expectOk(await checks.ask<CheckSummaries>(list, { kind: 'summaries' }));
      const expected = reviewWorkspace(aliceIcps, { now });
      expect(summaries.ids).toEqual([...expected.summaries].filter(([, s]) => s.problems + s.warnings + s.notes + s.overlaps > 0).map(([id]) => id));
      // A list the file does not hold is sent whole instead.
      const other = { source: { file, fetchedAt: '2020-01-01T00:00:00.000Z' }, icps: async () => aliceIcps.slice(0, 2) };
      const overview = expectOk(await checks.ask<ReviewOverview>(other, { kind: 'overview' }));
      expect(overview.icpCount).toBe(2);
    } finally {
      await checks.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers empty before there is a list, and refuses malformed requests', async () => {
    const core = cores.create({ clock: () => now });
    const refused = await core.dispatch('checks:pairs', { offset: -1, limit: 10_000 });
    expect(refused.ok).toBe(false);
    const coverage = await core.dispatch('checks:coverage', { dimension: '' });
    expect(coverage.ok).toBe(false);
  });
});
