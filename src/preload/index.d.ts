import type { IcpDeskApi } from '../shared/ipc-contract';

declare global {
  interface Window {
    readonly icpDesk: IcpDeskApi;
  }
}

export {};
