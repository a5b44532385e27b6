import { join } from 'node:path';
import { startTestApiServer, type TestApiServer, type TestApiOptions } from './test-api/test-api-server';
import type { DemoUser } from '../../src/main/demo/demo-users';

/*
 * The e2e and fault suites sign in with recognisable ("canary") tokens, so that afterwards every
 * file, log line, IPC reply, DOM snapshot and console message they produced can be searched for
 * them (tests/secrecy). Every canary token starts with CANARY_PREFIX. tests/e2e/accounts.spec.ts
 * keeps every one of them in an account of one app at once (two on one API, one on another, and
 * a renewed token), so the sweep covers each account's token, not only the first.
 */

export const CANARY_PREFIX = 'icpdesk-canary-';

export const CANARY_TOKENS = {
  alice: `${CANARY_PREFIX}alice-9f4e2b7c51d8`,
  aliceRenewed: `${CANARY_PREFIX}alice-renewed-2c7d9e4a`,
  bob: `${CANARY_PREFIX}bob-3d8a1f6e07b2`,
  bobRenewed: `${CANARY_PREFIX}bob-renewed-8e1f4c0a`,
  admin: `${CANARY_PREFIX}admin-6b1c4e9d23fa`,
  /** Carol reviews a second workspace (another API) beside Alice's and Bob's. */
  carol: `${CANARY_PREFIX}carol-5e0b7a2c9d41`,
} as const;

/** The demo API's users (alice, bob, admin) and carol, with canary tokens. */
const CANARY_USERS: DemoUser[] = [
  { id: 'user_abc123', token: CANARY_TOKENS.alice, admin: false },
  { id: 'user_xyz789', token: CANARY_TOKENS.bob, admin: false },
  { id: 'user_admin001', token: CANARY_TOKENS.admin, admin: true },
  { id: 'user_carol042', token: CANARY_TOKENS.carol, admin: false },
];

/** A demo API server whose users carry canary tokens. */
export function startCanaryApi(options: Omit<TestApiOptions, 'users'> = {}): Promise<TestApiServer> {
  return startTestApiServer({ ...options, users: CANARY_USERS });
}

/** Where the suites leave what the token-secrecy test searches (cleared when a run starts). */
export const SECRECY_RUN_DIR = join(__dirname, '../../.tmp/e2e-run');
