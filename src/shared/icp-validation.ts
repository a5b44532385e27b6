import { Icp } from './icp-schema';
import { MAX_ICP_NESTING, pathDeeperThan } from './nesting-depth';
import { describeZodError, formatPath, type ValidationProblem } from './validation-message';

export type IcpCheck = { ok: true; icp: Icp } | { ok: false; problem: ValidationProblem };

/**
 * Validates one ICP and, when valid, hands back the object it was given rather than zod's copy:
 * the schemas never transform, so the two are equal, and the original keeps the API's key order
 * for byte-faithful exports.
 */
export function checkIcp(raw: unknown): IcpCheck {
  const tooDeep = pathDeeperThan(raw, MAX_ICP_NESTING);
  if (tooDeep) return { ok: false, problem: { field: fieldOf(tooDeep), message: `nested more than ${MAX_ICP_NESTING} levels deep` } };
  const parsed = Icp.safeParse(raw);
  if (parsed.success) return { ok: true, icp: raw as Icp };
  return { ok: false, problem: describeZodError(parsed.error) };
}

/** The first steps of a path 64 levels long name the field well enough: `leadProviderCriteria[0].filters.a…`. */
function fieldOf(path: readonly (string | number)[]): string {
  const shown = 4;
  return formatPath(path.slice(0, shown)) + (path.length > shown ? '…' : '');
}

export interface InvalidListItem {
  index: number;
  /** The item's id when it has a readable one, so the user can tell which ICP it was. */
  id?: string;
  field: string;
  message: string;
}

export interface IcpListCheck {
  icps: Icp[];
  invalid: InvalidListItem[];
}

/** A list in which some ICPs fail validation still yields the valid ones. */
export function checkIcpList(items: readonly unknown[]): IcpListCheck {
  const icps: Icp[] = [];
  const invalid: InvalidListItem[] = [];
  items.forEach((item, index) => {
    const check = checkIcp(item);
    if (check.ok) {
      icps.push(check.icp);
      return;
    }
    const id = readableId(item);
    invalid.push({ index, ...(id === undefined ? {} : { id }), ...check.problem });
  });
  return { icps, invalid };
}

function readableId(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as Record<string, unknown>).id;
  return typeof id === 'string' && id.length <= 100 ? id : undefined;
}

export function describeInvalidItem(item: InvalidListItem): string {
  const who = item.id === undefined ? `ICP at position ${item.index + 1}` : `ICP ${item.id}`;
  const where = item.field === '' ? '' : ` (${item.field})`;
  return `${who} was skipped: ${item.message}${where}`;
}
