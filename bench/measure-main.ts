import { createApiClient } from '../src/main/api/api-client';
import { startDemoApiServer } from '../src/main/demo/demo-api-server';
import { generateIcps } from '../tests/support/test-api/generate-icps';
import { searchTextsOf, summarize } from '../src/main/session/summaries';
import { toColumns } from '../src/shared/icp-summary';
import { matchQuery } from '../src/shared/search/normalize-text';
import type { Icp } from '../src/shared/icp-schema';
import type { IcpListPage } from '../src/shared/ipc-contract';
import { median, repeat } from './stats';

export interface MainFigures {
  count: number;
  apiBytes: number;
  /** Bare JSON.parse of the same bytes, the floor. */
  jsonParseMs: number;
  /** fetch + read + JSON.parse + validation of every ICP, over real HTTP from the demo server. */
  listCallMs: number;
  validateOnlyMs: number;
  listCallRatio: number;
  /** The icps:list reply as it crosses to the renderer (JSON, as the web host sends it). */
  ipcBytes: number;
  ipcRatio: number;
  summarizeMs: number;
  /** icps:searchTexts: sent after the list, read by search only. */
  searchTextsBytes: number;
  searchTextsMs: number;
  /** One query matched against every search text: search before the renderer's index is built. */
  searchScanMs: number;
}

/** Queries of the kinds reviewers type: one word, two words, part of a user id, nothing found. */
const SCAN_QUERIES = ['cto', 'germany software', 'user_abc12', 'no such thing'];

export const BENCH_NOW = new Date('2026-11-23T09:00:00.000Z');
const USER = { id: 'user_abc123', token: 'bench-token', admin: false };

/** Main process figures at one size: (a) list call vs JSON.parse, (b) IPC payload vs API payload. */
export async function measureMain(count: number, runs: number): Promise<MainFigures> {
  const icps = generateIcps(count, { seed: 7, now: BENCH_NOW });
  const server = await startDemoApiServer({ icps, users: [USER], now: BENCH_NOW });
  try {
    const client = createApiClient({ baseUrl: server.url, token: USER.token, timeoutMs: 120_000 });
    if (!client.ok) throw new Error(client.error.message);
    const bytes = await (await fetch(`${server.url}/api/v1/entities/icps`, { headers: { authorization: `Bearer ${USER.token}` } })).text();

    // Interleaved in one loop so both see the same machine state; each run parses afresh.
    const samples = await repeat(runs, 2, async () => {
      const started = performance.now();
      JSON.parse(bytes);
      const parse = performance.now() - started;
      const timedList = async () => {
        const begun = performance.now();
        return { listed: await client.data.listIcps(), call: performance.now() - begun };
      };
      let { listed, call } = await timedList();
      // A connection lost on a busy machine is noise, not a figure: that run is measured again once.
      // (The client already retries a reset before the reply; this covers one lost mid-reply.)
      if (!listed.ok && listed.error.kind === 'network') ({ listed, call } = await timedList());
      if (!listed.ok) throw new Error(`the bench list call failed: ${listed.error.message}`);
      if (listed.data.icps.length !== count) throw new Error(`the bench list call returned ${listed.data.icps.length} of ${count} ICPs`);
      return { parse, call, icps: listed.data.icps };
    });

    const { checkIcpList } = await import('../src/shared/icp-validation');
    const validate = await repeat(runs, 1, async () => {
      const parsed = JSON.parse(bytes) as unknown[];
      const started = performance.now();
      checkIcpList(parsed);
      return performance.now() - started;
    });

    const summarizing = await repeat(runs, 1, async () => {
      const fresh = JSON.parse(bytes) as Icp[]; // new objects: the summary memo must not help
      const started = performance.now();
      toColumns(summarize(fresh));
      return performance.now() - started;
    });

    const searchTexts = await repeat(runs, 1, async () => {
      const fresh = JSON.parse(bytes) as Icp[];
      const started = performance.now();
      searchTextsOf(fresh);
      return performance.now() - started;
    });
    const searchTextsBytes = Buffer.byteLength(JSON.stringify({ ok: true, data: searchTextsOf(samples[0]!.icps) }));

    const { texts } = searchTextsOf(samples[0]!.icps);
    const scans = await repeat(runs, 1, async () => {
      const perQuery = SCAN_QUERIES.map((query) => {
        const started = performance.now();
        let hits = 0;
        for (const text of texts) if (matchQuery(text, query)) hits += 1;
        if (hits > count) throw new Error(`"${query}" matched ${hits} of ${count} texts`);
        return performance.now() - started;
      });
      return median(perQuery);
    });

    const page: IcpListPage = {
      columns: toColumns(summarize(samples[0]!.icps)),
      listSaved: true,
      offlineIds: [],
      refused: [],
      warnings: [],
      source: 'network',
      fetchedAt: BENCH_NOW.toISOString(),
    };
    const ipcBytes = Buffer.byteLength(JSON.stringify({ ok: true, data: page }));
    const apiBytes = Buffer.byteLength(bytes);
    const jsonParseMs = median(samples.map((s) => s.parse));
    const listCallMs = median(samples.map((s) => s.call));
    return {
      count,
      apiBytes,
      jsonParseMs,
      listCallMs,
      validateOnlyMs: median(validate),
      listCallRatio: median(samples.map((s) => s.call / s.parse)),
      ipcBytes,
      ipcRatio: ipcBytes / apiBytes,
      summarizeMs: median(summarizing),
      searchTextsBytes,
      searchTextsMs: median(searchTexts),
      searchScanMs: median(scans),
    };
  } finally {
    await server.close();
  }
}
