import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { startApp, startSignedInApp, test, expect, type App } from './app-fixture';
import { detailPane, inListOrder, listbox, rawList, resetView, row, screenshotBothSchemes, waitForList, expectedExpiry } from './ui-helpers';

/*
 * The ICP list: every ICP the user may see, with the expiry badge worked out independently
 * (expectedExpiry, from the bodies the server sends, in the browser's time zone), the facts line,
 * keyboard navigation, search and refresh.
 */

test.describe('ICP list', () => {
  let app: App;

  test.beforeAll(async ({ api }) => {
    app = await startSignedInApp(api);
  });
  test.afterAll(async () => {
    await app.close();
  });
  // The search is saved with the list view: each test starts from the default view.
  test.beforeEach(async () => {
    await resetView(app);
  });

  test('shows every ICP the user can see, each with its expiry badge, description and facts', async ({ page, api }) => {
    const icps = await rawList(api, api.users[0]!.token);
    expect(icps.length).toBeGreaterThan(20);
    // Tall enough for the virtualized list to render every row at once.
    await page.setViewportSize({ width: 1280, height: 200 + icps.length * 80 });
    await app.open(page);
    await waitForList(page);
    await expect(page.getByText(`${icps.length} ICPs`, { exact: true })).toBeVisible();
    await expect(listbox(page).getByRole('option')).toHaveCount(icps.length);

    // Every row read in one go (one round trip, not six per row: that took 30 s on a busy machine).
    const shown = await listbox(page)
      .getByRole('option')
      .evaluateAll((options) =>
        options.map((option) => ({
          name: option.querySelector('.icp-row-name')?.textContent ?? '',
          text: option.textContent ?? '',
          titles: Array.from(option.querySelectorAll('[title]'), (element) => element.getAttribute('title') ?? ''),
        })),
      );
    const now = new Date();
    const seen = new Set<string>();
    for (const icp of icps) {
      const option = shown.find((candidate) => candidate.name === icp.name);
      expect(option, icp.name).toBeDefined();
      expect(option!.text, icp.name).toContain(expectedExpiry(icp.activeUntil, now).label);
      expect(option!.text, icp.name).toContain(icp.description ?? 'No description');
      const users = `${icp.userIds.length} ${icp.userIds.length === 1 ? 'user' : 'users'}`;
      expect(option!.titles, icp.name).toEqual(expect.arrayContaining([`${icp.leadsPerList} leads per list`, users, expect.stringMatching(/^Last updated /)]));
      seen.add(expectedExpiry(icp.activeUntil, now).state);
    }
    // The sample covers every state, so every badge kind was checked above.
    expect([...seen].sort()).toEqual(['active', 'expired', 'expiring', 'noExpiry']);
  });

  test('the facts line names the provider and search type, legacy criteria marked', async ({ page }) => {
    await app.open(page);
    await page.getByRole('searchbox', { name: 'Search ICPs' }).fill('Zürich Münchner');
    await expect(row(page, 'Zürich Münchner Fertigung')).toContainText('baseProvider · Person (legacy)');
    await page.getByRole('searchbox', { name: 'Search ICPs' }).fill('Trade Show Berlin');
    await expect(row(page, 'Trade Show Berlin – Mixed Legacy and Company Search')).toContainText('Person (legacy) + Company');
    await page.getByRole('searchbox', { name: 'Search ICPs' }).fill('Draft – Trade Fair');
    await expect(row(page, 'Draft – Trade Fair Follow-up')).toContainText('No lead search');
    await expect(row(page, 'Draft – Trade Fair Follow-up')).toContainText('No description');
  });

  test('keyboard: arrows and j/k move, Enter opens, Esc closes, / focuses the search', async ({ page, api }) => {
    const icps = inListOrder(await rawList(api, api.users[0]!.token));
    await app.open(page);
    await waitForList(page);
    const list = listbox(page);
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await expect(list).toHaveAttribute('aria-activedescendant', `icp-row-${icps[1]!.id}`);
    await page.keyboard.press('j');
    await expect(list).toHaveAttribute('aria-activedescendant', `icp-row-${icps[2]!.id}`);
    await page.keyboard.press('k');
    await expect(list).toHaveAttribute('aria-activedescendant', `icp-row-${icps[1]!.id}`);
    await page.keyboard.press('ArrowUp');
    await expect(list).toHaveAttribute('aria-activedescendant', `icp-row-${icps[0]!.id}`);

    await page.keyboard.press('Enter');
    await expect(detailPane(page).getByRole('heading', { level: 1 })).toHaveText(icps[0]!.name);
    await expect(row(page, icps[0]!.name)).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Select an ICP to review it' })).toBeVisible();
    await expect(list).toBeFocused();

    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search ICPs' })).toBeFocused();
    await page.keyboard.type('nordic');
    await expect(page.getByText(/^\d+ of \d+ ICPs$/)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(list).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(detailPane(page).getByRole('heading', { level: 1 })).toHaveText(/Nordic/);
  });

  test('search narrows the list, says when nothing matches, and clears', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    const search = page.getByRole('searchbox', { name: 'Search ICPs' });
    await search.fill('zurich');
    await expect(listbox(page).getByRole('option')).toHaveCount(1);
    await expect(row(page, 'Zürich Münchner Fertigung')).toBeVisible();
    await search.fill('no such thing anywhere');
    await expect(page.getByRole('heading', { name: 'No ICPs match “no such thing anywhere”' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).first().click();
    await waitForList(page);
    await expect(search).toHaveValue('');
  });

  test('refresh (button and Ctrl+R) fetches the list again and says when it last synced', async ({ page, api }) => {
    await app.open(page);
    await waitForList(page);
    await expect(page.getByRole('banner').getByText(/^Synced /)).toBeVisible();
    const before = api.requests.filter((request) => request.path.endsWith('/entities/icps')).length;
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    await expect.poll(() => api.requests.filter((request) => request.path.endsWith('/entities/icps')).length).toBeGreaterThan(before);
    const afterButton = api.requests.filter((request) => request.path.endsWith('/entities/icps')).length;
    await listbox(page).focus();
    await page.keyboard.press('Control+r');
    await expect.poll(() => api.requests.filter((request) => request.path.endsWith('/entities/icps')).length).toBeGreaterThan(afterButton);
    await expect(page.getByRole('banner').getByText('Synced just now')).toBeVisible();
    await expect(listbox(page)).toBeVisible();
  });

  test('screenshots of the list', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    await expect(page.getByRole('heading', { name: 'Select an ICP to review it' })).toBeVisible();
    await screenshotBothSchemes(page, 'list');
  });
});

test('10,000 ICPs: only the rows in view are in the page, and the keyboard reaches the last one', async ({ page }) => {
  // Serving, checking and saving 10,000 ICPs takes a few seconds on a quiet machine and many times
  // that on a busy one: the app's request timeout and this test's budget are sized to that.
  test.setTimeout(180_000);
  const server = await startCanaryApi({ generate: 10_000, seed: 7 });
  const app = await startApp({ timeoutMs: 120_000 });
  try {
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: CANARY_TOKENS.alice });
    expect(signedIn.ok).toBe(true);
    const last = inListOrder(await rawList(server, CANARY_TOKENS.alice)).at(-1)!;
    await app.open(page);
    await waitForList(page);
    await expect(page.getByText('10,000 ICPs', { exact: true })).toBeVisible({ timeout: 60_000 });
    expect(await listbox(page).getByRole('option').count()).toBeLessThan(40);
    await listbox(page).focus();
    await page.keyboard.press('End');
    await expect(listbox(page)).toHaveAttribute('aria-activedescendant', `icp-row-${last.id}`);
    await expect(row(page, last.name).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(detailPane(page).getByRole('heading', { level: 1 })).toHaveText(last.name);
  } finally {
    await app.close();
    await server.close();
  }
});
