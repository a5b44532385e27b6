import { describe, expect, it } from 'vitest';
import { LaunchRequest, launchRequest } from '../../../src/main/launch/launch-request';

describe('what a second start hands to the running app', () => {
  it('forwards the user arguments without the executable (packaged) or the app path (unpackaged)', () => {
    expect(launchRequest(['/opt/ICP Desk/icp-desk', 'icpdesk://icp/1'], true)).toEqual({ args: ['icpdesk://icp/1'] });
    expect(launchRequest(['/usr/bin/electron', '.', 'icpdesk://icp/1'], false)).toEqual({ args: ['icpdesk://icp/1'] });
  });

  it('keeps what it forwards within the limits the running app accepts', () => {
    const many = launchRequest(['exe', ...Array.from({ length: 500 }, (_, i) => `arg${i}`), 'x'.repeat(10_000)], true);
    expect(LaunchRequest.safeParse(many).success).toBe(true);
    expect(many.args).toHaveLength(64);
  });

  it('is parsed, not trusted, by the running app', () => {
    for (const data of [undefined, null, 'args', { args: 'x' }, { args: [1] }, { args: Array(65).fill('a') }]) {
      expect(LaunchRequest.safeParse(data).success, JSON.stringify(data)).toBe(false);
    }
  });
});
