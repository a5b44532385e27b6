import type { KeyboardEvent } from 'react';

/**
 * The keys of an open popup menu (WAI-ARIA menu pattern): arrows, Home and End move between the
 * items `selector` finds in `menu`, Esc closes and returns focus, Tab closes and moves on. The
 * keys it handles stop here, so they never also reach a list's arrows or the global Esc.
 */
export function handleMenuKey(event: KeyboardEvent, menu: HTMLElement | null, selector: string, close: () => void, leave: () => void): void {
  const items = [...(menu?.querySelectorAll<HTMLElement>(selector) ?? [])].filter((item) => !item.hasAttribute('disabled'));
  const at = items.indexOf(document.activeElement as HTMLElement);
  const go = (index: number) => items[(index + items.length) % items.length]?.focus();
  if (event.key === 'Escape') close();
  else if (event.key === 'ArrowDown') go(at + 1);
  else if (event.key === 'ArrowUp') go(at - 1);
  else if (event.key === 'Home') go(0);
  else if (event.key === 'End') go(items.length - 1);
  else if (event.key === 'Tab') {
    leave();
    return;
  } else return;
  event.preventDefault();
  event.stopPropagation();
}
