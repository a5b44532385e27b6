import { ApiErrorEnvelope, appError, type AppError } from '../../shared/api-error';

/** Maps a non-2xx reply to the error kind the renderer shows, keeping the API's own words. */
export function errorForStatus(status: number, bodyText: string, asked: 'list' | 'icp'): AppError {
  const what = asked === 'list' ? 'the ICP list' : 'this ICP';
  const envelope = parseEnvelope(bodyText);
  const api = envelope ? { apiCode: envelope.error.code, apiMessage: envelope.error.message } : {};
  const said = envelope ? ` (${envelope.error.code}: ${envelope.error.message})` : '';
  const extra = { status, ...api };
  switch (status) {
    case 401:
      return appError('unauthorized', `Session expired or token revoked: the API did not accept the token${said}`, extra);
    case 403:
      return appError('forbidden', `You don't have access to ${what}${said}`, extra);
    case 404:
      if (asked === 'list') {
        return appError('notFound', `The API has no ICP list at this address${said}. Check the base URL.`, extra);
      }
      return appError('notFound', `This ICP no longer exists${said}`, extra);
    default:
      if (status >= 500) return appError('server', `The API had a problem answering (HTTP ${status})${said}. Try again in a moment.`, extra);
      return appError('server', `The API answered with an unexpected HTTP ${status}${said}`, extra);
  }
}

function parseEnvelope(text: string): ApiErrorEnvelope | undefined {
  try {
    const parsed = ApiErrorEnvelope.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Node's fetch hides the reason for a failure in `cause.code`; Chromium's (Electron) in `net::ERR_…`. */
export function networkError(error: unknown, origin: string, timedOut: boolean, timeoutMs: number): AppError {
  if (timedOut) {
    const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
    return appError('network', `${origin} did not answer within ${limit}. Check your connection and try again.`);
  }
  const code = failureCode(error);
  const host = new URL(origin).hostname;
  const certificate = CERTIFICATE_PROBLEMS[code ?? ''];
  if (certificate) return appError('network', `The certificate of ${host} is not trusted: ${certificate} (${code}).`);
  switch (code) {
    case 'ECONNREFUSED':
    case 'ERR_CONNECTION_REFUSED':
      return appError('network', `Could not connect to ${origin}: the connection was refused. Is the server running?`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ERR_NAME_NOT_RESOLVED':
      return appError('network', `Could not find ${host}: check the address or your connection (DNS lookup failed).`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
    case 'ERR_CONNECTION_RESET':
    case 'ERR_CONNECTION_CLOSED':
    case 'ERR_EMPTY_RESPONSE':
      return appError('network', `The connection to ${origin} was lost before the reply was complete.`);
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
    case 'ERR_INTERNET_DISCONNECTED':
    case 'ERR_ADDRESS_UNREACHABLE':
      return appError('network', `${origin} is unreachable: you appear to be offline.`);
    case 'ERR_PROXY_CONNECTION_FAILED':
    case 'ERR_TUNNEL_CONNECTION_FAILED':
    case 'ERR_PROXY_AUTH_UNSUPPORTED':
    case 'ERR_PROXY_CERTIFICATE_INVALID':
      return appError('network', `Could not reach ${origin} through the proxy (${code}). Check the system's proxy settings.`);
    default:
      if (causeMessage(error) === 'bad port') {
        return appError('network', `Could not reach ${origin}: its port is one browsers and fetch refuse to use. Use the API's usual port.`);
      }
      return appError('network', `Could not reach ${origin}${code ? ` (${code})` : ''}. Check your connection and try again.`);
  }
}

const UNTRUSTED =
  "it was not issued by a certificate authority this computer trusts. If your organisation uses its own authority, install its root certificate in the system's certificate store";

/** TLS failures, by Node's and Chromium's codes: what is wrong with the server's certificate. */
const CERTIFICATE_PROBLEMS: Readonly<Record<string, string>> = {
  SELF_SIGNED_CERT_IN_CHAIN: UNTRUSTED,
  DEPTH_ZERO_SELF_SIGNED_CERT: UNTRUSTED,
  UNABLE_TO_GET_ISSUER_CERT: UNTRUSTED,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: UNTRUSTED,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: UNTRUSTED,
  CERT_UNTRUSTED: UNTRUSTED,
  ERR_CERT_AUTHORITY_INVALID: UNTRUSTED,
  CERT_HAS_EXPIRED: 'it has expired',
  CERT_NOT_YET_VALID: "it is not valid yet (check the computer's clock)",
  ERR_CERT_DATE_INVALID: "it has expired or is not valid yet (check the computer's clock)",
  ERR_TLS_CERT_ALTNAME_INVALID: 'it was issued for a different name',
  ERR_CERT_COMMON_NAME_INVALID: 'it was issued for a different name',
};

/** Resets before any byte of the reply: a GET that fails this way is safe to send once more. */
const RESET_BEFORE_REPLY: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'UND_ERR_SOCKET',
  'EPIPE',
  'ERR_CONNECTION_RESET',
  'ERR_CONNECTION_CLOSED',
  'ERR_EMPTY_RESPONSE',
]);

/** True for a fetch that failed because the connection was reset before the reply began. */
export function isResetBeforeReply(error: unknown): boolean {
  return RESET_BEFORE_REPLY.has(failureCode(error) ?? '');
}

function causeMessage(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause instanceof Error ? cause.message : undefined;
}

/** Node's `code` (on the error or a cause), or Chromium's `net::ERR_…` in a message. */
function failureCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const chromium = e instanceof Error ? /net::(ERR_[A-Z0-9_]+)/.exec(e.message)?.[1] : undefined;
    if (chromium) return chromium;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
