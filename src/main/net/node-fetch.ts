import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

/**
 * The API's fetch under Node (the web host behind `npm run preview:web`, and tests): Node's own
 * fetch ignores proxy variables, so this one goes through undici's EnvHttpProxyAgent, which
 * honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (upper or lower case) as curl does. Extra root
 * certificates come from NODE_EXTRA_CA_CERTS, which Node's TLS reads when the process starts.
 * Electron does not use this: it gets Chromium's network stack (electron-fetch.ts).
 */
export function createNodeFetch(): typeof fetch {
  const dispatcher = new EnvHttpProxyAgent();
  const proxied = (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher });
  return proxied as unknown as typeof fetch;
}
