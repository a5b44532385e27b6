import { describe, expect, it } from 'vitest';
import { fixtureIcps } from '../support/fixture-icps';
import type { Icp } from '../../src/shared/icp-schema';
import { summarizeIcp, toColumns } from '../../src/shared/icp-summary';
import { IcpSummaryColumns } from '../../src/shared/ipc-contract';
import { columnsLength, fromColumns, type ListMarks } from '../../src/shared/summary-columns';
import { compareNames, nameSortKey } from '../../src/shared/sort-keys';

const icps = fixtureIcps(new Date('2026-11-23T10:00:00.000Z')) as Icp[];
const summaries = icps.map(summarizeIcp);
const unmarked: ListMarks = { listSaved: false, offlineIds: [], refused: [] };

describe('list summaries as columns', () => {
  it('hold every summary once, in name order, and give back exactly the summaries', () => {
    const columns = IcpSummaryColumns.parse(toColumns(summaries));
    expect(columnsLength(columns)).toBe(summaries.length);
    const back = fromColumns(columns, unmarked);
    const byId = new Map(summaries.map((summary) => [summary.id, summary]));
    for (const summary of back) expect(summary).toEqual({ ...byId.get(summary.id), offline: false, refused: null });
    const order = back.map((summary) => summary.name);
    expect(order).toEqual([...order].sort((a, b) => compareNames(nameSortKey(a), a, '', nameSortKey(b), b, '')));
    expect(back[0]!.name.localeCompare(back.at(-1)!.name)).toBeLessThan(0);
  });

  it('mark ICPs whose own detail is saved by id, whatever the case of the id', () => {
    const chosen = summaries[3]!.id;
    const back = fromColumns(toColumns(summaries), { ...unmarked, offlineIds: [chosen.toLowerCase()] });
    expect(back.filter((summary) => summary.offline).map((summary) => summary.id)).toEqual([chosen]);
    const upper = fromColumns(toColumns([{ ...summaries[0]!, id: summaries[0]!.id.toUpperCase() }]), {
      ...unmarked,
      offlineIds: [summaries[0]!.id.toLowerCase()],
    });
    expect(upper[0]!.offline).toBe(true);
  });

  it('mark every ICP available offline when the list itself is saved', () => {
    const back = fromColumns(toColumns(summaries), { ...unmarked, listSaved: true });
    expect(back.every((summary) => summary.offline)).toBe(true);
  });

  it('mark the ICPs whose details the server refused (403) or did not find (404), and no other', () => {
    const [forbidden, missing] = [summaries[1]!, summaries[2]!];
    const back = fromColumns(toColumns(summaries), {
      ...unmarked,
      refused: [
        { id: forbidden.id.toUpperCase(), status: 403 },
        { id: missing.id, status: 404 },
      ],
    });
    const marked = back.filter((summary) => summary.refused !== null).map((summary) => [summary.id, summary.refused]);
    expect(marked.sort()).toEqual(
      [
        [forbidden.id, 403],
        [missing.id, 404],
      ].sort(),
    );
  });
});
