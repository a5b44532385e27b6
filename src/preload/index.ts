import { contextBridge, ipcRenderer } from 'electron';
import { IPC_EVENT_PREFIX } from '../shared/ipc-channels';
import { createIcpDeskApi } from './icp-desk-api';

/* Exposes the contract as `window.icpDesk` over Electron's IPC (see icp-desk-api.ts). */

const api = createIcpDeskApi({
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  listen(event, listener) {
    const channel = IPC_EVENT_PREFIX + event;
    // Strip the IpcRendererEvent: it carries `sender`, which must not reach the page.
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('icpDesk', api);
