import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './app-fixture';
import { allowFor } from './work-budget';

/*
 * axe-core over what a page shows, in light and dark: no WCAG 2.1 A/AA violations (contrast,
 * names, roles, ARIA use). axe is evaluated through the DevTools protocol, which the page's CSP
 * does not govern, so the app's own policy stays as strict as it ships.
 */

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

async function violations(page: Page): Promise<string[]> {
  // Parsed once per page (500 kB of script: costly on a busy machine), not once per check.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

export async function checkBothSchemes(page: Page): Promise<void> {
  allowFor('axeRun', 2);
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: colors switch at once instead of mid-transition.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // And whatever still animates (a hover fading out) has finished before axe reads the colours,
    // then one frame more for the new scheme's styles to be painted: a busy machine lags both.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await violations(page), colorScheme).toEqual([]);
  }
}
