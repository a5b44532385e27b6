import { describe, expect, it } from 'vitest';
import type { Icp } from '../../../src/shared/icp-schema';
import { buildSearchText, highlightRanges, matchQuery } from '../../../src/shared/search/normalize-text';

/*
 * Prints how long search takes at the largest account size the app is built for. Timings vary
 * by machine, so nothing is asserted about them; the counts check the work was really done.
 */

const COUNT = 100_000;
const CITIES = ['Zürich', 'München', 'Kraków', 'São Paulo', 'Berlin', 'Łódź', 'Göteborg', 'New York'];
const TITLES = ['CTO', 'VP Engineering', 'Head of Marketing', 'Directeur Général', 'Geschäftsführer', 'CMO'];

function makeIcp(i: number): Icp {
  const city = CITIES[i % CITIES.length] ?? 'Berlin';
  return {
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    name: `ICP ${i} ${city} ${TITLES[i % TITLES.length] ?? ''}`,
    description: i % 3 === 0 ? null : `Decision makers in ${city} at companies with 50 to ${i % 1000} employees`,
    createdAt: '2024-01-15T10:30:00.000Z',
    updatedAt: '2024-01-20T14:22:00.000Z',
    leadProviderCriteria: [
      {
        provider: 'baseProvider',
        type: 'person',
        filters: {
          job_title: [TITLES[i % TITLES.length] ?? 'CTO', TITLES[(i + 1) % TITLES.length] ?? 'CMO'],
          location: { country: ['Germany', 'Switzerland'], city: [city] },
          company: { employee_size: { min: 50, max: 500 + (i % 10_000) } },
        },
      },
    ],
    customFilterCriteria: [
      { type: 'maxPeoplePerCompany', value: 2 },
      { type: 'ai', entityType: 'company', prompt: `Does the company sell software in ${city}?` },
    ],
    crmFilters: i % 2 === 0 ? { provider: 'bullhorn', textSearch: 'Head OR Leit* OR Direktor', filters: [] } : null,
    userIds: ['user_abc123', `user_${i}`],
    leadsPerList: 25,
    activeUntil: null,
  };
}

describe('search speed at 100k ICPs (printed, not asserted)', () => {
  const icps = Array.from({ length: COUNT }, (_, i) => makeIcp(i));
  let texts: string[] = [];

  it('builds every search text', () => {
    const started = performance.now();
    texts = icps.map(buildSearchText);
    const took = performance.now() - started;
    const chars = texts.reduce((sum, text) => sum + text.length, 0);
    console.log(`buildSearchText: ${COUNT} ICPs in ${took.toFixed(0)} ms (${(chars / 1e6).toFixed(1)}M chars)`);
    expect(texts).toHaveLength(COUNT);
  });

  it('filters every search text per query', () => {
    for (const query of ['zurich', 'zürich cto', 'leit* munchen', 'user_99999', 'no such thing']) {
      const started = performance.now();
      let hits = 0;
      for (const text of texts) if (matchQuery(text, query)) hits++;
      const took = performance.now() - started;
      console.log(`matchQuery "${query}": ${hits} of ${COUNT} in ${took.toFixed(1)} ms`);
      expect(hits).toBeLessThanOrEqual(COUNT);
    }
    expect(texts.filter((text) => matchQuery(text, 'zurich')).length).toBe(COUNT / CITIES.length);
  });

  it('highlights a screenful of rows', () => {
    const started = performance.now();
    let ranges = 0;
    for (const icp of icps.slice(0, 100)) ranges += highlightRanges(icp.name, 'zur cto').length;
    console.log(`highlightRanges: 100 names in ${(performance.now() - started).toFixed(1)} ms`);
    expect(ranges).toBeGreaterThan(0);
  });
});
