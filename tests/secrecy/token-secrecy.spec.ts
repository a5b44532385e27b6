import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CANARY_PREFIX, CANARY_TOKENS, SECRECY_RUN_DIR } from '../support/canary';

/*
 * Runs after the whole e2e and fault suites (a project dependency), which signed in with canary
 * tokens, several of them as accounts side by side in one app. Searches everything they left for
 * any canary token: every file the app wrote (settings, account lists, caches, exports, under each
 * app's data folder and wherever exports were saved), main's rotated log files (logs/main*.log in
 * each data folder) and the lines it logged, every IPC reply, and each page's DOM, localStorage,
 * sessionStorage, IndexedDB and console output. The token may live in the OS keychain only.
 */

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

const linesOf = (dir: string) => filesUnder(join(SECRECY_RUN_DIR, dir));

test('no canary token appears in any file, log, IPC reply, DOM, web storage or console output', () => {
  const appFiles = new Set<string>();
  for (const manifest of linesOf('exports')) {
    for (const path of readFileSync(manifest, 'utf8').split('\n').filter(Boolean)) {
      for (const file of filesUnder(path)) appFiles.add(file);
    }
  }
  for (const file of linesOf('data')) appFiles.add(file);
  const logFiles = [...appFiles].filter((file) => /[\\/]logs[\\/]main(\.\d+)?\.log$/.test(file));
  const groups = {
    'files the app wrote': [...appFiles].filter((file) => !logFiles.includes(file)),
    'main log files': logFiles,
    'main log lines': linesOf('logs'),
    'IPC reply records': linesOf('ipc'),
    'page records (DOM, storage, console)': linesOf('pages'),
  };

  const hits: string[] = [];
  const counts: string[] = [];
  let bytes = 0;
  for (const [group, files] of Object.entries(groups)) {
    let units = 0;
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      bytes += text.length;
      units += group === 'IPC reply records' ? text.split('\n').filter(Boolean).length : 1;
      if (text.includes(CANARY_PREFIX)) hits.push(`${group}: ${file}`);
    }
    counts.push(`${units} ${group === 'IPC reply records' ? 'IPC replies' : group === 'main log lines' ? 'records of main log lines' : group}`);
  }

  // The suites really ran with the canary: otherwise finding nothing would prove nothing.
  expect(groups['IPC reply records'].length).toBeGreaterThan(5);
  expect(groups['page records (DOM, storage, console)'].length).toBeGreaterThan(20);
  expect(appFiles.size).toBeGreaterThan(20);
  // The log files were written (adding an account is logged) and so were searched.
  expect(logFiles.length).toBeGreaterThan(5);
  expect(logFiles.some((file) => readFileSync(file, 'utf8').includes(' info  Added an account for http://127.0.0.1:'))).toBe(true);
  expect(Object.values(CANARY_TOKENS).every((token) => token.startsWith(CANARY_PREFIX))).toBe(true);
  // Several accounts lived side by side in one app, each with its folder (tests/e2e/accounts.spec.ts).
  const dataDirs = existsSync(join(SECRECY_RUN_DIR, 'data')) ? readdirSync(join(SECRECY_RUN_DIR, 'data')) : [];
  const accountsPerApp = dataDirs.map((name) => join(SECRECY_RUN_DIR, 'data', name, 'accounts')).map((dir) => (existsSync(dir) ? readdirSync(dir).length : 0));
  expect(Math.max(0, ...accountsPerApp)).toBeGreaterThanOrEqual(2);

  console.log(`token-grep: searched ${counts.join(', ')} (${(bytes / 1e6).toFixed(1)} MB) for "${CANARY_PREFIX}*": ${hits.length} hits`);
  expect(hits).toEqual([]);
});
