#!/usr/bin/env node
/*
 * `npm test`: typecheck, build, lint, vitest (unit + integration) and Playwright (e2e in Chromium), all
 * inside a throwaway keychain session, then one closing line that adds up every runner:
 * `tests: N passed, M failed` (CI reads that line).
 *
 * The keychain: on Linux the tests talk to a real gnome-keyring over a private D-Bus session,
 * unlocked with a throwaway password, with HOME and the XDG folders pointed at a temp folder so
 * nothing touches the developer's own keyring. Elsewhere the OS keychain is used as is.
 *
 * Usage: npm test [-- --only unit|e2e] [extra args are passed to both runners' filters]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = process.argv.slice(2);
const inner = args[0] === '--inner';
const only = (() => {
  const i = args.indexOf('--only');
  return i >= 0 ? args[i + 1] : undefined;
})();

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function run(cmd, cmdArgs, env = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

if (!inner && process.platform === 'linux' && !process.env.ICP_DESK_KEYRING_READY) {
  if (!has('dbus-run-session') || !has('gnome-keyring-daemon')) {
    console.error(
      'npm test needs a Secret Service for the keychain tests: install dbus and gnome-keyring\n' +
        '(sudo apt-get install -y dbus gnome-keyring libsecret-1-dev). See README.md.',
    );
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
  const home = mkdtempSync(join(tmpdir(), 'icp-desk-test-home-'));
  const runtime = join(home, 'run');
  mkdirSync(runtime, { recursive: true });
  chmodSync(runtime, 0o700);
  const env = {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: runtime,
    ICP_DESK_KEYRING_READY: '1',
    // npm's and Playwright's caches stay where they were, not in the throwaway HOME.
    npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? home, '.npm'),
    NO_COLOR: '1',
  };
  // dbus-daemon prints "Failed to set fd limit" when not allowed to raise it: harmless noise.
  const command = ['sh', join(root, 'scripts/with-keyring.sh'), '--', process.execPath, join(root, 'scripts/run-tests.mjs'), '--inner', ...args];
  const result = spawnSync('dbus-run-session', ['--', ...command], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  rmSync(home, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}

const reports = join(root, '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

/** The fault matrix (tests/faults) as a table: fault, expected state, seen state. */
function printFaultTable() {
  const file = join(root, '.tmp', 'e2e-run', 'fault-rows.jsonl');
  if (!existsSync(file)) return;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  if (rows.length === 0) return;
  const width = (key, max) => Math.min(max, Math.max(key.length, ...rows.map((row) => row[key].length)));
  const [fw, ew] = [width('fault', 40), width('expected', 110)];
  console.log('\nFault matrix');
  console.log(`${'fault'.padEnd(fw)} | ${'expected state'.padEnd(ew)} | seen state`);
  console.log(`${'-'.repeat(fw)}-+-${'-'.repeat(ew)}-+-${'-'.repeat(50)}`);
  for (const row of rows) console.log(`${row.fault.padEnd(fw)} | ${row.expected.padEnd(ew)} | ${row.passed ? 'PASS' : 'FAIL'}: ${row.seen}`);
}

function step(name, cmd, cmdArgs, env) {
  const status = run(cmd, cmdArgs, env);
  if (status !== 0) {
    failed += 1;
    lines.push(`${name}: failed (exit ${status})`);
  } else {
    lines.push(`${name}: ok`);
  }
  return status === 0;
}

const filters = args.filter((a, i) => a !== '--inner' && a !== '--only' && args[i - 1] !== '--only');

const built =
  step('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.node.json']) &&
  step('typecheck (renderer)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.web.json']) &&
  step('typecheck (tests)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.test.json']) &&
  step('build', npx, ['electron-vite', 'build', '--logLevel', 'warn']);
// Boundaries, style and unused code (eslint.config.mjs, .prettierrc.json, knip.json). A lint
// failure fails the run but does not stop the tests: both are worth seeing.
step('lint', npm, ['run', '--silent', 'lint']);

if (built && only !== 'e2e') {
  const out = join(reports, 'vitest.json');
  run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...filters]);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
    skipped += report.numPendingTests + report.numTodoTests;
    lines.push(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numFailedTestSuites} suites failed`);
  } else {
    failed += 1;
    lines.push('vitest: no report (the runner crashed)');
  }
}

if (built && only !== 'unit' && existsSync(join(root, 'playwright.config.ts'))) {
  const out = join(reports, 'playwright.json');
  run(npx, ['playwright', 'test', '--reporter=list,json', ...filters], { PLAYWRIGHT_JSON_OUTPUT_FILE: out });
  if (existsSync(out)) {
    const { stats } = JSON.parse(readFileSync(out, 'utf8'));
    // A flaky test (passed only when retried) is a failure: it would block some later landing.
    passed += stats.expected;
    failed += stats.unexpected + stats.flaky;
    skipped += stats.skipped;
    lines.push(`playwright: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`);
  } else {
    failed += 1;
    lines.push('playwright: no report (the runner crashed)');
  }
}

printFaultTable();
console.log('\n' + lines.join('\n'));
if (skipped > 0) console.log(`skipped: ${skipped} (each names its reason above)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
