import { describe, expect, it } from 'vitest';
import { isResetBeforeReply, networkError } from '../../../src/main/api/classify-failure';

/*
 * Electron's net.fetch fails with Chromium's `net::ERR_…` names where Node's fetch has a `cause`
 * with a code; both must read the same to the user. (Node's side runs for real in
 * tests/integration/net; Chromium's cannot run here, so its errors are written as Electron
 * words them.)
 */

const origin = 'https://api.example.com';
const nodeFailure = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
const chromiumFailure = (name: string) => new Error(`net::${name}`);
const message = (error: unknown) => networkError(error, origin, false, 15_000).message;

describe('network failures, from Node and from Chromium', () => {
  it('says the certificate is not trusted, naming the host, for an unknown authority', () => {
    for (const error of [
      nodeFailure('SELF_SIGNED_CERT_IN_CHAIN'),
      nodeFailure('UNABLE_TO_VERIFY_LEAF_SIGNATURE'),
      chromiumFailure('ERR_CERT_AUTHORITY_INVALID'),
    ]) {
      expect(message(error)).toMatch(/^The certificate of api\.example\.com is not trusted: it was not issued by a certificate authority this computer trusts/);
    }
  });

  it('says why a certificate is not trusted when it is expired or for another name', () => {
    expect(message(nodeFailure('CERT_HAS_EXPIRED'))).toBe('The certificate of api.example.com is not trusted: it has expired (CERT_HAS_EXPIRED).');
    expect(message(chromiumFailure('ERR_CERT_COMMON_NAME_INVALID'))).toBe(
      'The certificate of api.example.com is not trusted: it was issued for a different name (ERR_CERT_COMMON_NAME_INVALID).',
    );
  });

  it('reads Chromium refusals, DNS failures and proxy failures as Node ones read', () => {
    expect(message(chromiumFailure('ERR_CONNECTION_REFUSED'))).toBe(message(nodeFailure('ECONNREFUSED')));
    expect(message(chromiumFailure('ERR_NAME_NOT_RESOLVED'))).toBe(message(nodeFailure('ENOTFOUND')));
    expect(message(chromiumFailure('ERR_INTERNET_DISCONNECTED'))).toBe(message(nodeFailure('ENETUNREACH')));
    expect(message(chromiumFailure('ERR_PROXY_CONNECTION_FAILED'))).toBe(
      "Could not reach https://api.example.com through the proxy (ERR_PROXY_CONNECTION_FAILED). Check the system's proxy settings.",
    );
  });

  it('retries only resets that came before the reply', () => {
    for (const error of [
      nodeFailure('ECONNRESET'),
      nodeFailure('UND_ERR_SOCKET'),
      chromiumFailure('ERR_CONNECTION_RESET'),
      chromiumFailure('ERR_EMPTY_RESPONSE'),
    ]) {
      expect(isResetBeforeReply(error)).toBe(true);
    }
    for (const error of [nodeFailure('ECONNREFUSED'), nodeFailure('ENOTFOUND'), chromiumFailure('ERR_CERT_AUTHORITY_INVALID'), new Error('boom'), undefined]) {
      expect(isResetBeforeReply(error)).toBe(false);
    }
  });
});
