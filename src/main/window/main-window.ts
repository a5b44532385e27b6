import { BrowserWindow, screen } from 'electron';
import { MIN_WINDOW_SIZE, placeWindow, type WindowPlacement } from './window-bounds';
import { secureWebPreferences } from './security-policy';

export interface MainWindowOptions {
  /** The bounds saved when the window last closed. */
  saved: WindowPlacement | undefined;
  preloadPath: string;
  /** Called while the window closes, synchronously, with the bounds to save. */
  onClose: (placement: WindowPlacement) => void;
}

/** The one window: placed on a connected display, with the checklist's webPreferences. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    options.saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'ICP Desk',
    backgroundColor: '#f7f7f8',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // Read now: once 'close' has passed, the bounds may already be gone.
  window.on('close', () => options.onClose({ ...window.getNormalBounds(), maximized: window.isMaximized() }));
  return window;
}
