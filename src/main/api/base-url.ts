import { appError } from '../../shared/api-error';
import { fail, ok, type Result } from '../../shared/result';

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The API base URL the user typed, checked before a token is ever sent to it: https only, except
 * plain http to this machine (a local or demo server). No credentials, query or fragment.
 * The result has no trailing slash so paths can be appended.
 */
export function checkBaseUrl(input: string): Result<URL> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return fail(appError('badRequest', 'Enter a full URL such as https://api.example.com'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(appError('badRequest', `The API URL must start with https:// (got ${url.protocol})`));
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return fail(appError('badRequest', 'The API URL must use https:// — plain http:// is only allowed for this computer (localhost)'));
  }
  if (url.username !== '' || url.password !== '') {
    return fail(appError('badRequest', 'Remove the user name and password from the URL; use the token field instead'));
  }
  if (url.search !== '' || url.hash !== '') {
    return fail(appError('badRequest', 'The API URL must not contain a query (?…) or fragment (#…)'));
  }
  return ok(url);
}

/** `https://api.example.com/prefix` (no trailing slash), ready for paths to be appended. */
export const baseUrlText = (url: URL): string => url.origin + url.pathname.replace(/\/+$/, '');
