/*
 * Where the main window opens. Saved bounds come back only while they still fall on a connected
 * display: after a monitor is unplugged or the resolution shrinks, a window restored blindly
 * opens off-screen, where the user cannot reach it.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowPlacement extends Rect {
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 760, height: 480 } as const;

/** How much of the title bar must lie on a display for the user to grab and move the window. */
const GRAB_WIDTH = 100;
const TITLE_BAR_HEIGHT = 32;

/** True when the window's title bar lies on the display's work area, wide enough to grab. */
export function fallsOnDisplay(bounds: Rect, workArea: Rect): boolean {
  const left = Math.max(bounds.x, workArea.x);
  const right = Math.min(bounds.x + bounds.width, workArea.x + workArea.width);
  const titleBarInside = bounds.y >= workArea.y && bounds.y + TITLE_BAR_HEIGHT <= workArea.y + workArea.height;
  return titleBarInside && right - left >= Math.min(GRAB_WIDTH, bounds.width);
}

/** A size that fits the work area, never below the window's minimum. */
function fit(size: { width: number; height: number }, workArea: Rect) {
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(Math.round(size.width), workArea.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(Math.round(size.height), workArea.height)),
  };
}

/**
 * The saved bounds when they fall on one of the work areas (shrunk to fit it); otherwise the
 * saved (or default) size centred on the primary display's work area.
 */
export function placeWindow(saved: WindowPlacement | undefined, workAreas: readonly Rect[], primary: Rect): WindowPlacement {
  const maximized = saved?.maximized ?? false;
  const home = saved ? workAreas.find((area) => fallsOnDisplay(saved, area)) : undefined;
  if (saved && home) return { x: Math.round(saved.x), y: Math.round(saved.y), ...fit(saved, home), maximized };
  const size = fit(saved ?? DEFAULT_WINDOW_SIZE, primary);
  return {
    x: primary.x + Math.round((primary.width - size.width) / 2),
    y: primary.y + Math.round((primary.height - size.height) / 2),
    ...size,
    maximized,
  };
}
