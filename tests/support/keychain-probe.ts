import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger } from '../../src/main/logger';
import { createMainCore } from '../../src/main/main-core';
import { createKeychainTokenStore } from '../../src/main/secrets/token-store';

/*
 * Run in a child process whose keychain is broken on purpose (no D-Bus session, or a keyring
 * that is locked): signs in through the real main core and prints the result as one JSON line.
 * Usage: tsx keychain-probe.ts <baseUrl> <token> <service>
 */
async function main() {
  const [baseUrl, token, service] = process.argv.slice(2) as [string, string, string];
  const core = createMainCore({
    dataDir: mkdtempSync(join(tmpdir(), 'icp-desk-probe-')),
    tokenStore: createKeychainTokenStore(service),
    launchDemo: () => Promise.reject(new Error('no demo in the probe')),
    log: createMemoryLogger(),
    emit: () => undefined,
    clipboard: { writeText: () => undefined },
    saveDialog: async () => null,
  });
  const result = await core.dispatch('session:signIn', { baseUrl, token });
  console.log(JSON.stringify(result));
}

void main();
