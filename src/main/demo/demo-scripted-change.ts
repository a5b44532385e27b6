/*
 * What "Try demo data" shows of the local history without an account: after the demo server
 * answered its first list, two ICPs change on the "server" (as a colleague editing them in the
 * platform would) and one is deleted, so the next refresh marks two ICPs Changed and one Removed.
 */

const EDITED_TITLES = '8541bdd8-a678-481c-8420-d9f4c3e6813a'; // DACH SaaS – IT-Leitung Mittelstand
const EDITED_REACH = '1a1665ab-5ac7-42f6-a263-20ed2cbce6c4'; // Nordic Logistics – Fleet & Operations
const DELETED = 'f24741e2-0767-402d-bc36-2731d5903cfa'; // Healthcare Procurement – NHS Trusts

type Raw = Record<string, unknown>;
type Criterion = { filters: Raw };

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function edit(item: Raw, updatedAt: string): Raw {
  const copy = structuredClone(item);
  copy.updatedAt = updatedAt;
  const criterion = (copy.leadProviderCriteria as Criterion[] | undefined)?.[0];
  if (copy.id === EDITED_TITLES && criterion) {
    criterion.filters.job_titles = ['CIO', 'IT-Leiter', 'Leiter IT', 'CFO'];
    copy.leadsPerList = 25;
  } else if (criterion) {
    const location = criterion.filters.location as Raw;
    location.country = [...(location.country as string[]), 'Iceland'];
    copy.activeUntil = new Date(Date.parse(updatedAt) + 180 * 86_400_000).toISOString();
  }
  return copy;
}

/** The sample after the scripted change, dated `now`. Items it does not know pass through as they are. */
export function scriptedChange(icps: readonly unknown[], now: Date): unknown[] {
  const updatedAt = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString();
  return icps
    .filter((item) => !isRecord(item) || item.id !== DELETED)
    .map((item) => (isRecord(item) && (item.id === EDITED_TITLES || item.id === EDITED_REACH) ? edit(item, updatedAt) : item));
}
