import { describe, expect, it } from 'vitest';
import type { IcpSummary } from '../../../src/shared/ipc-contract';
import { prepareRows } from '../../../src/renderer/src/list-query/list-query';
import { createReviewFilter, reviewMarkOf } from '../../../src/renderer/src/list-query/review-filter';

const summary = (id: string, name: string): IcpSummary => ({
  id,
  name,
  description: null,
  updatedAt: '2026-11-01T00:00:00Z',
  activeUntil: null,
  leadsPerList: 10,
  userCount: 1,
  criteria: [],
  customFilterTypes: [],
  hasCrmFilters: false,
  offline: false,
  refused: null,
});

const ID_A = '550E8400-E29B-41D4-A716-446655440000';
const ID_B = '660e9500-f39c-52e5-b827-557766551111';
const ID_C = '770e9500-f39c-52e5-b827-557766551111';
const rows = prepareRows([summary(ID_A, 'A'), summary(ID_B, 'B'), summary(ID_C, 'C')], new Date('2026-11-20T00:00:00Z'));
const marks = { newIds: new Set([ID_A.toLowerCase()]), changedIds: new Set([ID_B]) };

describe('the review chips', () => {
  it('marks a row by its id whatever its case: New before Changed, none when reviewed', () => {
    expect(reviewMarkOf(marks, ID_A)).toBe('new');
    expect(reviewMarkOf(marks, ID_B.toUpperCase())).toBe('changed');
    expect(reviewMarkOf(marks, ID_C)).toBeNull();
  });

  it('keeps the rows of the pressed chips, in order, and hands the rows back when none is pressed', () => {
    const filter = createReviewFilter();
    expect(filter(rows, [], marks)).toBe(rows);
    expect(filter(rows, undefined, marks)).toBe(rows);
    expect(filter(rows, ['changed'], marks).map((row) => row.summary.name)).toEqual(['B']);
    expect(filter(rows, ['new', 'changed'], marks).map((row) => row.summary.name)).toEqual(['A', 'B']);
  });

  it('answers the same array until the rows, the chips or the marks change', () => {
    const filter = createReviewFilter();
    const chips = ['new' as const];
    const first = filter(rows, chips, marks);
    expect(filter(rows, chips, marks)).toBe(first);
    const reviewed = { ...marks, newIds: new Set<string>() };
    expect(filter(rows, chips, reviewed)).toEqual([]);
  });
});
