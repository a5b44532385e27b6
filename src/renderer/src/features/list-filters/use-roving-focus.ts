import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/*
 * The ARIA toolbar pattern: the whole filter bar is one Tab stop, arrows move between its
 * buttons. Tab order is set on the DOM after each render (a handful of buttons), which keeps the
 * chips themselves free of focus bookkeeping. Items of an open menu are not part of the row.
 */

const ITEMS = 'button:not([disabled]):not([role^="menuitem"])';
const KEYS: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

export function useRovingFocus(ref: RefObject<HTMLElement | null>) {
  const current = useRef(0);

  const items = useCallback(() => [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])], [ref]);

  useLayoutEffect(() => {
    const all = items();
    const active = Math.min(current.current, all.length - 1);
    all.forEach((item, index) => {
      item.tabIndex = index === active ? 0 : -1;
    });
  });

  const onFocus = (event: FocusEvent) => {
    const index = items().indexOf(event.target as HTMLElement);
    if (index === -1) return;
    current.current = index;
    items().forEach((item, i) => {
      item.tabIndex = i === index ? 0 : -1;
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const move = KEYS[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    const all = items();
    const at = all.indexOf(event.target as HTMLElement);
    if (at === -1) return;
    event.preventDefault();
    const target = move === 'first' ? 0 : move === 'last' ? all.length - 1 : (at + (move === 'next' ? 1 : -1) + all.length) % all.length;
    all[target]?.focus();
  };

  return { onFocus, onKeyDown };
}
