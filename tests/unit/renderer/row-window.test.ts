import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../src/renderer/src/features/icp-list/use-row-window';

describe("the list's row window", () => {
  it('is the rows in view plus the overscan either side', () => {
    expect(visibleRange(0, 800, 10_000, 80, 6)).toEqual({ first: 0, last: 16 });
    expect(visibleRange(8000, 800, 10_000, 80, 6)).toEqual({ first: 94, last: 116 });
  });

  it('counts a partly visible row as visible', () => {
    expect(visibleRange(40, 80, 100, 80, 0)).toEqual({ first: 0, last: 2 });
  });

  it('stays inside the list, however far it is scrolled or however few rows there are', () => {
    expect(visibleRange(799_000, 800, 10_000, 80, 6)).toEqual({ first: 9981, last: 10_000 });
    expect(visibleRange(5000, 800, 3, 80, 6)).toEqual({ first: 3, last: 3 });
    expect(visibleRange(0, 0, 0, 80, 6)).toEqual({ first: 0, last: 0 });
  });

  it('finds the window deep inside 100,000 rows from the scroll position alone', () => {
    expect(visibleRange(1_000_000, 800, 100_000, 80, 6)).toEqual({ first: 12494, last: 12516 });
  });
});
