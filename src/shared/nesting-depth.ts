/*
 * How deeply a parsed JSON value nests. JSON.parse accepts any depth, but JSON.stringify,
 * structuredClone (IPC) and every recursive walk run out of stack somewhere past a few thousand
 * levels: a 20,000-level `filters` passed validation, then the list could not be cached and an
 * export failed. So depth is measured here without recursion, before anything recursive runs.
 */

/** Deeper than any real ICP (they nest about 6 levels), far shallower than any stack limit. */
export const MAX_ICP_NESTING = 64;

/**
 * The path to the first object or array nested deeper than `maxDepth` levels (the value itself
 * is level 1), or null when there is none. Walks with an explicit stack, so any depth is safe.
 */
export function pathDeeperThan(value: unknown, maxDepth: number): (string | number)[] | null {
  // Two parallel stacks, no object per node: this runs over every ICP of a 100,000-ICP list.
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > maxDepth) return firstPathDeeperThan(value, maxDepth);
    if (Array.isArray(current)) {
      for (const item of current) {
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in current) {
        const item = (current as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return null;
}

/** Only when something is too deep: the same walk, in document order, keeping each node's path. */
function firstPathDeeperThan(value: unknown, maxDepth: number): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= maxDepth) return path;
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((item, index): [number, unknown] => [index, item])
      : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
  }
  return null;
}
