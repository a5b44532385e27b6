import { CHANNELS, EVENTS, type Channel, type EventName } from '../shared/ipc-channels';
import type { IcpDeskApi } from '../shared/ipc-contract';

/** How window.icpDesk reaches main: ipcRenderer in Electron's preload, HTTP in the web host's page. */
export interface BridgeTransport {
  invoke(channel: Channel, request: unknown): Promise<unknown>;
  /** Subscribes to one event; returns the unsubscribe function. */
  listen(event: EventName, listener: (payload: unknown) => void): () => void;
}

/**
 * `window.icpDesk`, the same in Electron and in the web host: exactly the channel map, one
 * function per contract channel and a listener for contract events, in one frozen object. Nothing
 * of the transport itself crosses, and the renderer cannot name a channel or event outside the
 * contract.
 */
export function createIcpDeskApi(transport: BridgeTransport): IcpDeskApi {
  const invokers = Object.fromEntries(CHANNELS.map((channel) => [channel, (request: unknown) => transport.invoke(channel, request ?? {})]));
  const allowedEvents: ReadonlySet<string> = new Set(EVENTS);
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!allowedEvents.has(event)) throw new Error(`Unknown event: ${String(event)}`);
    return transport.listen(event, listener);
  };
  return Object.freeze({ ...invokers, on }) as unknown as IcpDeskApi;
}
