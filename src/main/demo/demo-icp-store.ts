/**
 * The demo server's data: raw ICP objects exactly as given, served with JSON.stringify so the
 * bytes are stable. Items are treated as immutable; replace them with `replace`.
 *
 * Who may see an item is read from its `userIds`. An item without a readable `userIds` array
 * (deliberately broken test data) is visible to everyone, so a test can still serve it.
 */
export class DemoIcpStore {
  private items: readonly unknown[] = [];
  private readonly byId = new Map<string, unknown>();
  /** Serialized list bodies per user: with 100,000 ICPs, serializing is most of a request's cost. */
  private readonly listBodies = new Map<string, Buffer>();

  constructor(items: readonly unknown[]) {
    this.replace(items);
  }

  replace(items: readonly unknown[]): void {
    this.items = [...items];
    this.byId.clear();
    this.listBodies.clear();
    for (const item of this.items) {
      const id = idOf(item);
      // The first of duplicate ids wins, as a database lookup by id would return one row.
      if (id !== undefined && !this.byId.has(id)) this.byId.set(id, item);
    }
  }

  find(id: string): unknown {
    return this.byId.get(id);
  }

  /** The items the list endpoint returns to this user, in stored order. */
  visibleTo(userId: string): unknown[] {
    return this.items.filter((item) => isMember(item, userId));
  }

  /** The list endpoint's body for this user: a JSON array, cached until the data changes. */
  listBody(userId: string): Buffer {
    let body = this.listBodies.get(userId);
    if (body === undefined) {
      body = Buffer.from(JSON.stringify(this.visibleTo(userId)));
      this.listBodies.set(userId, body);
    }
    return body;
  }
}

export function isMember(item: unknown, userId: string): boolean {
  const userIds = field(item, 'userIds');
  return Array.isArray(userIds) ? userIds.includes(userId) : true;
}

function idOf(item: unknown): string | undefined {
  const id = field(item, 'id');
  return typeof id === 'string' ? id : undefined;
}

function field(item: unknown, key: string): unknown {
  return typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
}
