const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** How shortcuts with the platform's command key read: "⌘R" on macOS, "Ctrl+R" elsewhere. */
export const MOD_KEY = isMac ? '⌘' : 'Ctrl+';
