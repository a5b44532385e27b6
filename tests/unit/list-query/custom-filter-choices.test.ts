import { describe, expect, it } from 'vitest';
import { fixtureIcps } from '../../support/fixture-icps';
import type { Icp } from '../../../src/shared/icp-schema';
import { summarizeIcp } from '../../../src/shared/icp-summary';
import { customFilterChoices } from '../../../src/renderer/src/list-query/custom-filter-choices';
import { prepareRows } from '../../../src/renderer/src/list-query/list-query';

const now = new Date('2026-11-23T10:00:00.000Z');
const icps = fixtureIcps(now) as Icp[];
const rows = prepareRows(
  icps.map((icp) => ({ ...summarizeIcp(icp), offline: false, refused: null })),
  now,
);

describe('custom filter choices', () => {
  it('offers every type present with its readable name and how many ICPs use it, most used first', () => {
    const choices = customFilterChoices(rows, []);
    for (const choice of choices) {
      expect(choice.count).toBe(icps.filter((icp) => icp.customFilterCriteria.some((filter) => filter.type === choice.type)).length);
    }
    expect(choices.map((choice) => choice.count)).toEqual([...choices.map((choice) => choice.count)].sort((a, b) => b - a));
    expect(choices.find((choice) => choice.type === 'ai')).toMatchObject({ label: 'AI filter', known: true, chosen: false });
    expect(choices.find((choice) => choice.type === 'matchFieldWithRegex')?.label).toBe('Match field with regex');
  });

  it('names an unknown type by itself and marks it unknown', () => {
    const unknown = customFilterChoices(rows, []).find((choice) => choice.type === 'intentSignal');
    expect(unknown).toMatchObject({ label: 'intentSignal', known: false });
  });

  it('keeps a chosen type that is not in the list, with 0, so it can be turned off', () => {
    const choices = customFilterChoices(rows, ['ai', 'goneType']);
    expect(choices.find((choice) => choice.type === 'goneType')).toMatchObject({ count: 0, chosen: true });
    expect(choices.find((choice) => choice.type === 'ai')?.chosen).toBe(true);
    expect(choices.at(-1)?.type).toBe('goneType');
  });
});
