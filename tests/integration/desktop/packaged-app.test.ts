import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAND_IN_FUSE_WIRE, writeStandInElectronZip } from '../../support/electron-download-host';

/*
 * What an installer would contain, proven without Electron's binary: electron-builder packs the
 * built app (`out/`, from `npm run build`) with the project's own config into an unpacked Linux
 * app (`--dir`), against a stand-in Electron distribution whose binary carries Electron's fuse
 * wire. The installers themselves (AppImage, deb, dmg, zip, nsis) are built by the GitHub
 * workflow, which can download Electron.
 */

type BuilderConfig = { electronFuses: Record<string, boolean> };
const root = join(__dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'icp-desk-pack-'));
const appDir = join(work, 'dist/linux-unpacked');
const asar = join(appDir, 'resources/app.asar');
let files: string[] = [];
let packing: { config: BuilderConfig; ELECTRON_FUSES: Record<string, boolean> };

beforeAll(async () => {
  if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('out/ is missing: run `npm run build` first (npm test does).');
  // The config is plain JavaScript for electron-builder; loaded here as the packing step loads it.
  const configPath = join(root, 'electron-builder.config.mjs');
  const loaded = (await import(configPath)) as { default: BuilderConfig; ELECTRON_FUSES: Record<string, boolean> };
  packing = { config: loaded.default, ELECTRON_FUSES: loaded.ELECTRON_FUSES };
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  const electronZip = join(work, `electron-v${version}-linux-x64.zip`);
  await writeStandInElectronZip(electronZip, version, 'linux');
  await promisify(execFile)(
    join(root, 'node_modules/.bin/electron-builder'),
    ['--dir', '--linux', '--x64', '--config', configPath, `-c.electronDist=${electronZip}`, `-c.directories.output=${join(work, 'dist')}`],
    { cwd: root, timeout: 170_000, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  files = listPackage(asar, { isPack: false }).map((path) => path.replaceAll('\\', '/'));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed app (electron-builder --dir, stand-in Electron)', () => {
  it('holds the built bundles and the production dependencies', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/checks-worker.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/node_modules/zod/package.json',
      '/node_modules/write-file-atomic/package.json',
      '/node_modules/keytar/package.json',
      '/node_modules/keytar/build/Release/keytar.node',
    ]) {
      expect(files, file).toContain(file);
    }
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString()) as { main: string };
    expect(files).toContain(`/${manifest.main.replace(/^\.\//, '')}`);
  });

  it('holds no sources, tests, bench, source maps, type declarations or development packages', () => {
    const forbidden = files.filter(
      (file) =>
        /^\/(src|tests|bench|scripts|\.github|\.ci)(\/|$)/.test(file) ||
        /\.(map|ts|tsx|mts|cts)$/.test(file) ||
        /^\/node_modules\/(electron|electron-vite|electron-builder|vite|vitest|react|react-dom|typescript|undici|@playwright|playwright)(\/|$)/.test(file) ||
        /^\/node_modules\/keytar\/(src|binding\.gyp)/.test(file),
    );
    expect(forbidden).toEqual([]);
  });

  it("keeps keytar's native module outside the asar, where Electron can load it", () => {
    expect(statFile(asar, 'node_modules/keytar/build/Release/keytar.node')).toMatchObject({ unpacked: true });
    expect(existsSync(join(appDir, 'resources/app.asar.unpacked/node_modules/keytar/build/Release/keytar.node'))).toBe(true);
  });

  // The hardening the app needs (SECURITY.md, "Fuses"), by @electron/fuses' own names.
  const REQUIRED: Array<[FuseV1Options, boolean]> = [
    [FuseV1Options.RunAsNode, false],
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    [FuseV1Options.EnableNodeCliInspectArguments, false],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    [FuseV1Options.OnlyLoadAppFromAsar, true],
    [FuseV1Options.EnableCookieEncryption, true],
    [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
  ];
  /** electron-builder's key for a fuse: its name with a lower-case first letter. */
  const builderKey = (option: FuseV1Options) => FuseV1Options[option].replace(/^./, (c) => c.toLowerCase());

  it('hands electron-builder the exported fuse settings, which are the hardening the app needs', () => {
    expect(packing.config.electronFuses).toBe(packing.ELECTRON_FUSES);
    expect(Object.keys(packing.ELECTRON_FUSES).sort()).toEqual(REQUIRED.map(([option]) => builderKey(option)).sort());
    for (const [option, on] of REQUIRED) expect(packing.ELECTRON_FUSES[builderKey(option)], FuseV1Options[option]).toBe(on);
  });

  it('flips exactly those fuses in the packed binary', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'icp-desk'));
    for (const [option, on] of REQUIRED) expect(wire[option], FuseV1Options[option]).toBe(on ? FuseState.ENABLE : FuseState.DISABLE);
    // The one fuse the app leaves alone keeps Electron's default.
    const untouched = FuseV1Options.LoadBrowserProcessSpecificV8Snapshot;
    expect(wire[untouched]).toBe(STAND_IN_FUSE_WIRE.charCodeAt(untouched));
  });
});
