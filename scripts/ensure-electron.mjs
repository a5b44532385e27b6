#!/usr/bin/env node
/*
 * Runs before `npm start` and `npm run dev`: makes sure the Electron binary is there, with
 * Electron's own installer (node_modules/electron/install.js, its `install-electron` bin).
 * Since Electron 42 `npm install` no longer downloads the binary, and electron-vite 6 only reads
 * node_modules/electron/path.txt, stopping with a bare "Electron uninstall" when it is missing
 * (alex8088/electron-vite#904).
 *
 * The installer does nothing when the binary is already installed, and honours what Electron
 * documents: ELECTRON_MIRROR (a mirror of the releases), electron_config_cache (where downloads
 * are kept), electron_use_remote_checksums, and ELECTRON_GET_USE_PROXY=1 with HTTPS_PROXY /
 * HTTP_PROXY / NO_PROXY. When it fails, this says what failed and what to do instead of a stack.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DEFAULT_HOST = 'https://github.com/electron/electron/releases/download/';

// electron-vite runs this binary instead of the installed one.
if (process.env.ELECTRON_EXEC_PATH) process.exit(0);

const installer = require.resolve('electron/install.js');
const { version } = require('electron/package.json');
const target = `${process.env.ELECTRON_INSTALL_PLATFORM ?? process.platform}-${process.env.ELECTRON_INSTALL_ARCH ?? process.arch}`;
const from = process.env.ELECTRON_MIRROR ?? process.env.npm_config_electron_mirror ?? DEFAULT_HOST;

if (!existsSync(join(dirname(installer), 'path.txt'))) {
  console.log(`Fetching Electron ${version} (${target}) from ${from} with Electron's installer: once, about 100 MB.`);
}
const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (result.status === 0) process.exit(0);

// The installer prints the error's stack: its first line says what went wrong.
let said =
  (result.stderr ?? '')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ??
  (result.error?.message || `exit code ${result.status}`);
// "fetch failed" keeps its reason in a cause the installer does not print: ask the host once more.
if (/fetch failed/.test(said)) said = `${said} (${await whyUnreachable(new URL(`v${version}/SHASUMS256.txt`, from))})`;
console.error(`
npm start could not fetch Electron ${version} (${target}), which runs the desktop app.
  Download from: ${from}
  Failed with:   ${said}

What to do:
  - Behind a proxy: ELECTRON_GET_USE_PROXY=1 HTTPS_PROXY=http://proxy.example:8080 npm start
    (NO_PROXY lists hosts to reach directly).
  - From a mirror of Electron's releases: ELECTRON_MIRROR=https://mirror.example/electron/ npm start
  - Or use the app without Electron, in your browser: npm run build && npm run preview:web
`);
process.exit(1);

/** The reason a request to `url` fails, as the installer would send it (through the proxy if asked). */
async function whyUnreachable(url) {
  const init = { method: 'HEAD', signal: AbortSignal.timeout(5_000) };
  if (process.env.ELECTRON_GET_USE_PROXY) {
    const { EnvHttpProxyAgent } = require('undici');
    init.dispatcher = new EnvHttpProxyAgent();
  }
  try {
    const response = await fetch(url, init);
    return `the host answers now, HTTP ${response.status}`;
  } catch (error) {
    const cause = error?.cause;
    return cause?.message ?? error?.message ?? String(error);
  }
}
