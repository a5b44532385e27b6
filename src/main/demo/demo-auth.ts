import type { DemoUser } from './demo-users';

/** Who a request's `Authorization: Bearer <token>` belongs to, with tokens a test can revoke. */
export class DemoAuth {
  private readonly byToken = new Map<string, DemoUser>();
  private readonly revoked = new Set<string>();

  constructor(users: readonly DemoUser[]) {
    for (const user of users) this.add(user);
  }

  /** Copies, in the order added. */
  users(): DemoUser[] {
    return [...this.byToken.values()].map((user) => ({ ...user }));
  }

  /**
   * Adds a user, replacing any user with the same id or token, and makes the token valid again
   * if it had been revoked.
   */
  add(user: DemoUser): void {
    if (!user.id || !user.token) throw new TypeError('A demo user needs a non-empty id and token');
    if (/\s/.test(user.token)) throw new TypeError('A demo token cannot contain whitespace');
    for (const [token, existing] of this.byToken) {
      if (existing.id === user.id) this.byToken.delete(token);
    }
    this.byToken.set(user.token, { id: user.id, token: user.token, admin: user.admin });
    this.revoked.delete(user.token);
  }

  /** From now on the token answers 401, as a token revoked on the platform would. */
  revoke(token: string): void {
    this.revoked.add(token);
  }

  /** The caller, or undefined for a missing, malformed, unknown or revoked token. */
  authenticate(authorization: string | undefined): DemoUser | undefined {
    // RFC 6750: the scheme is case-insensitive, the token is not.
    const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (token === undefined || this.revoked.has(token)) return undefined;
    return this.byToken.get(token);
  }
}
