import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, IPC_EVENT_PREFIX, type EventName } from '../shared/ipc-channels';
import type { IcpDeskApi } from '../shared/ipc-contract';

/*
 * Exposes exactly the channel map as `window.icpDesk`: one function per contract channel and a
 * listener for contract events. Nothing of ipcRenderer itself crosses, and the renderer cannot
 * name a channel that is not in the contract.
 */

const invokers = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request ?? {})]),
);

const allowedEvents: ReadonlySet<string> = new Set(EVENTS);

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!allowedEvents.has(event)) throw new Error(`Unknown event: ${String(event)}`);
  const channel = IPC_EVENT_PREFIX + event;
  // Strip the IpcRendererEvent: it carries `sender`, which must not reach the page.
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const api = Object.freeze({ ...invokers, on }) as unknown as IcpDeskApi;

contextBridge.exposeInMainWorld('icpDesk', api);
