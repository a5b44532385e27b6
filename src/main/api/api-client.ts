import { appError, type AppError } from '../../shared/api-error';
import { IcpId, type Icp } from '../../shared/icp-schema';
import { checkIcp, checkIcpList, type InvalidListItem } from '../../shared/icp-validation';
import { fail, ok, type Result } from '../../shared/result';
import { baseUrlText, checkBaseUrl } from './base-url';
import { errorForStatus, isResetBeforeReply, networkError } from './classify-failure';
import { MAX_REPLY_BYTES, readBodyText } from './read-body';

const DEFAULT_TIMEOUT_MS = 15_000;
const ICPS_PATH = '/api/v1/entities/icps';

interface IcpList {
  icps: Icp[];
  /** ICPs the API sent that failed validation; the valid ones are still returned. */
  invalid: InvalidListItem[];
}

export interface ApiClient {
  readonly baseUrl: string;
  readonly origin: string;
  listIcps(signal?: AbortSignal): Promise<Result<IcpList>>;
  getIcp(id: string, signal?: AbortSignal): Promise<Result<Icp>>;
}

export interface ApiClientOptions {
  baseUrl: string;
  token: string;
  /** Electron passes Chromium's (src/main/net/electron-fetch.ts), the web host a proxy-aware one. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** The most of one reply that is read; MAX_REPLY_BYTES unless a test sets less. */
  maxReplyBytes?: number;
}

type Reply = { ok: true; status: number; text: string } | { ok: false; error: AppError };

/**
 * The only code that talks to the platform's API. Every outcome is a Result: ok with validated
 * data, or an AppError of the kind the renderer shows. It never throws, and no message it
 * produces contains the token.
 */
export function createApiClient(options: ApiClientOptions): Result<ApiClient> {
  const checked = checkBaseUrl(options.baseUrl);
  if (!checked.ok) return checked;
  const base = baseUrlText(checked.data);
  const origin = checked.data.origin;
  const fetchFn = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxReplyBytes = options.maxReplyBytes ?? MAX_REPLY_BYTES;
  const headers = { authorization: `Bearer ${options.token}`, accept: 'application/json' };

  async function request(path: string, what: string, signal?: AbortSignal): Promise<Reply> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    try {
      const init: RequestInit = { headers, signal: combined, redirect: 'error' };
      const response = await fetchFn(base + path, init).catch((error: unknown) => {
        // Every request here is a GET, so sending it again is safe. A keep-alive connection the
        // server closed while idle fails the next request before any byte of the reply arrives
        // (a 100,000-ICP bench run lost one that way): one more try goes out on a fresh connection.
        if (combined.aborted || !isResetBeforeReply(error)) throw error;
        return fetchFn(base + path, init);
      });
      // The timeout covers the body too: a server that stalls mid-reply is as dead as a silent one.
      const body = await readBodyText(response, maxReplyBytes, what);
      return body.ok ? { ok: true, status: response.status, text: body.text } : body;
    } catch (error) {
      if (signal?.aborted) return { ok: false, error: appError('cancelled', 'The request was cancelled') };
      return { ok: false, error: networkError(error, origin, timeout.signal.aborted, timeoutMs) };
    } finally {
      clearTimeout(timer);
    }
  }

  function parseJson(text: string): Result<unknown> {
    try {
      return ok(JSON.parse(text));
    } catch {
      const preview = text.length === 0 ? 'an empty reply' : 'a reply that is not JSON';
      return fail(appError('invalidResponse', `The API sent ${preview} (${text.length.toLocaleString('en-US')} bytes).`));
    }
  }

  return ok({
    baseUrl: base,
    origin,
    async listIcps(signal) {
      const reply = await request(ICPS_PATH, 'the ICP list', signal);
      if (!reply.ok) return fail(reply.error);
      if (reply.status < 200 || reply.status > 299) return fail(errorForStatus(reply.status, reply.text, 'list'));
      const body = parseJson(reply.text);
      if (!body.ok) return body;
      if (!Array.isArray(body.data)) {
        return fail(appError('invalidResponse', 'The API sent something other than a list of ICPs.', { field: '' }));
      }
      return ok(checkIcpList(body.data));
    },
    async getIcp(id, signal) {
      // Checked here as well as at the IPC boundary: this is the last stop before the network.
      if (!IcpId.safeParse(id).success) {
        return fail(appError('badRequest', 'That is not a valid ICP id (expected a UUID).'));
      }
      const reply = await request(`${ICPS_PATH}/${encodeURIComponent(id)}`, `ICP ${id}`, signal);
      if (!reply.ok) return fail(reply.error);
      if (reply.status < 200 || reply.status > 299) return fail(errorForStatus(reply.status, reply.text, 'icp'));
      const body = parseJson(reply.text);
      if (!body.ok) return body;
      const check = checkIcp(body.data);
      if (!check.ok) {
        const where = check.problem.field === '' ? '' : ` in ${check.problem.field}`;
        return fail(
          appError('invalidResponse', `The API sent an ICP this app cannot read: ${check.problem.message}${where}.`, {
            field: check.problem.field,
          }),
        );
      }
      if (check.icp.id.toLowerCase() !== id.toLowerCase()) {
        return fail(appError('invalidResponse', `The API answered with a different ICP (${check.icp.id}) than the one asked for.`, { field: 'id' }));
      }
      return ok(check.icp);
    },
  });
}
