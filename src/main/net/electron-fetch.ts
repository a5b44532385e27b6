import { session, type Session } from 'electron';

/** The app's own network session for API calls: in memory, no HTTP cache. */
const API_PARTITION = 'icp-desk-api';

/**
 * In Electron, main calls the API through Chromium's network stack, so what the user's browser
 * gets applies here too: the system proxy and PAC file, proxy authentication, and the OS
 * certificate store (a company's own root CA included). The session is the app's own, so no
 * cookie or cache of the API mixes with the renderer's. Made on first use: a session exists only
 * once the app is ready.
 */
export function createElectronFetch(partition = API_PARTITION): typeof fetch {
  let api: Session | undefined;
  return (input, init) => {
    api ??= session.fromPartition(partition, { cache: false });
    return api.fetch(input instanceof URL ? input.href : input, init);
  };
}
