import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApiServer } from '../support/test-api/test-api-server';
import { recordCrashes } from '../../src/main/logging/crash-log';
import { createLogFile, maskCredentials } from '../../src/main/logging/log-file';
import { nodeFileSystem, type AppFileSystem } from '../../src/main/storage/file-system';
import { appMenuTemplate } from '../../src/main/window/app-menu-template';
import { DEMO_TOKENS } from '../support/demo-http';
import { tempFolders } from '../support/temp-folders';
import { expectOk, testCores } from '../support/test-core';

/* Main's rotated log file in the data folder, on a real disk, and what is recorded in it. */

const now = new Date('2026-11-23T10:00:00.000Z');
const folders = tempFolders('icp-desk-logs-');
const tempFolder = folders.make;
const cores = testCores();
afterAll(async () => {
  await cores.disposeAll();
  folders.removeAll();
});
const read = (path: string) => readFileSync(path, 'utf8');

describe('the log file', () => {
  it('writes timestamped lines in order, for the user only (0600), stack traces indented', async () => {
    const dir = join(tempFolder(), 'logs');
    const log = createLogFile({ fs: nodeFileSystem, dir, clock: () => now });
    for (let i = 0; i < 50; i++) log.info(`line ${i}`);
    log.error('Something failed\n    at where (file.ts:1:2)');
    await log.flush();
    const lines = read(log.path).split('\n');
    expect(lines.slice(0, 2)).toEqual(['2026-11-23T10:00:00.000Z info  line 0', '2026-11-23T10:00:00.000Z info  line 1']);
    expect(lines.slice(50, 52)).toEqual(['2026-11-23T10:00:00.000Z error Something failed', '        at where (file.ts:1:2)']);
    expect(statSync(log.path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('rotates past its size, keeping three older files and dropping the oldest lines', async () => {
    const dir = join(tempFolder(), 'logs');
    const log = createLogFile({ fs: nodeFileSystem, dir, clock: () => now, maxBytes: 2_000 });
    // Each line is 65 bytes, 30 to a file: 200 lines fill main.log and 3 rotated files, and the oldest go.
    for (let i = 0; i < 200; i++) log.warn(`entry ${String(i).padStart(3, '0')} ${'x'.repeat(23)}`);
    await log.flush();
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).size, name).toBeLessThanOrEqual(2_000);
    const kept = ['main.3.log', 'main.2.log', 'main.1.log', 'main.log'].flatMap((name) => read(join(dir, name)).split('\n').filter(Boolean));
    const numbers = kept.map((line) => Number(/entry (\d+)/.exec(line)![1]));
    // The newest lines, in order, none lost between files.
    expect(numbers.at(-1)).toBe(199);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    expect(numbers.length).toBeGreaterThan(100);
  });

  it('continues an existing file after a restart, and rotates it when full', async () => {
    const dir = join(tempFolder(), 'logs');
    const first = createLogFile({ fs: nodeFileSystem, dir, clock: () => now, maxBytes: 500 });
    first.info('before the restart');
    await first.flush();
    const second = createLogFile({ fs: nodeFileSystem, dir, clock: () => now, maxBytes: 500 });
    second.info('after the restart');
    await second.flush();
    expect(read(second.path)).toContain('before the restart');
    for (let i = 0; i < 12; i++) second.info(`filler ${i} ${'y'.repeat(20)}`);
    await second.flush();
    expect(read(join(dir, 'main.1.log'))).toContain('before the restart');
  });

  it('never throws to the code that logs when the disk refuses, and writes again once it can', async () => {
    const dir = join(tempFolder(), 'logs');
    let full = true;
    const fs: AppFileSystem = {
      ...nodeFileSystem,
      appendText: async (path, text) => {
        if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFileSystem.appendText(path, text);
      },
    };
    const log = createLogFile({ fs, dir, clock: () => now });
    expect(() => log.error('lost to a full disk')).not.toThrow();
    await log.flush();
    full = false;
    log.info('written later');
    await log.flush();
    expect(read(log.path)).toBe('2026-11-23T10:00:00.000Z info  written later\n');
  });

  it('masks credentials that reach it anyway (a header quoted in an error)', () => {
    expect(maskCredentials('request failed: {"authorization":"Bearer abc.def-123"} Bearer xyz, Basic dXNlcjpwdw==')).toBe(
      'request failed: {"authorization":"Bearer [hidden]"} Bearer [hidden], Basic [hidden]',
    );
    expect(maskCredentials('authorization: s3cr3t; next')).toBe('authorization: [hidden]; next');
    expect(maskCredentials('Signed in to https://api.example.com')).toBe('Signed in to https://api.example.com');
  });
});

describe("main's log in the data folder", () => {
  it('records sign-in, refused requests and failures in <dataDir>/logs/main.log, never the token', async () => {
    const server = await startTestApiServer({ now });
    try {
      const core = cores.create({ clock: () => now });
      expectOk(await core.dispatch('session:signIn', { baseUrl: server.url, token: DEMO_TOKENS.alice }));
      await core.dispatch('icps:get', { id: 'not-a-uuid', source: 'network' });
      server.setFaults([{ on: 'list', kind: 'status', status: 500 }]);
      await core.dispatch('icps:list', { source: 'network' });
      await core.logFile.flush();
      const text = read(join(core.dataDir, 'logs', 'main.log'));
      expect(text).toContain(`info  Added an account for ${server.url}`);
      expect(text).toContain('warn  Refused icps:get: id:');
      expect(text).not.toContain(DEMO_TOKENS.alice);
      // The same lines go to the logger the caller passed (the console, in the app).
      expect(core.log.lines).toContain(`info Added an account for ${server.url}`);
    } finally {
      await server.close();
    }
  });

  it('records a crashed renderer, a crashed helper and whatever nothing caught, with the stack', async () => {
    const core = cores.create({ clock: () => now });
    const process = new EventEmitter();
    const app = new EventEmitter();
    recordCrashes(core.logFile, { process, app });
    const thrown = new Error('boom in a timer');
    process.emit('uncaughtException', thrown);
    process.emit('unhandledRejection', new TypeError('nobody awaited this'));
    process.emit('unhandledRejection', { code: 42 });
    app.emit('render-process-gone', {}, {}, { reason: 'crashed', exitCode: 139 });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'oom', exitCode: 9 });
    await core.logFile.flush();
    const text = read(join(core.dataDir, 'logs', 'main.log'));
    expect(text).toContain('error Uncaught exception: Error: boom in a timer\n        at ');
    expect(text).toContain('error Unhandled rejection: TypeError: nobody awaited this');
    expect(text).toContain('error Unhandled rejection: {"code":42}');
    expect(text).toContain("error The window's renderer process is gone: crashed (exit code 139)");
    expect(text).toContain('error A helper process (GPU) is gone: oom (exit code 9)');
  });

  it('is one click away: Help ▸ Show Logs Folder', () => {
    const opened: string[] = [];
    const template = appMenuTemplate(() => undefined, { showLogsFolder: () => opened.push('logs') }, { platform: 'linux', isPackaged: true });
    const help = template.find((menu) => menu.role === 'help');
    const item = (help?.submenu as { label?: string; click?: () => void }[]).find((entry) => entry.label === 'Show Logs Folder');
    item?.click?.();
    expect(opened).toEqual(['logs']);
  });
});
