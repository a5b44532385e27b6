import { appError } from '../../shared/api-error';
import { isChannel } from '../../shared/ipc-channels';
import { ipcContract } from '../../shared/ipc-contract';
import { fail, type Result } from '../../shared/result';
import { describeZodError } from '../../shared/validation-message';
import type { Logger } from '../logger';
import type { Handlers } from './handlers';

export type Dispatch = (channel: string, request: unknown) => Promise<Result<unknown>>;

/**
 * The boundary every renderer call crosses (Electron IPC or the web test host): the channel must
 * be in the contract, the argument must match its schema, and whatever happens inside comes back
 * as a Result. Nothing the renderer sends can make main throw or reach the network unchecked.
 */
export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (channel, request) => {
    if (!isChannel(channel)) return fail(appError('badRequest', 'Unknown request.'));
    const schema = ipcContract[channel].request;
    const parsed = schema.safeParse(request ?? {});
    if (!parsed.success) {
      const problem = describeZodError(parsed.error);
      log.warn(`Refused ${channel}: ${problem.field || 'argument'}: ${problem.message}`);
      const where = problem.field === '' ? '' : ` (${problem.field})`;
      return fail(appError('badRequest', `ICP Desk refused an invalid request: ${problem.message}${where}`, { field: problem.field }));
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>>;
      return await handler(parsed.data);
    } catch (error) {
      log.error(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fail(appError('internal', 'Something went wrong inside ICP Desk. Try again; if it keeps happening, restart the app.'));
    }
  };
}
