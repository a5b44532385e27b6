import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/*
 * Virtualization for rows of one fixed height: which rows the scroll position shows, from
 * arithmetic alone. A general virtualizer measures every item whenever the count changes, which
 * is O(n) per search keystroke on a 100,000-row list; here a keystroke costs O(rows on screen).
 */

export interface RowWindow {
  /** First row index to render (inclusive). */
  first: number;
  /** Last row index to render (exclusive). */
  last: number;
  totalHeight: number;
  /** Scrolls the least distance that shows the row whole (nothing when it already is). */
  scrollToIndex(index: number): void;
}

export function useRowWindow(
  ref: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  { overscan = 6, paddingEnd = 0 }: { overscan?: number; paddingEnd?: number } = {},
): RowWindow {
  const [viewport, setViewport] = useState({ top: 0, height: 0 });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () =>
      setViewport((current) =>
        current.top === element.scrollTop && current.height === element.clientHeight ? current : { top: element.scrollTop, height: element.clientHeight },
      );
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [ref]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = ref.current;
      if (!element || index < 0) return;
      const top = index * rowHeight;
      const bottom = top + rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + element.clientHeight - paddingEnd) element.scrollTop = bottom - element.clientHeight + paddingEnd;
    },
    [ref, rowHeight, paddingEnd],
  );

  const { first, last } = visibleRange(viewport.top, viewport.height, count, rowHeight, overscan);
  return { first, last, totalHeight: count * rowHeight + paddingEnd, scrollToIndex };
}

/** Rows [first, last) that a viewport at `top` of `height` px shows, plus `overscan` either side. */
export function visibleRange(top: number, height: number, count: number, rowHeight: number, overscan: number): { first: number; last: number } {
  const first = Math.max(0, Math.min(count, Math.floor(top / rowHeight) - overscan));
  const last = Math.max(first, Math.min(count, Math.ceil((top + height) / rowHeight) + overscan));
  return { first, last };
}
