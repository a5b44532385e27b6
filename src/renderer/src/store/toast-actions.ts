import { patchState, useAppStore, type Toast, type ToastTone } from './app-store';

const TOAST_MS: Record<ToastTone, number> = { success: 6000, info: 6000, error: 10000 };
const MAX_TOASTS = 3;
let nextId = 1;

/** Shows a toast in the live region; it goes away by itself or with its close button. */
export function showToast(tone: ToastTone, message: string, detail?: string): number {
  const toast: Toast = { id: nextId++, tone, message, ...(detail ? { detail } : {}) };
  const { ui } = useAppStore.getState();
  patchState('ui', { toasts: [...ui.toasts, toast].slice(-MAX_TOASTS) });
  setTimeout(() => dismissToast(toast.id), TOAST_MS[tone]);
  return toast.id;
}

export function dismissToast(id: number): void {
  const { ui } = useAppStore.getState();
  if (ui.toasts.some((toast) => toast.id === id)) patchState('ui', { toasts: ui.toasts.filter((toast) => toast.id !== id) });
}
