import { afterAll, beforeAll } from 'vitest';
import { Icp } from '../../../src/shared/icp-schema';
import type { ViewClock } from '../../../src/shared/format/header-view';

/** Every export test runs in one zone, so relative wording ("3 days ago") and exact times are fixed. */
const ZONE = 'Europe/Berlin';
const NOW = new Date('2026-11-23T09:00:00.000Z');
export const CLOCK: ViewClock = { now: NOW, timeZone: ZONE };

export function inBerlin(): void {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = ZONE;
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
}

/** An ICP parsed by the real schema, so tests only feed what the app can receive. */
export function makeIcp(fields: Record<string, unknown> = {}): Icp {
  return Icp.parse({
    id: '550e8400-e29b-41d4-a716-446655440000',
    name: 'Enterprise Tech Buyers',
    description: 'IT decision makers at large enterprises in DACH region',
    createdAt: '2024-01-15T10:30:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    leadProviderCriteria: [
      {
        provider: 'baseProvider',
        type: 'person',
        filters: {
          job_title: ['CTO', 'VP Engineering'],
          location: { country: ['Germany', 'Austria'], city: ['Berlin'] },
          company: { employee_size: { min: 500, max: 10000 }, industry: ['Software'] },
          seniority: ['Director'],
        },
      },
    ],
    customFilterCriteria: [
      { type: 'maxPeoplePerCompany', value: 2 },
      { type: 'minDaysUntilReuse', value: 180 },
    ],
    crmFilters: null,
    userIds: ['user_abc123', 'user_xyz789'],
    leadsPerList: 25,
    activeUntil: '2026-12-05T22:59:00.000Z',
    ...fields,
  });
}
