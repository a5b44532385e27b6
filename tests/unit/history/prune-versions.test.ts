import { describe, expect, it } from 'vitest';
import { KEEP_DAYS, KEEP_VERSIONS, keptVersions } from '../../../src/main/history/prune-versions';

const DAY = 86_400_000;
const NOW = new Date('2026-11-23T09:00:00.000Z');
/** `count` versions, the newest seen today, each `everyDays` before the next. */
const versions = (count: number, everyDays: number) =>
  Array.from({ length: count }, (_, index) => ({ seq: index + 1, seenAt: new Date(NOW.getTime() - (count - 1 - index) * everyDays * DAY).toISOString() }));
const seqs = (kept: { seq: number }[]) => kept.map((version) => version.seq);

describe('keptVersions: the last 50 versions or the last 365 days, whichever keeps more', () => {
  it('keeps everything while an ICP has few versions, however old', () => {
    expect(seqs(keptVersions(versions(10, 200), NOW, null))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps the last 50 of a quiet ICP whose changes span years', () => {
    // One version a fortnight for 80 versions: only 27 fall within the year, so the 50 win.
    const kept = keptVersions(versions(80, 14), NOW, null);
    expect(kept).toHaveLength(KEEP_VERSIONS);
    expect(seqs(kept)[0]).toBe(31);
    expect(seqs(kept).at(-1)).toBe(80);
  });

  it('keeps a whole year of a busy ICP, more than 50', () => {
    // Daily for 400 days: the year holds 366 of them (today and the 365 days before).
    const kept = keptVersions(versions(400, 1), NOW, null);
    expect(kept).toHaveLength(KEEP_DAYS + 1);
    expect(seqs(kept)[0]).toBe(35);
  });

  it('never drops the newest, and keeps the reviewed version however old', () => {
    const old = versions(120, 30);
    const kept = keptVersions(old, NOW, 3);
    expect(seqs(kept)).toContain(120);
    expect(seqs(kept)).toContain(3);
    expect(kept).toHaveLength(KEEP_VERSIONS + 1);
    expect(seqs(keptVersions(old.slice(-1), NOW, null))).toEqual([120]);
  });

  it('keeps versions in the order given', () => {
    const kept = keptVersions(versions(60, 10), NOW, 2);
    expect(seqs(kept)).toEqual([...seqs(kept)].sort((a, b) => a - b));
  });
});
