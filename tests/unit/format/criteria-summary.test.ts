import { describe, expect, it } from 'vitest';
import { criteriaSummary } from '../../../src/shared/format/criteria-summary';

describe('criteriaSummary', () => {
  it('names the provider and search type', () => {
    expect(criteriaSummary([{ provider: 'baseProvider', type: 'person', legacy: false }])).toBe('baseProvider · Person');
  });

  it('marks legacy criteria and joins several types once each', () => {
    expect(
      criteriaSummary([
        { provider: 'baseProvider', type: 'person', legacy: true },
        { provider: 'baseProvider', type: 'company', legacy: false },
        { provider: 'apolloProvider', type: 'company', legacy: false },
      ]),
    ).toBe('baseProvider, apolloProvider · Person (legacy) + Company');
  });

  it('says when an ICP has no lead search, and survives an empty type', () => {
    expect(criteriaSummary([])).toBe('No lead search');
    expect(criteriaSummary([{ provider: 'p', type: '', legacy: false }])).toBe('p · Unknown');
  });
});
