import { describe, expect, it } from 'vitest';
import { fixtureIcps } from '../support/fixture-icps';
import type { Icp } from '../../src/shared/icp-schema';
import { summarizeIcp, toColumns } from '../../src/shared/icp-summary';
import { IcpSummaryColumns } from '../../src/shared/ipc-contract';
import { columnsLength, fromColumns, withoutRow } from '../../src/shared/summary-columns';
import { compareNames, nameSortKey } from '../../src/shared/sort-keys';

const icps = fixtureIcps(new Date('2026-11-23T10:00:00.000Z')) as Icp[];
const summaries = icps.map(summarizeIcp);

describe('list summaries as columns', () => {
  it('hold every summary once, in name order, and give back exactly the summaries', () => {
    const columns = IcpSummaryColumns.parse(toColumns(summaries));
    expect(columnsLength(columns)).toBe(summaries.length);
    const back = fromColumns(columns, []);
    const byId = new Map(summaries.map((summary) => [summary.id, summary]));
    for (const summary of back) expect(summary).toEqual({ ...byId.get(summary.id), offline: false });
    const order = back.map((summary) => summary.name);
    expect(order).toEqual([...order].sort((a, b) => compareNames(nameSortKey(a), a, '', nameSortKey(b), b, '')));
    expect(back[0]!.name.localeCompare(back.at(-1)!.name)).toBeLessThan(0);
  });

  it('mark offline ICPs by id, whatever the case of the id', () => {
    const chosen = summaries[3]!.id;
    const back = fromColumns(toColumns(summaries), [chosen.toLowerCase()]);
    expect(back.filter((summary) => summary.offline).map((summary) => summary.id)).toEqual([chosen]);
    const upper = fromColumns(toColumns([{ ...summaries[0]!, id: summaries[0]!.id.toUpperCase() }]), [summaries[0]!.id.toLowerCase()]);
    expect(upper[0]!.offline).toBe(true);
  });

  it('drop one ICP from every column, and nothing for an unknown id', () => {
    const columns = toColumns(summaries);
    const gone = summaries[5]!.id;
    const without = withoutRow(columns, gone);
    expect(columnsLength(without)).toBe(summaries.length - 1);
    expect(Object.values(without).every((values) => values.length === summaries.length - 1)).toBe(true);
    expect(fromColumns(without, []).map((summary) => summary.id)).toEqual(
      fromColumns(columns, [])
        .map((summary) => summary.id)
        .filter((id) => id !== gone),
    );
    expect(withoutRow(columns, 'not-there')).toBe(columns);
  });
});
