import listBody from '../../fixtures/api-docs/list-200.json';
import getBody from '../../fixtures/api-docs/get-200.json';
import { Icp, type CustomFilter, type LeadProviderCriterion } from '../../../src/shared/icp-schema';

/*
 * ICPs for the checks' tests, built from the reference pages' own examples and parsed by the
 * real schema, so every test input is an ICP the app would accept.
 */

export const NOW = new Date('2026-03-10T12:00:00.000Z');
const DAY_MS = 86_400_000;

export const [ENTERPRISE, SMB] = listBody.map((raw) => Icp.parse(raw)) as [Icp, Icp];
export const DETAILED = Icp.parse(getBody);

let next = 0;

/** A clean, active ICP (no findings) with the given parts replaced; parsed by the schema. */
export function icp(overrides: Partial<Record<keyof Icp, unknown>> = {}): Icp {
  next += 1;
  const id = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  return Icp.parse({
    id,
    name: `ICP ${next}`,
    description: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    leadProviderCriteria: [person({ job_title: ['CTO'] })],
    customFilterCriteria: [],
    crmFilters: null,
    userIds: ['user_abc123'],
    leadsPerList: 10,
    activeUntil: null,
    ...overrides,
  });
}

export const person = (filters: Record<string, unknown>, provider = 'baseProvider'): LeadProviderCriterion => ({ provider, type: 'person', filters });
export const company = (filters: Record<string, unknown>): LeadProviderCriterion => ({ provider: 'baseProvider', type: 'company', filters });

/** An ICP with one person search over these filters. */
export const searching = (filters: Record<string, unknown>, overrides: Partial<Record<keyof Icp, unknown>> = {}): Icp =>
  icp({ leadProviderCriteria: [person(filters)], ...overrides });

export const withCustom = (...filters: CustomFilter[]): Icp => icp({ customFilterCriteria: filters });

export const daysFromNow = (days: number): string => new Date(NOW.getTime() + days * DAY_MS).toISOString();
