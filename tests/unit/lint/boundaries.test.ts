import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The process boundaries and the openExternal guard are ESLint rules (eslint.config.mjs); npm test
 * runs `npm run lint` over the real code. These tests prove the rules themselves: the project's
 * config, given code that crosses a boundary at a real path, reports it, and reports nothing for
 * the same code where it is allowed.
 */

const root = join(__dirname, '../../..');
let eslint: ESLint;

/** The rules `code` breaks if it were the file at `path` (relative to the repository); unused names aside. */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message).filter((rule) => rule !== '@typescript-eslint/no-unused-vars');
}

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // Loading the parser, plugins and resolver is most of the time: once, here.
  await broken('src/shared/warm-up.ts', "import { ok } from './result';\nexport const warm = ok;\n");
}, 120_000);

describe('process boundaries (eslint.config.mjs)', () => {
  const importMain = "import { createMainCore } from '../main/main-core';\nexport const core = createMainCore;\n";

  it('keeps src/shared, new capability folders included, free of main, the renderer and the preload', async () => {
    expect(await broken('src/shared/x.ts', importMain)).toEqual(['import-x/no-restricted-paths']);
    expect(await broken('src/shared/checks/x.ts', "import { call } from '../../renderer/src/bridge';\nexport const c = call;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(
      await broken('src/shared/history/x.ts', "import { createIcpDeskApi } from '../../preload/icp-desk-api';\nexport const c = createIcpDeskApi;\n"),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(await broken('src/shared/export/x.ts', "import { latestReply } from '../latest-reply';\nexport const l = latestReply;\n")).toEqual([]);
  }, 30_000);

  it('keeps src/shared free of Node built-ins, Electron, React and the keychain', async () => {
    expect(await broken('src/shared/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).toEqual([
      'import-x/no-nodejs-modules',
    ]);
    expect(await broken('src/shared/x.ts', "import { useState } from 'react';\nexport const u = useState;\n")).toEqual(['no-restricted-imports']);
    expect(await broken('src/shared/x.ts', "import keytar from 'keytar';\nexport const k = keytar;\n")).toEqual(['no-restricted-imports']);
  }, 30_000);

  it('keeps the renderer away from main, Node built-ins, Electron and the keychain', async () => {
    expect(await broken('src/renderer/src/x.ts', "import { createMainCore } from '../../main/main-core';\nexport const c = createMainCore;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await broken('src/renderer/src/x.ts', "import { join } from 'node:path';\nexport const j = join;\n")).toEqual(['import-x/no-nodejs-modules']);
    expect(await broken('src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await broken('src/renderer/src/x.ts', "import keytar from 'keytar';\nexport const k = keytar;\n")).toEqual(['no-restricted-imports']);
  }, 30_000);

  it('lets only the shell files import electron', async () => {
    const importElectron = "import { app } from 'electron';\nexport const a = app;\n";
    for (const path of ['src/main/index.ts', 'src/main/ipc/ipc-bridge.ts', 'src/main/window/x.ts', 'src/main/net/electron-fetch.ts', 'src/preload/x.ts']) {
      expect(await broken(path, importElectron), path).toEqual([]);
    }
    for (const path of ['src/main/main-core.ts', 'src/main/net/proxy-fetch.ts', 'src/main/history/x.ts', 'src/web-host/x.ts', 'src/shared/x.ts']) {
      expect(await broken(path, importElectron), path).toEqual(['no-restricted-imports']);
    }
  }, 30_000);

  it('keeps React out of main', async () => {
    expect(await broken('src/main/x.ts', "import { useState } from 'react';\nexport const u = useState;\n")).toEqual(['no-restricted-imports']);
  }, 30_000);
});

describe('shell.openExternal only behind the URL check', () => {
  const header = "import { shell } from 'electron';\nimport { isSafeExternalUrl } from './external-links';\n";

  it('accepts a call inside `if (isSafeExternalUrl(url))`, with or without braces', async () => {
    const guarded = `${header}export function open(url: string) {\n  if (isSafeExternalUrl(url)) void shell.openExternal(url);\n}\nexport async function openToo(url: string) {\n  if (isSafeExternalUrl(url)) {\n    await shell.openExternal(url);\n  }\n}\n`;
    expect(await broken('src/main/window/x.ts', guarded)).toEqual([]);
  }, 30_000);

  it('reports a call without the check, after another check, or in the else branch', async () => {
    const cases = [
      'export const open = (url: string) => shell.openExternal(url);\n',
      "export function open(url: string) {\n  if (url.startsWith('https:')) void shell.openExternal(url);\n}\n",
      'export function open(url: string) {\n  if (isSafeExternalUrl(url)) return;\n  else void shell.openExternal(url);\n}\n',
      'export const open = shell.openExternal;\n',
    ];
    for (const code of cases) expect(await broken('src/main/window/x.ts', header + code), code).toEqual(['no-restricted-syntax']);
  }, 30_000);
});
