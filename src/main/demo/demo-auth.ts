import type { DemoUser } from './demo-users';

/** The token of an `Authorization: Bearer <token>` header; undefined for any other header. */
export function bearerToken(authorization: string | undefined): string | undefined {
  // RFC 6750: the scheme is case-insensitive, the token is not.
  return /^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
}

/** Who a request's `Authorization: Bearer <token>` belongs to. */
export class DemoAuth {
  private readonly byToken = new Map<string, DemoUser>();

  constructor(users: readonly DemoUser[]) {
    for (const user of users) this.add(user);
  }

  /** Copies, in the order added. */
  users(): DemoUser[] {
    return [...this.byToken.values()].map((user) => ({ ...user }));
  }

  /** Adds a user, replacing any user with the same id or token. */
  add(user: DemoUser): void {
    if (!user.id || !user.token) throw new TypeError('A demo user needs a non-empty id and token');
    if (/\s/.test(user.token)) throw new TypeError('A demo token cannot contain whitespace');
    for (const [token, existing] of this.byToken) {
      if (existing.id === user.id) this.byToken.delete(token);
    }
    this.byToken.set(user.token, { id: user.id, token: user.token, admin: user.admin });
  }

  /** The caller, or undefined for a missing, malformed or unknown token. */
  authenticate(authorization: string | undefined): DemoUser | undefined {
    const token = bearerToken(authorization);
    return token === undefined ? undefined : this.byToken.get(token);
  }
}
