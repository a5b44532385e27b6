/*
 * npm run demo-api -- [--port N] [--generate N] [--seed S] [--delay MS] [--status CODE] [--malformed]
 *                     [--drop] [--schema-violation] [--help]
 *
 * Starts the demo ICP API (the app's demo data, or generated ICPs) on 127.0.0.1, with the test
 * server's faults as switches, and prints exactly one JSON line on stdout,
 * {"url": ..., "users": [{"id", "token", "admin"}, ...]}, so scripts can read where it listens and
 * which tokens work. Everything else goes to stderr. Stops cleanly on SIGINT and SIGTERM; a bad
 * command line exits with code 2 (see demo-cli-args.ts).
 */
import { defaultDemoUsers } from '../../../src/main/demo/demo-users';
import { sampleIcps } from '../../../src/main/demo/sample-icps';
import { startTestApiServer } from './test-api-server';
import { DEMO_CLI_USAGE, type DemoCliConfig, DemoCliUsageError, parseDemoCliArgs } from './demo-cli-args';

async function main(): Promise<void> {
  let config: DemoCliConfig | 'help';
  try {
    config = parseDemoCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof DemoCliUsageError)) throw error;
    process.stderr.write(`demo-api: ${error.message}\n\n${DEMO_CLI_USAGE}\n`);
    process.exit(2);
  }
  if (config === 'help') {
    process.stdout.write(`${DEMO_CLI_USAGE}\n`);
    return;
  }

  const { options } = config;
  const data = options.generate === undefined ? { icps: sampleIcps(new Date()) } : {};
  const server = await startTestApiServer({ ...options, ...data, users: defaultDemoUsers() });
  server.setFaults(config.faults);
  process.stdout.write(`${JSON.stringify({ url: server.url, users: server.users })}\n`);
  process.stderr.write(`demo-api: listening on ${server.url} (Ctrl+C to stop)\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`demo-api: ${signal}, shutting down\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`demo-api: could not start: ${message}\n`);
  process.exit(1);
});
