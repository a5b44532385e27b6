import { describe, expect, it } from 'vitest';
import { createIcpDeskApi, type BridgeTransport } from '../../../src/preload/icp-desk-api';
import { CHANNELS, EVENTS } from '../../../src/shared/ipc-channels';

/*
 * window.icpDesk as both the Electron preload and the web host's page build it. (The hostile-
 * renderer e2e test fuzzes the same object from inside a real page.)
 */

function recordingTransport() {
  const invoked: { channel: string; request: unknown }[] = [];
  const listening: string[] = [];
  const transport: BridgeTransport = {
    invoke: async (channel, request) => {
      invoked.push({ channel, request });
      return { ok: true, data: channel };
    },
    listen: (event) => {
      listening.push(event);
      return () => listening.splice(listening.indexOf(event), 1);
    },
  };
  return { transport, invoked, listening };
}

describe('the bridge the renderer sees (window.icpDesk)', () => {
  it('has exactly one function per contract channel and `on`, in a frozen object', () => {
    const api = createIcpDeskApi(recordingTransport().transport) as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      api['session:status'] = () => 'hijacked';
    }).toThrow(TypeError);
  });

  it('sends each call on its own channel, with {} for a missing argument', async () => {
    const { transport, invoked } = recordingTransport();
    const api = createIcpDeskApi(transport) as unknown as Record<string, (request?: unknown) => Promise<unknown>>;
    for (const channel of CHANNELS) expect(await api[channel]!()).toEqual({ ok: true, data: channel });
    await api['icps:get']!({ id: 'x', source: 'cache' });
    await api['view:get']!(null);
    expect(invoked.map((call) => call.channel)).toEqual([...CHANNELS, 'icps:get', 'view:get']);
    expect(invoked.slice(0, CHANNELS.length).every((call) => JSON.stringify(call.request) === '{}')).toBe(true);
    expect(invoked.at(-2)!.request).toEqual({ id: 'x', source: 'cache' });
    expect(invoked.at(-1)!.request).toEqual({});
  });

  it('listens to contract events only, and unsubscribes', () => {
    const { transport, listening } = recordingTransport();
    const api = createIcpDeskApi(transport);
    const stops = EVENTS.map((event) => api.on(event, () => undefined));
    expect(listening).toEqual([...EVENTS]);
    expect(() => api.on('session:signIn' as never, () => undefined)).toThrow('Unknown event: session:signIn');
    expect(listening).toEqual([...EVENTS]);
    for (const stop of stops) stop();
    expect(listening).toEqual([]);
  });
});
