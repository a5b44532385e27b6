import { useState } from 'react';

/** The same array as last render when every item is the same object, so memos keyed on it hold. */
export function useStableList<T>(list: T[]): T[] {
  const [stable, setStable] = useState(list);
  const same = stable.length === list.length && stable.every((item, index) => item === list[index]);
  // Updating state while rendering (React's way to keep what a previous render saw): the next render is at once.
  if (!same) setStable(list);
  return same ? stable : list;
}
