import type { ApiRoute } from '../../../src/main/demo/demo-api-server';

/*
 * Faults: switches a test flips to make the test API server misbehave the way a real API, proxy
 * or network can.
 *
 * Where a fault applies:
 *  - `on`: 'list' (GET /api/v1/entities/icps), 'get' (GET /api/v1/entities/icps/{id}) or 'any'
 *    (both; the default). Unknown paths and wrong methods are never faulted.
 *  - `id`: only GET /icps/{id} for that id (so never the list).
 *  - `times`: how many requests it acts on before it expires; default: every one until cleared.
 *
 * What one request gets: every matching `delay` (they add up), plus at most one "outcome": the
 * first matching non-delay fault, in the order given to setFaults. Only faults that act on the
 * request spend one of their `times`, so [{ kind: 'status', status: 503, times: 2 },
 * { kind: 'malformed' }] answers 503, 503, then malformed bodies from then on.
 *
 * The outcomes replace or corrupt whatever the server would have answered, whoever asks (a broken
 * server does not check tokens first):
 *  - status: that status with the reference pages' error envelope for it.
 *  - malformed: 200 with the first half of the answer's body, which is never valid JSON.
 *  - drop: the real head (Content-Length included) and half the body, then the socket is destroyed.
 *  - schemaViolation: a 200 ICP answer with one ICP broken (`activeUntil: "soon"`, or its `id`
 *    removed). Error answers (401, 403, 404) pass unchanged, but the request still spends it.
 */

type FaultEndpoint = 'list' | 'get' | 'any';

interface FaultScope {
  /** Default 'any'. */
  on?: FaultEndpoint;
  /** Only GET /icps/{id} for this id. */
  id?: string;
  /** Act on this many requests, then expire. Default: until cleared. */
  times?: number;
}

type FaultEffect =
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number; /** Instead of the documented message. */ message?: string }
  | { kind: 'malformed' }
  | { kind: 'drop' }
  | {
      kind: 'schemaViolation';
      /** What breaks: activeUntil becomes "soon" (default), or the id is removed. */
      breaks?: 'activeUntil' | 'id';
      /** Which list position breaks (default 0); ignored for a get. */
      index?: number;
    };

export type Fault = FaultScope & FaultEffect;
export type OutcomeFault = Exclude<Fault, { kind: 'delay' }>;

export interface FaultPlan {
  delayMs: number;
  outcome?: OutcomeFault;
}

interface ArmedFault {
  fault: Fault;
  remaining: number;
}

export class FaultBook {
  private armed: ArmedFault[] = [];

  /** Replaces every fault. Throws a TypeError naming the first invalid one. */
  set(faults: readonly Fault[]): void {
    faults.forEach((fault, index) => assertValidFault(fault, index));
    this.armed = faults.map((fault) => ({ fault: { ...fault }, remaining: fault.times ?? Infinity }));
  }

  clear(): void {
    this.armed = [];
  }

  /** Picks what happens to one request and spends the faults that act on it. */
  take(target: ApiRoute): FaultPlan {
    const plan: FaultPlan = { delayMs: 0 };
    for (const armed of this.armed) {
      const { fault } = armed;
      if (armed.remaining <= 0 || !matches(fault, target)) continue;
      if (fault.kind === 'delay') plan.delayMs += fault.ms;
      else if (plan.outcome === undefined) plan.outcome = fault;
      else continue;
      armed.remaining -= 1;
    }
    this.armed = this.armed.filter((armed) => armed.remaining > 0);
    return plan;
  }
}

function matches(fault: Fault, target: ApiRoute): boolean {
  const on = fault.on ?? 'any';
  if (on !== 'any' && on !== target.endpoint) return false;
  if (fault.id === undefined) return true;
  return target.endpoint === 'get' && target.id === fault.id;
}

const ENDPOINTS: readonly string[] = ['list', 'get', 'any'];
const KINDS: readonly string[] = ['delay', 'status', 'malformed', 'drop', 'schemaViolation'];

/** Faults also arrive from the CLI and from JavaScript callers, so their shape is checked. */
function assertValidFault(fault: Fault, index: number): void {
  const problem = faultProblem(fault);
  if (problem !== undefined) throw new TypeError(`Invalid fault at index ${index}: ${problem}`);
}

function faultProblem(fault: Fault): string | undefined {
  if (typeof fault !== 'object' || fault === null) return 'not an object';
  if (!KINDS.includes(fault.kind)) return `unknown kind ${JSON.stringify(fault.kind)}`;
  if (fault.on !== undefined && !ENDPOINTS.includes(fault.on)) return `"on" must be one of ${ENDPOINTS.join(', ')}`;
  if (fault.id !== undefined && (typeof fault.id !== 'string' || fault.id === '')) return '"id" must be a non-empty string';
  if (fault.id !== undefined && fault.on === 'list') return '"id" limits a fault to one ICP\'s get, so "on" cannot be "list"';
  if (fault.times !== undefined && !(Number.isSafeInteger(fault.times) && fault.times >= 1)) return '"times" must be a whole number >= 1';
  switch (fault.kind) {
    case 'delay':
      return Number.isFinite(fault.ms) && fault.ms >= 0 ? undefined : '"ms" must be a number >= 0';
    case 'status':
      return Number.isInteger(fault.status) && fault.status >= 400 && fault.status <= 599 ? undefined : '"status" must be an HTTP error status (400-599)';
    case 'schemaViolation':
      if (fault.breaks !== undefined && fault.breaks !== 'activeUntil' && fault.breaks !== 'id') return '"breaks" must be "activeUntil" or "id"';
      if (fault.index !== undefined && !(Number.isSafeInteger(fault.index) && fault.index >= 0)) return '"index" must be a whole number >= 0';
      return undefined;
    default:
      return undefined;
  }
}
