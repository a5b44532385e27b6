import type { ServerResponse } from 'node:http';
import { errorReply, icpNotFoundMessage, jsonReply, type Reply } from '../../../src/main/demo/demo-responses';
import { writeReplyHead, type ApiRoute } from '../../../src/main/demo/demo-api-server';
import type { OutcomeFault } from './fault-book';

/* The answers faults make of what the demo API would have sent (see fault-book.ts). */

/**
 * The first half of a body, cut back to a character boundary so the result is valid UTF-8 but
 * never valid JSON (every body is an object or array, and no proper prefix of one is JSON).
 */
export function firstHalf(body: Buffer): Buffer {
  let cut = Math.max(1, Math.floor(body.length / 2));
  while (cut > 1 && ((body[cut] ?? 0) & 0xc0) === 0x80) cut -= 1;
  return body.subarray(0, cut);
}

/** A copy of one ICP that fails the schema in the way a schemaViolation fault asks for. */
function breakIcp(icp: unknown, breaks: 'activeUntil' | 'id'): unknown {
  if (typeof icp !== 'object' || icp === null || Array.isArray(icp)) return 'not an ICP';
  if (breaks === 'id') {
    const { id: _removed, ...rest } = icp as Record<string, unknown>;
    return rest;
  }
  // Spread keeps key order, so only the broken value differs from what the server usually sends.
  return { ...icp, activeUntil: 'soon' };
}

export function statusFaultReply(fault: Extract<OutcomeFault, { kind: 'status' }>, route: ApiRoute): Reply {
  if (fault.message !== undefined) return errorReply(fault.status, fault.message);
  // A forced 404 on a get reads like the real one.
  if (fault.status === 404 && route.endpoint === 'get') return errorReply(404, icpNotFoundMessage(route.id));
  return errorReply(fault.status);
}

/** `icps`: what the answer held (the caller's list, or the one ICP got). */
export function violatedReply(icps: unknown[], route: ApiRoute, fault: Extract<OutcomeFault, { kind: 'schemaViolation' }>): Reply {
  const breaks = fault.breaks ?? 'activeUntil';
  if (route.endpoint === 'get') return jsonReply(JSON.stringify(breakIcp(icps[0], breaks)));
  const index = Math.min(fault.index ?? 0, icps.length - 1);
  // An empty list has nothing to break and goes out as it is.
  const broken = icps.map((icp, i) => (i === index ? breakIcp(icp, breaks) : icp));
  return jsonReply(JSON.stringify(broken));
}

/** Head and half the body, then the connection dies: a proxy or network failing mid-transfer. */
export function dropMidBody(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  writeReplyHead(res, reply);
  res.write(firstHalf(reply.body), () => res.destroy());
}
