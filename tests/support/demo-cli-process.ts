import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { DemoUser } from '../../src/main/demo/demo-users';

export interface DemoCliProcess {
  url: string;
  users: DemoUser[];
  /** Lines printed on stdout after the first one (the CLI promises there are none). */
  laterStdout: string[];
  /** SIGTERM to the whole process group (npx, tsx and the server), then waits for npx to exit. */
  stop(): Promise<void>;
}

/**
 * Runs `npx tsx tests/support/test-api/demo-api-cli.ts ...args` the way a developer would and reads the
 * JSON line it prints on start.
 */
export async function startDemoCli(args: string[]): Promise<DemoCliProcess> {
  // Its own process group, so one signal reaches npx, tsx and the server process alike.
  const child = spawn('npx', ['tsx', 'tests/support/test-api/demo-api-cli.ts', ...args], {
    cwd: process.cwd(),
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  child.stderr?.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  let firstLine: string;
  try {
    firstLine = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`demo-api exited with ${code} before printing its JSON line`)));
    });
  } catch (error) {
    stopGroup(child);
    throw error;
  }
  const laterStdout: string[] = [];
  lines.on('line', (line) => laterStdout.push(line));
  const started = JSON.parse(firstLine) as { url: string; users: DemoUser[] };
  return {
    ...started,
    laterStdout,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) stopGroup(child);
      await exited;
    },
  };
}

/** Whether `url` stops accepting connections within about five seconds. */
export async function stopsAnswering(url: string): Promise<boolean> {
  // npx may exit before the server process it started has closed, so poll briefly.
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await (await fetch(url)).arrayBuffer();
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  if (process.platform === 'win32') child.kill();
  else process.kill(-child.pid, 'SIGTERM');
}
