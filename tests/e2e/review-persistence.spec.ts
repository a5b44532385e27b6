import type { ListView } from '../../src/shared/ipc-contract';
import { startApp, test, expect } from './app-fixture';
import { filterBar, fitRows, listCount, matchesSearch, rawList, searchBox, shownNames, sortedAs, sortSelect, waitForList, expectedExpiry } from './ui-helpers';

/*
 * The list view survives a restart: search, sort and chips are saved in main's settings (a short
 * while after the last change) and come back when the app starts again on the same data folder
 * and keychain entry. The token is never part of it.
 */

test('search, sort and filter chips come back after a restart', async ({ page, api }) => {
  const token = api.users[0]!.token;
  const icps = await rawList(api, token);
  let app = await startApp();
  const { dataDir, keychainService } = app;
  try {
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: api.url, token });
    expect(signedIn.ok).toBe(true);
    await fitRows(page, icps.length);
    await app.open(page);
    await waitForList(page);

    await searchBox(page).fill('germany');
    await sortSelect(page).selectOption({ label: 'Expiry (soonest)' });
    const bar = filterBar(page);
    await bar.getByRole('button', { name: /Expired$/ }).click();
    await bar.getByRole('button', { name: /Active$/ }).click();
    await bar.getByRole('button', { name: 'Person search' }).click();

    const now = new Date();
    const expected = sortedAs(icps, 'Expiry (soonest)')
      .filter((icp) => matchesSearch(icp, 'germany'))
      .filter((icp) => ['expired', 'active'].includes(expectedExpiry(icp.activeUntil, now).state))
      .map((icp) => icp.name);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => shownNames(page)).toEqual(expected);

    // Saved ~300 ms after the last change, in main's settings.
    const wanted: ListView = {
      search: 'germany',
      sort: 'activeUntil',
      expiry: ['expired', 'active'],
      searchTypes: ['person'],
      customFilterTypes: [],
      hasCrmFilters: false,
      offlineOnly: false,
      checks: [],
      focus: null,
    };
    await expect
      .poll(async () => {
        const saved = await app.host.core.dispatch('view:get', {});
        return saved.ok ? saved.data : null;
      })
      .toEqual(wanted);
    await page.close();

    await app.close();
    app = await startApp({ dataDir, keychainService });
    const again = await page.context().newPage();
    await fitRows(again, icps.length);
    await app.open(again);
    await waitForList(again);
    await expect(searchBox(again)).toHaveValue('germany');
    await expect(sortSelect(again)).toHaveValue('activeUntil');
    const bar2 = filterBar(again);
    await expect(bar2.getByRole('button', { name: /Expired$/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(bar2.getByRole('button', { name: /Active$/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(bar2.getByRole('button', { name: 'Person search' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bar2.getByRole('button', { name: 'Company search' })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => shownNames(again)).toEqual(expected);
    await expect(listCount(again)).toHaveText(`${expected.length} of ${icps.length} ICPs`);
  } finally {
    await app.close();
  }
});
