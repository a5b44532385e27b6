import type { Channel, EventName, EventPayload, RequestOf, ResponseOf } from '../../shared/ipc-contract';
import type { AppError } from '../../shared/api-error';

/*
 * The only module that touches window.icpDesk. Everything else asks main through `call`, which
 * never throws: a missing bridge or a rejected promise becomes an `internal` error Result, so
 * components and store actions only ever switch on `result.ok` and `error.kind`.
 */

// A plain object, not shared/api-error's helper: that module brings zod, and this one is in the
// first chunk the page runs (see store/early-start.ts).
const internalError = (message: string): AppError => ({ kind: 'internal', message });

export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const api = window.icpDesk;
  if (!api) {
    return { ok: false, error: internalError('ICP Desk could not reach its main process. Restart the app.') };
  }
  try {
    // Indexing the API by a generic channel loses the pairing of request and response types.
    const invoke = api[channel] as (request: RequestOf<C>) => Promise<ResponseOf<C>>;
    return await invoke(request);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: internalError(`ICP Desk could not complete the request (${detail}).`) };
  }
}

/** Subscribes to an event pushed from main; returns the unsubscribe function. */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const api = window.icpDesk;
  if (!api) return () => undefined;
  return api.on(event, listener);
}
