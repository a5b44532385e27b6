import { parseArgs } from 'node:util';
import type { Fault } from './fault-book';
import type { TestApiOptions } from './test-api-server';

export const DEMO_CLI_USAGE = `Usage: npm run demo-api -- [options]

  --port N            port on 127.0.0.1 (default 0: a free port)
  --generate N        serve N generated ICPs instead of the sample data
  --seed S            seed for --generate (default 1)
  --delay MS          answer every API request MS milliseconds late
  --status CODE       answer every API request with this error status (400-599)
  --malformed         answer every API request with a truncated, non-JSON body
  --drop              cut every API answer off in the middle of its body
  --schema-violation  break one ICP in every answer
  --help              show this text`;

/** A bad command line: reported with the usage text, exit code 2. */
export class DemoCliUsageError extends Error {}

export interface DemoCliConfig {
  options: TestApiOptions;
  faults: Fault[];
}

/** The command line as server options and faults, or 'help'. Throws DemoCliUsageError. */
export function parseDemoCliArgs(argv: string[]): DemoCliConfig | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        generate: { type: 'string' },
        seed: { type: 'string' },
        delay: { type: 'string' },
        status: { type: 'string' },
        malformed: { type: 'boolean' },
        drop: { type: 'boolean' },
        'schema-violation': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new DemoCliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';

  const options: TestApiOptions = { port: integerArg('--port', values.port, 0, 65_535) ?? 0 };
  const generate = integerArg('--generate', values.generate, 0, 10_000_000);
  const seed = integerArg('--seed', values.seed, -(2 ** 31), 2 ** 32 - 1);
  if (seed !== undefined && generate === undefined) throw new DemoCliUsageError('--seed only makes sense with --generate');
  if (generate !== undefined) options.generate = generate;
  if (seed !== undefined) options.seed = seed;

  const faults: Fault[] = [];
  const delay = integerArg('--delay', values.delay, 0, 3_600_000);
  if (delay !== undefined) faults.push({ kind: 'delay', ms: delay });
  const outcomes: Fault[] = [];
  const status = integerArg('--status', values.status, 400, 599);
  if (status !== undefined) outcomes.push({ kind: 'status', status });
  if (values.malformed) outcomes.push({ kind: 'malformed' });
  if (values.drop) outcomes.push({ kind: 'drop' });
  if (values['schema-violation']) outcomes.push({ kind: 'schemaViolation' });
  // Only one outcome can apply to a request, so a second one would silently do nothing.
  if (outcomes.length > 1) throw new DemoCliUsageError('--status, --malformed, --drop and --schema-violation exclude each other');
  return { options, faults: [...faults, ...outcomes] };
}

function integerArg(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new DemoCliUsageError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}
