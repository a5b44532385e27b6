/**
 * How the list can be sorted (ListView.sort in ipc-contract.ts). Zod-free so the renderer can
 * list and check them without loading the schemas.
 */
export const SORT_KEYS = ['name', 'updatedAt', 'activeUntil', 'leadsPerList'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const isSortKey = (value: string): value is SortKey => (SORT_KEYS as readonly string[]).includes(value);
