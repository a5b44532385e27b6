import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './popup-menu.css';

/**
 * A button that opens a popup menu (WAI-ARIA menu pattern): the first item takes focus on
 * opening, a click outside closes, arrows / Home / End move between the items `itemSelector`
 * finds, Esc closes and returns focus to the button, Tab closes and moves on. The keys it
 * handles stop here, so they never also reach a list's arrows or the global Esc.
 */
export function usePopupMenu(itemSelector: string) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    wrap.current?.querySelector<HTMLElement>(itemSelector)?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, itemSelector]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = [...(wrap.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  /** Arrow down (or up) on the closed button opens the menu. */
  const onButtonKeyDown = (event: KeyboardEvent) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    }
  };

  return { open, setOpen, wrap, button, menuId, close, onMenuKeyDown, onButtonKeyDown };
}
