import { describe, expect, it } from 'vitest';
import type { Icp } from '../../../src/shared/icp-schema';
import { buildSearchText, highlightRanges, matchQuery } from '../../../src/shared/search/normalize-text';

/*
 * Search over a large account, with every expected answer worked out from how the ICPs were made.
 * How long it takes is a figure of `npm run bench` ("search scan"), not something a test asserts.
 */

const COUNT = 10_000;
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

const icps = Array.from({ length: COUNT }, (_, i) => makeIcp(i));
const texts = icps.map(buildSearchText);
const matching = (query: string) => texts.flatMap((text, i) => (matchQuery(text, query) ? [i] : []));
const indexes = (keep: (i: number) => boolean) => Array.from({ length: COUNT }, (_, i) => i).filter(keep);

describe(`search over ${COUNT.toLocaleString('en-US')} ICPs`, () => {
  it('finds every ICP of one city, and only those, however its name is typed', () => {
    const zurich = indexes((i) => i % CITIES.length === 0);
    expect(matching('zurich')).toEqual(zurich);
    expect(matching('Zürich')).toEqual(zurich);
    expect(matching('ZURICH')).toEqual(zurich);
    expect(matching('lodz')).toEqual(indexes((i) => i % CITIES.length === 5));
  });

  it('needs every term: a city and a title together', () => {
    // Each ICP names one title and targets it and the next one in TITLES.
    const cto = (i: number) => i % TITLES.length === 0 || (i + 1) % TITLES.length === 0;
    expect(matching('zürich cto')).toEqual(indexes((i) => i % CITIES.length === 0 && cto(i)));
    expect(matching('geschaftsfuhrer munchen')).toEqual(indexes((i) => i % CITIES.length === 1 && (i % TITLES.length === 4 || (i + 1) % TITLES.length === 4)));
  });

  it('matches a user id by any part of 5 characters or more, and nothing for unknown words', () => {
    expect(matching('user_9999')).toEqual([9999]);
    expect(matching('r_999')).toEqual([999, 9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999]);
    expect(matching('no such thing')).toEqual([]);
  });

  it('highlights what matched in a name, accents and case ignored', () => {
    const name = icps[0]!.name;
    expect(name).toBe('ICP 0 Zürich CTO');
    expect(highlightRanges(name, 'zur cto').map(([start, end]) => name.slice(start, end))).toEqual(['Zür', 'CTO']);
  });
});
