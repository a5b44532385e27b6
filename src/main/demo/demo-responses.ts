import { STATUS_CODES } from 'node:http';

/** Every answer, errors and faults included, carries this content type. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** An answer before it is written: the status, the exact body bytes, any extra headers. */
export interface Reply {
  status: number;
  body: Buffer;
  headers?: Record<string, string>;
}

/*
 * The codes and messages the reference pages print, written out here rather than imported from
 * src/shared so that the demo server stays an independent check on the app's own constants.
 */
const UNAUTHORIZED_MESSAGE = 'User not authenticated';
export const FORBIDDEN_MESSAGE = 'You do not have access to this ICP';
const INTERNAL_ERROR_MESSAGE = 'An unexpected server error occurred';
export const icpNotFoundMessage = (id: string): string => `ICP not found: ${id}`;

const DOCUMENTED: Readonly<Record<number, { code: string; message: string }>> = {
  401: { code: 'UNAUTHORIZED', message: UNAUTHORIZED_MESSAGE },
  403: { code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE },
  404: { code: 'NOT_FOUND', message: 'Not found' },
  500: { code: 'INTERNAL_ERROR', message: INTERNAL_ERROR_MESSAGE },
};

/**
 * `{"error":{"code","message"}}` for any error status: the documented code and message where the
 * pages give one, INTERNAL_ERROR for every other 5xx, and the HTTP reason (e.g. 429 ->
 * TOO_MANY_REQUESTS) for other 4xx, which the pages never mention.
 */
export function errorReply(status: number, message?: string, headers?: Record<string, string>): Reply {
  const documented = DOCUMENTED[status] ?? (status >= 500 ? DOCUMENTED[500] : undefined);
  const reason = STATUS_CODES[status] ?? 'Error';
  const code =
    documented?.code ??
    reason
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '');
  const body = { error: { code, message: message ?? documented?.message ?? reason } };
  return { status, body: Buffer.from(JSON.stringify(body)), ...(headers ? { headers } : {}) };
}

export function jsonReply(json: string | Buffer): Reply {
  return { status: 200, body: typeof json === 'string' ? Buffer.from(json) : json };
}
