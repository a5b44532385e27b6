import type { Locator, Page } from '@playwright/test';
import { sampleIcps } from '../../src/main/demo/sample-icps';
import type { DemoServer } from '../../src/main/demo/demo-api-server';
import { containBidi } from '../../src/shared/unicode/hidden-characters';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { startApp, test, expect, type App } from './app-fixture';
import { checkBothSchemes } from './axe';
import { detailPane, listbox, row, screenshotBothSchemes, searchBox, waitForList, type RawIcp } from './ui-helpers';

/*
 * Names that spoof: a right-to-left override makes "Renewals ‮2202 tsiL" read "Renewals List 2022",
 * a stray "pop directional isolate" tries to let the override out of the name, and a zero width
 * space hides in a description. Every place that shows a name isolates it, marks the ones that
 * hide characters, and the detail says which characters they are; the data is kept as sent.
 */

const alices = (sampleIcps(new Date()) as RawIcp[]).filter((icp) => icp.userIds.includes('user_abc123'));
const OVERRIDE = 'Renewals \u202e2202 tsiL';
const ESCAPING = 'Escape\u2069\u202e attempt';
const HEBREW = 'מנהלי טכנולוגיה';
const spoofed: RawIcp[] = [
  { ...alices[0]!, id: '5f000000-0000-4000-8000-000000000001', name: OVERRIDE, description: 'Pay\u200bPal partners in the DACH region' },
  { ...alices[1]!, id: '5f000000-0000-4000-8000-000000000002', name: ESCAPING, description: null },
  // A right-to-left name without any control character is ordinary text: no marker.
  { ...alices[2]!, id: '5f000000-0000-4000-8000-000000000003', name: HEBREW },
];

const markIn = (scope: Locator) => scope.getByRole('img', { name: /^Hidden characters: / });
/** What a name shows: the text as sent, its bidi controls balanced (a stray closer dropped, what is open closed). */
const shown = containBidi;
const rowNamed = (page: Page, name: string) =>
  listbox(page)
    .getByRole('option')
    .filter({ has: page.locator('.icp-row-name', { hasText: shown(name) }) });

async function openByName(page: Page, name: string, search: string): Promise<void> {
  await searchBox(page).fill(search);
  await rowNamed(page, name).click();
  await searchBox(page).fill('');
}

test.describe('names that spoof', () => {
  let server: DemoServer;
  let app: App;

  test.beforeAll(async () => {
    // Few enough that every row is drawn (the list is virtualized).
    server = await startCanaryApi({ icps: [...alices.slice(3, 6), ...spoofed] });
    app = await startApp();
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice });
    if (!signedIn.ok) throw new Error(signedIn.error.message);
  });
  test.afterAll(async () => {
    await app.close();
    await server.close();
  });

  test('the list isolates every name and marks the ones that hide characters', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    for (const name of [OVERRIDE, ESCAPING, HEBREW]) {
      await expect(rowNamed(page, name).locator('bdi.icp-row-name')).toHaveCount(1);
    }
    await expect(markIn(rowNamed(page, OVERRIDE))).toHaveAccessibleName('Hidden characters: U+202E right-to-left override');
    await expect(markIn(rowNamed(page, ESCAPING))).toHaveAccessibleName('Hidden characters: U+2069 pop directional isolate, U+202E right-to-left override');
    await expect(markIn(rowNamed(page, HEBREW))).toHaveCount(0);
    await expect(markIn(row(page, alices[3]!.name))).toHaveCount(0);
    // The description is isolated too; its zero width space is named in the detail.
    await expect(rowNamed(page, OVERRIDE).locator('.icp-row-desc bdi')).toHaveText('Pay\u200bPal partners in the DACH region');
  });

  test('the detail marks the name, says which characters hide where, and the override stays inside the name', async ({ page }) => {
    test.setTimeout(60_000); // axe runs twice: slow on 2 busy cores
    await app.open(page);
    await waitForList(page);
    await openByName(page, OVERRIDE, 'Renewals');
    const pane = detailPane(page);
    const heading = pane.getByRole('heading', { level: 1 });
    await expect(heading.locator('bdi')).toHaveText(shown(OVERRIDE));
    expect(shown(OVERRIDE)).toBe(`${OVERRIDE}\u202c`);
    await expect(markIn(heading)).toBeVisible();
    const note = pane.getByRole('region', { name: 'Hidden characters' });
    await expect(note).toContainText('The name and description of this ICP contain characters you cannot see');
    await expect(note).toContainText('Name: 1 hidden character: U+202E right-to-left override');
    await expect(note).toContainText('Renewals ⟦U+202E⟧2202 tsiL');
    await expect(note).toContainText('Description: 1 hidden character: U+200B zero width space');
    await expect(note).toContainText('Pay⟦U+200B⟧Pal partners in the DACH region');
    await screenshotBothSchemes(page, 'spoofed-name-detail');
    // The markers and the note are named and have contrast, in light and dark.
    await checkBothSchemes(page);

    // A stray PDI cannot end the isolation early: the marker after the name stays after it.
    await openByName(page, ESCAPING, 'Escape');
    const escaping = pane.getByRole('heading', { level: 1 });
    await expect(escaping.locator('bdi')).toHaveText(shown(ESCAPING));
    expect(shown(ESCAPING)).toBe('Escape\u202e attempt\u202c');
    const nameBox = (await escaping.locator('bdi').boundingBox())!;
    const markBox = (await markIn(escaping).boundingBox())!;
    expect(markBox.x).toBeGreaterThanOrEqual(nameBox.x + nameBox.width - 1);
    await expect(pane.getByRole('region', { name: 'Hidden characters' })).toContainText('Escape⟦U+2069⟧⟦U+202E⟧ attempt');
  });

  test('Compare isolates and marks the names in its column heads; exports keep the names as sent', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    for (const [name, search] of [
      [OVERRIDE, 'Renewals'],
      [HEBREW, HEBREW],
    ] as const) {
      await searchBox(page).fill(search);
      await rowNamed(page, name).click({ modifiers: ['ControlOrMeta'] });
    }
    await searchBox(page).fill('');
    await page.getByRole('toolbar', { name: 'Selected ICPs' }).getByRole('button', { name: 'Compare' }).click();
    const heads = page.getByRole('region', { name: 'Compare ICPs' }).locator('.compare-column-head');
    await expect(heads).toHaveCount(2);
    expect((await heads.locator('bdi.compare-column-name').allTextContents()).sort()).toEqual([HEBREW, shown(OVERRIDE)].sort());
    await expect(markIn(heads.filter({ hasText: 'Renewals' }))).toHaveCount(1);
    await expect(markIn(heads.filter({ hasText: HEBREW }))).toHaveCount(0);
    // Accessible names stay plain: a screen reader reads the characters in order, not laid out.
    await expect(heads.getByRole('button', { name: `Open ${OVERRIDE}` })).toBeVisible();
    await screenshotBothSchemes(page, 'spoofed-name-compare');

    const copied = await app.host.core.dispatch('export:copy', { ids: [spoofed[0]!.id, spoofed[1]!.id], format: 'json' });
    expect(copied.ok).toBe(true);
    expect(JSON.parse(app.host.clipboard.at(-1)!)).toEqual([spoofed[0], spoofed[1]]);
  });
});
