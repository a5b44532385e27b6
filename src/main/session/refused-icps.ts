import type { RefusedDetail, RefusedStatus } from '../../shared/offline/refused-details';

/*
 * The listed ICPs whose details the server refused (403) or did not find (404), for as long as
 * the session lasts (a restart asks the server again when each is opened). They are marks, not
 * removals: a detail fetched later clears one, and a list refresh without the ICP drops it with
 * the ICP (see refused-details.ts).
 */
export function createRefusedIcps() {
  const byId = new Map<string, RefusedDetail>();
  return {
    record(id: string, status: RefusedStatus): void {
      byId.set(id.toLowerCase(), { id, status });
    },
    clear(id: string): void {
      byId.delete(id.toLowerCase());
    },
    /** Forgets the marks of ICPs a list refresh no longer contains (`listed`: lower-case ids). */
    keepListed(listed: ReadonlySet<string>): void {
      for (const key of byId.keys()) if (!listed.has(key)) byId.delete(key);
    },
    all: (): RefusedDetail[] => [...byId.values()],
  };
}
