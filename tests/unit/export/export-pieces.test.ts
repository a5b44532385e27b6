import { describe, expect, it } from 'vitest';
import { buildExportBytes, buildExportText } from '../../../src/main/export/build-export-text';
import { jsonPieces } from '../../../src/main/export/export-icps';
import { csvPieces, icpsToCsv } from '../../../src/shared/export/csv-export';
import { joinPieces, type ExportPiece } from '../../../src/shared/export/export-piece';
import { markdownTable } from '../../../src/shared/export/markdown-export';
import { summarizeIcp } from '../../../src/shared/icp-summary';
import { CLOCK, inBerlin, makeIcp } from './export-fixtures';

inBerlin();

const icpNumber = (n: number) =>
  makeIcp({ id: `550e8400-e29b-41d4-a716-${String(n).padStart(12, '0')}`, name: `ICP ${n} "quoted"\nsecond line`, description: 'Tab\there, emoji 🚀' });

describe('JSON in pieces', () => {
  it.each([0, 1, 2, 5])('joins to exactly JSON.stringify(…, null, 2) for %i ICPs', (count) => {
    const icps = Array.from({ length: count }, (_, n) => icpNumber(n));
    const expected = JSON.stringify(count === 1 ? icps[0] : icps, null, 2);
    expect(joinPieces(jsonPieces(icps))).toBe(expected);
  });

  it('says how many ICPs each piece completes', () => {
    const done = [...jsonPieces([icpNumber(1), icpNumber(2), icpNumber(3)])].map((piece) => piece.done);
    expect(done).toEqual([1, 2, 3]);
  });
});

describe('Markdown tables in pieces', () => {
  it('a long table is one table: one header, every row once, in order', () => {
    const summaries = Array.from({ length: 450 }, (_, n) => summarizeIcp(icpNumber(n)));
    const lines = markdownTable(summaries, CLOCK).trim().split('\n');
    expect(lines).toHaveLength(452);
    expect(lines.filter((line) => line.startsWith('| Name'))).toHaveLength(1);
    expect(lines.slice(2).map((line) => /ICP (\d+)/.exec(line)?.[1])).toEqual(summaries.map((_, n) => String(n)));
  });
});

describe("main's export builder", () => {
  it('gives the same text as joining at once, and yields to the event loop while it works', async () => {
    const items = Array.from({ length: 3000 }, (_, n) => ({ icp: icpNumber(n) }));
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const progress: number[] = [];
    // Each piece is slowed a little, so the whole takes several slices of main's time.
    const slow = function* (pieces: Iterable<ExportPiece>) {
      for (const piece of pieces) {
        const until = performance.now() + 1;
        while (performance.now() < until);
        yield piece;
      }
    };
    const text = await buildExportText(slow(csvPieces(items, CLOCK)), (done) => progress.push(done));
    ticking = false;
    expect(text).toBe(icpsToCsv(items, CLOCK));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(turns).toBeGreaterThan(0);
  });

  it('makes a file’s bytes: the same text as UTF-8, accents and emoji included', async () => {
    const items = Array.from({ length: 200 }, (_, n) => ({ icp: icpNumber(n) }));
    const bytes = await buildExportBytes(csvPieces(items, CLOCK), () => {});
    expect(bytes.equals(Buffer.from(icpsToCsv(items, CLOCK), 'utf8'))).toBe(true);
  });
});
