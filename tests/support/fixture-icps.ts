import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The ICPs the tests serve: tests/fixtures/icps/*.json, in file order, as raw API JSON. They are
 * the tests' own, so a change to the demo's sample data never changes what a test proves. A date
 * written "now+90d" or "now-0.5d" is that many days from the server's clock, so "Expires in 3
 * days" still says so whenever the tests run (see tests/fixtures/icps/README.md).
 */

const FIXTURES = join(__dirname, '../fixtures');
const RELATIVE_DATE = /^now([+-]\d+(?:\.\d+)?)d$/;
const DAY_MS = 86_400_000;

const texts = new Map<string, string[]>();

/** `set`: a folder of tests/fixtures; `review-icps` holds the review's drafts, served by its own spec's server. */
export function fixtureIcps(now: Date = new Date(), set = 'icps'): unknown[] {
  let files = texts.get(set);
  if (files === undefined) {
    const folder = join(FIXTURES, set);
    files = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8'));
    texts.set(set, files);
  }
  // Whole seconds, as a server would usually store them.
  const base = Math.floor(now.getTime() / 1000) * 1000;
  const dated = (_key: string, value: unknown) => {
    const days = typeof value === 'string' ? RELATIVE_DATE.exec(value)?.[1] : undefined;
    return days === undefined ? value : new Date(base + Math.round(Number(days) * DAY_MS)).toISOString();
  };
  return files.flatMap((text) => JSON.parse(text, dated) as unknown[]);
}
