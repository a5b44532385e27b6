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

/** Node's fetch hides the reason for a failure in `cause.code`. */
export function networkError(error: unknown, origin: string, timedOut: boolean, timeoutMs: number): AppError {
  if (timedOut) {
    const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
    return appError('network', `${origin} did not answer within ${limit}. Check your connection and try again.`);
  }
  const code = causeCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return appError('network', `Could not connect to ${origin}: the connection was refused. Is the server running?`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return appError('network', `Could not find ${new URL(origin).hostname}: check the address or your connection (DNS lookup failed).`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return appError('network', `The connection to ${origin} was lost before the reply was complete.`);
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return appError('network', `${origin} is unreachable: you appear to be offline.`);
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return appError('network', `The secure connection to ${origin} failed: its certificate is not trusted (${code}).`);
    default:
      if (causeMessage(error) === 'bad port') {
        return appError('network', `Could not reach ${origin}: its port is one browsers and fetch refuse to use. Use the API's usual port.`);
      }
      return appError('network', `Could not reach ${origin}${code ? ` (${code})` : ''}. Check your connection and try again.`);
  }
}

function causeMessage(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause instanceof Error ? cause.message : undefined;
}

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
