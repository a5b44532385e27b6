import type * as z from 'zod';
import { UNKNOWN_BRANCH_MARKER } from './icp-schema';

type Issue = z.core.$ZodIssue;
type PathSegment = PropertyKey;

/** `['leadProviderCriteria', 0, 'filters']` -> `leadProviderCriteria[0].filters`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/**
 * How little a union branch says about the real cause: a branch that only failed because the
 * value was of the other kind (the unknown-type marker, or a discriminator miss) says least.
 */
function noise(branch: readonly Issue[]): number {
  if (branch.some((i) => i.message === UNKNOWN_BRANCH_MARKER)) return 2;
  if (branch.some((i) => i.code === 'invalid_union' && i.errors.length === 0)) return 1;
  return 0;
}

/**
 * The first issue that names a real cause. A union of "known custom filter" and "unknown custom
 * filter" fails both ways for a known type with a bad field; the unknown branch's complaint is
 * noise, so we follow the other branch.
 */
function firstCause(issues: readonly Issue[], prefix: readonly PathSegment[]): { path: PathSegment[]; message: string } | undefined {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      for (const branch of [...issue.errors].sort((a, b) => noise(a) - noise(b))) {
        const cause = firstCause(branch, path);
        if (cause) return cause;
      }
    }
    if (issue.message === UNKNOWN_BRANCH_MARKER) continue;
    return { path, message: issue.message };
  }
  return undefined;
}

export interface ValidationProblem {
  /** The field that failed, e.g. `customFilterCriteria[0].value`; empty for the whole value. */
  field: string;
  message: string;
}

export function describeZodError(error: z.ZodError): ValidationProblem {
  const cause = firstCause(error.issues, []);
  if (!cause) return { field: '', message: 'Invalid value' };
  return { field: formatPath(cause.path), message: cause.message };
}
