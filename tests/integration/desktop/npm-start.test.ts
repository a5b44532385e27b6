import { execFile } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronExecutablePath, startDownloadHost, writeStandInElectronZip, type DownloadHost } from '../../support/electron-download-host';

/*
 * README's `npm install && npm start`, on a machine where Electron's binary has never been
 * downloaded (Electron 42+ fetches it on first use, not on install). Electron's download host is
 * a stand-in on 127.0.0.1 behind ELECTRON_MIRROR, serving a stand-in Electron zip and its
 * SHASUMS256.txt. `npm start` runs in a copy of the checkout whose node_modules/electron is a
 * fresh copy of the package, so the stand-in lands where Electron's installer puts the real
 * binary, but never in this checkout, where the smoke test or a later `npm start` would take it
 * for Electron. The copy and Electron's download cache are deleted afterwards.
 */

const root = join(__dirname, '../../..');
const { version } = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'icp-desk-npm-start-'));
const checkout = join(work, 'checkout');
const cache = join(work, 'electron-cache');
const launched = join(work, 'launched.txt');
const installedElectron = join(checkout, 'node_modules/electron');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let host: DownloadHost;

/**
 * A checkout as `npm install` leaves it, without this machine's Electron binary: sources linked,
 * the files npm start reads copied, node_modules linked package by package except the two that
 * must resolve inside the copy (electron, which the installer fills, and electron-vite, which
 * looks for electron next to itself).
 */
function copyCheckout(): void {
  mkdirSync(join(checkout, 'node_modules/.bin'), { recursive: true });
  for (const file of readdirSync(root).filter((name) => /^(package\.json|electron\.vite\.config\.ts|tsconfig.*\.json)$/.test(name))) {
    cpSync(join(root, file), join(checkout, file));
  }
  cpSync(join(root, 'scripts'), join(checkout, 'scripts'), { recursive: true });
  symlinkSync(join(root, 'src'), join(checkout, 'src'), 'junction');
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (['.bin', 'electron', 'electron-vite'].includes(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(checkout, 'node_modules', name), 'junction');
  }
  cpSync(join(root, 'node_modules/electron-vite'), join(checkout, 'node_modules/electron-vite'), { recursive: true });
  cpSync(join(root, 'node_modules/electron'), installedElectron, {
    recursive: true,
    filter: (source) => !/[/\\]electron[/\\](dist|path\.txt|node_modules)$/.test(source),
  });
  cpSync(join(root, 'node_modules/.bin'), join(checkout, 'node_modules/.bin'), { recursive: true, verbatimSymlinks: true });
}

/** Runs `npm start` in the copy with these variables and no inherited Electron or proxy ones. */
function npmStart(env: Record<string, string>) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(electron_|npm_config_electron|https?_proxy$|no_proxy$)/i.test(key)));
  const started = Date.now();
  return new Promise<{ code: number; output: string; seconds: number }>((resolve) => {
    execFile(
      npm,
      ['start'],
      // npm is a .cmd on Windows, which only a shell runs.
      {
        cwd: checkout,
        timeout: 120_000,
        shell: process.platform === 'win32',
        env: { ...inherited, electron_config_cache: cache, ICP_DESK_STAND_IN_LAUNCHED: launched, ...env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}`, seconds: (Date.now() - started) / 1000 });
      },
    );
  });
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  copyCheckout();
  const zip = join(work, 'stand-in-electron.zip');
  await writeStandInElectronZip(zip, version);
  host = await startDownloadHost(zip, version);
});

afterAll(async () => {
  await host?.close();
  rmSync(work, { recursive: true, force: true });
});

// npm, Node and Electron's installer started one after another: seconds on a quiet machine, tens
// of seconds on a busy 2-core one. "Stops within seconds" means it does not retry for minutes.
const STOPS_WITHIN_S = 60;

describe('npm start on a machine without the Electron binary', { timeout: 120_000 }, () => {
  it('stops within seconds with what failed and what to do when the download host is unreachable', async () => {
    const port = await closedPort();
    const result = await npmStart({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_use_remote_checksums: '1' });
    expect(result.code).not.toBe(0);
    expect(result.seconds).toBeLessThan(STOPS_WITHIN_S);
    expect(result.output).toContain(`npm start could not fetch Electron ${version}`);
    expect(result.output).toContain(`Download from: http://127.0.0.1:${port}/`);
    expect(result.output).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(result.output).toMatch(/ELECTRON_GET_USE_PROXY=1 HTTPS_PROXY=/);
    expect(result.output).toContain('ELECTRON_MIRROR=');
    expect(result.output).toContain('npm run preview:web');
    expect(result.output).not.toContain('Electron uninstall');
    expect(result.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(existsSync(join(installedElectron, 'path.txt'))).toBe(false);
    expect(existsSync(launched)).toBe(false);
  });

  it('names the proxy when the proxy refuses', async () => {
    const port = await closedPort();
    const proxy = `http://127.0.0.1:${port}`;
    const result = await npmStart({
      ELECTRON_MIRROR: host.mirror,
      electron_use_remote_checksums: '1',
      ELECTRON_GET_USE_PROXY: '1',
      HTTP_PROXY: proxy,
      HTTPS_PROXY: proxy,
    });
    expect(result.code).not.toBe(0);
    expect(result.seconds).toBeLessThan(STOPS_WITHIN_S);
    expect(result.output).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(host.requests).toEqual([]);
    expect(existsSync(join(installedElectron, 'path.txt'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32')(
    "fetches Electron from the mirror with Electron's installer, then builds and launches the app in it",
    async () => {
      const result = await npmStart({ ELECTRON_MIRROR: host.mirror, electron_use_remote_checksums: '1' });
      expect(result.output).toContain('stand-in Electron started with: .');
      expect(result.code, result.output).toBe(0);
      expect(host.requests).toEqual([`/v${version}/electron-v${version}-${process.platform}-${process.arch}.zip`, `/v${version}/SHASUMS256.txt`]);
      // Where Electron's installer puts the real binary, and what electron-vite reads.
      expect(readFileSync(join(installedElectron, 'path.txt'), 'utf8')).toBe(electronExecutablePath());
      accessSync(join(installedElectron, 'dist', electronExecutablePath()), constants.X_OK);
      // Launched in the checkout on the app, after a build of it.
      expect(readFileSync(launched, 'utf8').split('\n')).toEqual([checkout, '.', '']);
      expect(existsSync(join(checkout, 'out/main/index.js'))).toBe(true);
      expect(existsSync(join(checkout, 'out/preload/index.js'))).toBe(true);
    },
    120_000,
  );

  it.skipIf(process.platform === 'win32')(
    'downloads nothing the second time',
    async () => {
      rmSync(launched);
      const requestsBefore = host.requests.length;
      const result = await npmStart({ ELECTRON_MIRROR: host.mirror, electron_use_remote_checksums: '1' });
      expect(result.code, result.output).toBe(0);
      expect(host.requests.length).toBe(requestsBefore);
      expect(existsSync(launched)).toBe(true);
    },
    120_000,
  );
});
