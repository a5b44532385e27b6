/*
 * Pretty JSON for values the UI cannot render any better. JSON.parse accepts nesting far deeper
 * than JSON.stringify can write back (V8 stringifies recursively and runs out of stack), and
 * non-JSON values (cycles, BigInt) throw, so this never throws: it falls back to a writer that
 * stops at MAX_DEPTH and marks what it cut.
 */

const MAX_DEPTH = 64;
const INDENT = '  ';
const TRUNCATED_MARK = '"…"';

export function toDisplayJson(value: unknown): string {
  try {
    const json: string | undefined = JSON.stringify(value, null, 2);
    if (json !== undefined) return json;
  } catch {
    // Too deep, cyclic or not JSON at all: written below with limits.
  }
  return writeLimited(value, 0, new Set());
}

function writeLimited(value: unknown, depth: number, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return String(value);
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'function':
    case 'symbol':
      return JSON.stringify(String(value));
  }
  const object = value as object;
  if (ancestors.has(object)) return '"[circular]"';
  if (depth >= MAX_DEPTH) return TRUNCATED_MARK;
  const pad = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  ancestors.add(object);
  let out: string;
  if (Array.isArray(object)) {
    const items = object.map((item: unknown) => pad + writeLimited(item, depth + 1, ancestors));
    out = items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${close}]`;
  } else {
    const entries = Object.keys(object).map(
      (key) => `${pad}${JSON.stringify(key)}: ${writeLimited((object as Record<string, unknown>)[key], depth + 1, ancestors)}`,
    );
    out = entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${close}}`;
  }
  ancestors.delete(object);
  return out;
}
