/*
 * Edits deep inside a copy of an API object, where the schemas type what is there as unknown
 * (provider filters, fields the app does not know): as a colleague's edit in the platform changes
 * one value and leaves the rest. Each edit is a path and the new value, REMOVED, or a function of
 * the old value.
 */

type JsonPath = readonly (string | number)[];
export type JsonEdit = readonly [path: JsonPath, next: unknown];

export const REMOVED: unique symbol = Symbol('removed');

type Container = Record<string | number, unknown>;

function containerAt(root: unknown, path: JsonPath): Container {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) throw new TypeError(`nothing to edit at ${path.join('.')}`);
    node = (node as Container)[key];
  }
  if (typeof node !== 'object' || node === null) throw new TypeError(`nothing to edit at ${path.join('.')}`);
  return node as Container;
}

/** A deep copy of `value` with each edit applied, in order. */
export function edited<T>(value: T, ...edits: JsonEdit[]): T {
  const copy = structuredClone(value);
  for (const [path, next] of edits) {
    const parent = containerAt(copy, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (next === REMOVED) {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
    } else {
      parent[key] = typeof next === 'function' ? (next as (old: unknown) => unknown)(parent[key]) : next;
    }
  }
  return copy;
}

/** A list's items in reverse order (for an edit: `[path, reversed]`). */
export const reversed = (old: unknown): unknown[] => [...(old as unknown[])].reverse();
/** The list with items added at its end. */
export const appended =
  (...items: unknown[]) =>
  (old: unknown): unknown[] => [...(old as unknown[]), ...items];
