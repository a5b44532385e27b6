/** A caller the demo server knows. The token is what goes after `Bearer ` in Authorization. */
export type DemoUser = { id: string; token: string; admin: boolean };

/**
 * Alice owns most of the sample data, Bob shares some of it (and owns a few ICPs Alice may not
 * open), and the admin may open any ICP by id but, as the List page says, lists only their own.
 */
const DEFAULT_DEMO_USERS: readonly Readonly<DemoUser>[] = Object.freeze(
  [
    { id: 'user_abc123', token: 'demo-token-alice', admin: false },
    { id: 'user_xyz789', token: 'demo-token-bob', admin: false },
    { id: 'user_admin001', token: 'demo-token-admin', admin: true },
  ].map((user) => Object.freeze(user)),
);

/** Fresh copies, so a server that adds or revokes users never changes the defaults. */
export function defaultDemoUsers(): DemoUser[] {
  return DEFAULT_DEMO_USERS.map((user) => ({ ...user }));
}
