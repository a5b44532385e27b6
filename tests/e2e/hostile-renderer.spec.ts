import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { CHANNELS, type Channel } from '../../src/shared/ipc-channels';
import { ipcContract } from '../../src/shared/ipc-contract';
import { startSignedInApp, test, expect, type App } from './app-fixture';

/*
 * A compromised renderer: from inside the page, every channel of window.icpDesk is called with
 * fuzzed arguments (property-based). Main must answer each with a typed Result, refuse every
 * invalid argument as badRequest, never throw (no error logged), and never send the API a
 * request for an id it did not validate.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const nasty = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '../admin',
      '..%2f..%2fetc%2fpasswd',
      '/etc/passwd',
      'C:\\Windows\\system32',
      '550e8400-e29b-41d4-a716-446655440000/../../admin',
      '550e8400-e29b-41d4-a716-446655440000?admin=1',
      '550e8400-e29b-41d4-a716-446655440000#x',
      ' 550e8400-e29b-41d4-a716-446655440000',
      '%00',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '__proto__',
      'constructor',
      'prototype',
      '',
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 64 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 32 }) },
  // Huge strings are slow to ship through the page; a few are enough to prove the size limits.
  { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 1_200_000 }).map((n) => 'x'.repeat(n)) },
);

const pollutedObject = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"id":"550e8400-e29b-41d4-a716-446655440000","source":"network","__proto__":{"admin":true}}',
  '{"ids":["550e8400-e29b-41d4-a716-446655440000"],"__proto__":[]}',
  '{"view":{"__proto__":{"x":1}}}',
);

const keys = ['id', 'ids', 'source', 'baseUrl', 'token', 'label', 'url', 'view', '__proto__', 'constructor'];

/** Arguments shaped like the real ones but wrong, plus anything JSON can hold. */
const argument = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...keys), fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 4 }),
  fc.record({ id: nasty, source: fc.constantFrom('network', 'cache', 'disk', 1) }),
  fc.record({ ids: fc.array(nasty, { maxLength: 5 }) }),
  fc.record({ baseUrl: nasty, token: nasty }),
  fc.record({ baseUrl: nasty, token: nasty, label: nasty }),
  fc.record({ id: nasty, token: nasty }),
  fc.record({ url: nasty }),
  pollutedObject.map((text) => ({ __json: text })),
);

async function callFromPage(page: Page, channel: Channel, arg: unknown): Promise<unknown> {
  return page.evaluate(
    ([name, value]) => {
      const api = (window as unknown as { icpDesk: Record<string, (a: unknown) => Promise<unknown>> }).icpDesk;
      // A few arguments are built in the page from JSON text, so "__proto__" arrives as an own key.
      const decoded = value && typeof value === 'object' && '__json' in value ? JSON.parse((value as { __json: string }).__json) : value;
      return api[name]!(decoded);
    },
    [channel, arg] as const,
  );
}

test.describe('hostile renderer', () => {
  let app: App;
  test.beforeAll(async ({ api }) => {
    app = await startSignedInApp(api);
  });
  test.afterAll(async () => {
    await app.host.core.dispatch('session:signOut', {});
    await app.close();
  });

  test('every channel answers fuzzed arguments with a typed badRequest and never throws', async ({ page, api }) => {
    // 30 fuzzed calls per channel, a page round trip each: sized to the contract's channels.
    test.setTimeout(CHANNELS.length * 12_000);
    await app.open(page);
    api.requests.length = 0;
    const calls = new Map<Channel, number>();
    for (const channel of CHANNELS) {
      const request = ipcContract[channel].request;
      const response = ipcContract[channel].response;
      await fc.assert(
        fc.asyncProperty(argument, async (arg) => {
          const decoded = arg && typeof arg === 'object' && '__json' in arg ? JSON.parse((arg as { __json: string }).__json) : arg;
          // Only invalid arguments: a valid one would be a legitimate call (sign-in, export, ...).
          fc.pre(!request.safeParse(decoded).success);
          const reply = await callFromPage(page, channel, arg);
          calls.set(channel, (calls.get(channel) ?? 0) + 1);
          expect(response.safeParse(reply).success, `${channel} reply matches the contract`).toBe(true);
          expect(reply).toMatchObject({ ok: false, error: { kind: 'badRequest' } });
          expect(JSON.stringify(reply).length).toBeLessThan(1_000);
        }),
        { numRuns: 30, seed: 20261123 },
      );
    }
    // Every channel of the contract, the account channels included, was really called.
    for (const channel of CHANNELS) expect(calls.get(channel) ?? 0, channel).toBeGreaterThan(20);
    expect(app.log.lines.filter((line) => line.startsWith('error'))).toEqual([]);
    for (const request of api.requests) {
      const id = request.path.split('/api/v1/entities/icps/')[1];
      if (id !== undefined) expect(decodeURIComponent(id), request.path).toMatch(UUID);
    }
    expect(await page.evaluate(() => ({}).constructor.prototype === Object.prototype && !('polluted' in {}))).toBe(true);
  });

  test('a channel name outside the contract does not exist on window.icpDesk and the host refuses it', async ({ page }) => {
    await app.open(page);
    const names = await page.evaluate(() => Object.keys((window as unknown as { icpDesk: object }).icpDesk).sort());
    expect(names).toEqual([...CHANNELS, 'on'].sort());
    const frozen = await page.evaluate(() => {
      const api = (window as unknown as { icpDesk: Record<string, unknown> }).icpDesk;
      try {
        api['session:status'] = () => 'hijacked';
      } catch {
        // strict-mode assignment to a frozen object throws; either way it must not change
      }
      return Object.isFrozen(api) && typeof api['session:status'] === 'function' && api['session:status'].toString() !== "() => 'hijacked'";
    });
    expect(frozen).toBe(true);
    const raw = await page.evaluate(async () => {
      const response = await fetch('/__host/ipc/session:steal', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return response.json();
    });
    expect(raw).toMatchObject({ ok: false, error: { kind: 'badRequest' } });
  });
});
