import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, fallsOnDisplay, placeWindow } from '../../../src/main/window/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };
const leftMonitor = { x: -1920, y: 0, width: 1920, height: 1040 };

describe('placing the main window', () => {
  it('restores saved bounds that lie on a connected display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop, rightMonitor], laptop)).toEqual(saved);
  });

  it('restores bounds on a display left of the primary one (negative coordinates)', () => {
    const saved = { x: -1800, y: 40, width: 1000, height: 700, maximized: true };
    expect(placeWindow(saved, [laptop, leftMonitor], laptop)).toEqual(saved);
  });

  it('centres the window on the primary display when its display is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ x: 120, y: 30, width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than its display to fit, never below the minimum size', () => {
    const saved = { x: 10, y: 10, width: 3000, height: 2000, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ x: 10, y: 10, width: 1440, height: 860, maximized: false });
    const tiny = { x: 0, y: 0, width: 100, height: 100, maximized: false };
    expect(placeWindow({ x: 5000, y: 0, width: 10, height: 10, maximized: false }, [tiny], tiny)).toMatchObject({ width: 760, height: 480 });
  });

  it('keeps the maximized state wherever the window lands', () => {
    expect(placeWindow({ x: 9000, y: 9000, width: 900, height: 600, maximized: true }, [laptop], laptop).maximized).toBe(true);
  });

  it('opens at the default size, centred, when nothing was saved', () => {
    expect(placeWindow(undefined, [rightMonitor], rightMonitor)).toEqual({
      x: 1440 + (2560 - DEFAULT_WINDOW_SIZE.width) / 2,
      y: (1400 - DEFAULT_WINDOW_SIZE.height) / 2,
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('counts a window as on a display only when its title bar can be grabbed there', () => {
    // Title bar above the top of the screen: unreachable.
    expect(fallsOnDisplay({ x: 100, y: -50, width: 800, height: 600 }, laptop)).toBe(false);
    // Only 40 px of it on the right edge: too little to grab.
    expect(fallsOnDisplay({ x: 1400, y: 100, width: 800, height: 600 }, laptop)).toBe(false);
    // 200 px on the right edge: enough.
    expect(fallsOnDisplay({ x: 1240, y: 100, width: 800, height: 600 }, laptop)).toBe(true);
    // Its bottom below the screen is fine; the title bar is what the user needs.
    expect(fallsOnDisplay({ x: 100, y: 700, width: 800, height: 600 }, laptop)).toBe(true);
    expect(fallsOnDisplay({ x: 100, y: 840, width: 800, height: 600 }, laptop)).toBe(false);
  });
});
