import type { IcpSummary } from '../ipc-contract';

/*
 * One line for a list row saying how an ICP searches: "baseProvider · Person",
 * "baseProvider · Person (legacy) + Company", "No lead search". Pure, so rows stay cheap.
 */

const typeName = (type: string) => (type === '' ? 'Unknown' : type[0]!.toUpperCase() + type.slice(1));

export function criteriaSummary(criteria: IcpSummary['criteria']): string {
  if (criteria.length === 0) return 'No lead search';
  const providers = [...new Set(criteria.map((criterion) => criterion.provider))];
  const types: string[] = [];
  for (const criterion of criteria) {
    const name = typeName(criterion.type) + (criterion.legacy ? ' (legacy)' : '');
    if (!types.includes(name)) types.push(name);
  }
  return `${providers.join(', ')} · ${types.join(' + ')}`;
}
