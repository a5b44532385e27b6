import { useRef } from 'react';

/** The same array as last render when every item is the same object, so memos keyed on it hold. */
export function useStableList<T>(list: T[]): T[] {
  const previous = useRef<T[]>(list);
  const same = previous.current.length === list.length && previous.current.every((item, index) => item === list[index]);
  if (!same) previous.current = list;
  return previous.current;
}
