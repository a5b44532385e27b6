import { mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { consoleLogger } from '../main/logger';
import { createKeychainTokenStore, PREVIEW_KEYCHAIN_SERVICE } from '../main/secrets/token-store';
import { createDemoLauncher } from '../main/demo/demo-launcher';
import { startWebHost } from './web-host';

/*
 * `npm run preview:web`: the app in a browser, for machines where Electron cannot run. The real
 * main-process code runs here under Node (real keychain, real cache and settings files) and the
 * built renderer (run `npm run build` first) is served on 127.0.0.1. Exports are written to the
 * data folder's exports/ (there is no native save dialog in a browser).
 */

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    temp: { type: 'boolean', default: false },
  },
});

const dataDir = values.temp ? mkdtempSync(join(tmpdir(), 'icp-desk-preview-')) : (values['data-dir'] ?? join(homedir(), '.icp-desk-preview'));

async function main() {
  const demo = createDemoLauncher();
  const host = await startWebHost({
    port: Number(values.port),
    dataDir,
    tokenStore: createKeychainTokenStore(PREVIEW_KEYCHAIN_SERVICE),
    launchDemo: demo.launch,
    log: consoleLogger,
  });

  console.log(`ICP Desk is running at ${host.url}`);
  console.log(`Data folder: ${dataDir}`);

  const stop = async () => {
    await host.close();
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
