import keytar from 'keytar';

/**
 * The API token lives in the OS keychain and nowhere else: not in settings, caches, logs or IPC
 * replies. There is deliberately no plaintext fallback when the keychain is unavailable.
 */
export interface TokenStore {
  read(origin: string): Promise<string | null>;
  save(origin: string, token: string): Promise<void>;
  remove(origin: string): Promise<void>;
}

/** The desktop app's keychain service. */
export const KEYCHAIN_SERVICE = 'ICP Desk';
/**
 * The browser preview's (`npm run preview:web`): its own entries, so trying the preview never
 * reads, overwrites or deletes the desktop app's token for the same API.
 */
export const PREVIEW_KEYCHAIN_SERVICE = 'ICP Desk (browser preview)';

/** Raised when the keychain cannot be used; its message is meant for the user. */
export class KeychainError extends Error {
  override readonly name = 'KeychainError';
}

type Keychain = Pick<typeof keytar, 'getPassword' | 'setPassword' | 'deletePassword'>;

/**
 * One account per API origin, so switching servers never hands one server another's token. The
 * service name says whose entries these are: each program that runs the core names its own.
 */
export function createKeychainTokenStore(service: string, keychain: Keychain = keytar): TokenStore {
  const guard = async <T>(action: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new KeychainError(explainKeychainFailure(action, error));
    }
  };
  return {
    read: (origin) => guard('read the token from', () => keychain.getPassword(service, origin)),
    save: (origin, token) => guard('save the token in', () => keychain.setPassword(service, origin, token)),
    remove: (origin) => guard('remove the token from', () => keychain.deletePassword(service, origin)).then(() => undefined),
  };
}

/**
 * Turns the keychain library's terse errors into a sentence that names the cause and what to do.
 * The library's own text never contains the secret, so it is safe to quote.
 */
export function explainKeychainFailure(action: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const lead = `ICP Desk could not ${action} the OS keychain`;
  if (process.platform === 'linux') {
    if (/autolaunch D-Bus|Could not connect|org\.freedesktop\.secrets was not provided|ServiceUnknown|DBus\.Error\.NoServer/i.test(detail)) {
      return `${lead}: the Secret Service is not running (no D-Bus session or keyring daemon). Start GNOME Keyring or KWallet and sign in again. (${detail})`;
    }
    if (/locked collection|collection\/login|Object does not exist|prompt/i.test(detail)) {
      return `${lead}: the keyring is locked or has no default collection. Unlock your login keyring and sign in again. (${detail})`;
    }
    return `${lead}: the Secret Service refused the request. (${detail})`;
  }
  if (process.platform === 'darwin') return `${lead}: macOS Keychain refused the request. Unlock your login keychain and try again. (${detail})`;
  return `${lead}: Windows Credential Manager refused the request. (${detail})`;
}
