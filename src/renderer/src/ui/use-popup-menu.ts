import { useEffect, type KeyboardEvent, type RefObject } from 'react';

/**
 * A popup menu's behaviour (WAI-ARIA menu button): focus moves into it on open (to `initialItem`,
 * else the first item), a pointer outside closes it, arrows/Home/End move between the items
 * `items` selects, Esc closes it and gives focus back to the button, Tab closes it and moves on.
 */
export function usePopupMenu({
  open,
  setOpen,
  wrap,
  button,
  items,
  initialItem,
}: {
  open: boolean;
  setOpen: (open: boolean) => void;
  wrap: RefObject<HTMLElement | null>;
  button: RefObject<HTMLElement | null>;
  items: string;
  initialItem?: string;
}) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    const root = wrap.current;
    ((initialItem ? root?.querySelector<HTMLElement>(initialItem) : null) ?? root?.querySelector<HTMLElement>(items))?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, setOpen, wrap, items, initialItem]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = [...(wrap.current?.querySelectorAll<HTMLElement>(items) ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    // Keys handled here must not also reach the keys around the menu or the global Esc.
    event.stopPropagation();
  };

  return { onMenuKeyDown };
}
