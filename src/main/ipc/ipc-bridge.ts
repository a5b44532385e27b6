import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { appError } from '../../shared/api-error';
import { CHANNELS } from '../../shared/ipc-channels';
import { fail } from '../../shared/result';
import type { Dispatch } from './dispatcher';

/**
 * Electron only: registers every contract channel on ipcMain. A call is answered only when it
 * comes from a frame showing the app's own page; anything else gets a typed refusal.
 */
export function registerIpc(dispatch: Dispatch, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedSender(event)) return fail(appError('badRequest', 'Request from an untrusted page refused.'));
      return dispatch(channel, request);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
