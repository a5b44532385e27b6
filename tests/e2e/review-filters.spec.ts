import { startSignedInApp, test, expect, type App } from './app-fixture';
import {
  filterBar,
  fitRows,
  listCount,
  openIcp,
  rawList,
  resetView,
  screenshotBothSchemes,
  searchBox,
  shownNames,
  sortedAs,
  waitForList,
  type RawIcp,
  expectedExpiry,
} from './ui-helpers';
import { listedPage } from '../support/list-page';

/*
 * The filter chips and the expiry overview, each checked against the API's bodies: which ICPs
 * each chip keeps, how chips combine (OR within a kind, AND across kinds), the overview's counts
 * over the whole list, "Clear filters", and the "no ICPs match" state that names what filters.
 */

const names = (icps: RawIcp[]) => sortedAs(icps, 'Name').map((icp) => icp.name);
type Criterion = { type?: string };
const criteriaOf = (icp: RawIcp) => (icp['leadProviderCriteria'] as Criterion[]) ?? [];
const customTypesOf = (icp: RawIcp) => ((icp['customFilterCriteria'] as { type: string }[]) ?? []).map((filter) => filter.type);
const hasCrm = (icp: RawIcp) => icp['crmFilters'] !== null && icp['crmFilters'] !== undefined;

const EXPIRY_BUTTONS = {
  active: /^\d+ Active$/,
  expiring: /^\d+ Expiring within 30 days$/,
  expired: /^\d+ Expired$/,
  noExpiry: /^\d+ No expiry$/,
} as const;

test.describe('review: filters and the expiry overview', () => {
  let app: App;
  let icps: RawIcp[];

  test.beforeAll(async ({ api }) => {
    app = await startSignedInApp(api);
    icps = await rawList(api, api.users[0]!.token);
  });
  test.afterAll(async () => {
    await app.close();
  });
  test.beforeEach(async ({ page }) => {
    await resetView(app);
    await fitRows(page, icps.length);
    await app.open(page);
    await waitForList(page);
  });

  test('the overview counts every ICP by expiry state, and each count filters the list to exactly those', async ({ page }) => {
    const now = new Date();
    const bar = filterBar(page);
    for (const [state, name] of Object.entries(EXPIRY_BUTTONS)) {
      const inState = icps.filter((icp) => expectedExpiry(icp.activeUntil, now).state === state);
      expect(inState.length, state).toBeGreaterThan(0);
      const button = bar.getByRole('button', { name });
      await expect(button).toHaveAccessibleName(new RegExp(`^${inState.length} `));
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(() => shownNames(page), state).toEqual(names(inState));
      await expect(listCount(page)).toHaveText(`${inState.length} of ${icps.length} ICPs`);
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'false');
    }
  });

  test('the overview counts the whole list while a search narrows it', async ({ page }) => {
    const now = new Date();
    const expired = icps.filter((icp) => expectedExpiry(icp.activeUntil, now).state === 'expired').length;
    await searchBox(page).fill('nordic');
    await expect(listCount(page)).toHaveText(/^\d+ of \d+ ICPs$/);
    await expect(filterBar(page).getByRole('button', { name: EXPIRY_BUTTONS.expired })).toHaveAccessibleName(`${expired} Expired`);
    await expect(filterBar(page).getByRole('group', { name: /^Expiry/ })).toHaveAccessibleName(`Expiry, across all ${icps.length} ICPs`);
  });

  test('two expiry chips show either state; a second kind of chip narrows further', async ({ page }) => {
    const now = new Date();
    const state = (icp: RawIcp) => expectedExpiry(icp.activeUntil, now).state;
    const bar = filterBar(page);
    await bar.getByRole('button', { name: EXPIRY_BUTTONS.expiring }).click();
    await bar.getByRole('button', { name: EXPIRY_BUTTONS.expired }).click();
    const either = icps.filter((icp) => state(icp) === 'expiring' || state(icp) === 'expired');
    await expect.poll(() => shownNames(page)).toEqual(names(either));
    await bar.getByRole('button', { name: 'Has CRM filters' }).click();
    await expect.poll(() => shownNames(page)).toEqual(names(either.filter(hasCrm)));
  });

  test('person and company chips keep ICPs with that kind of search (legacy criteria count as person)', async ({ page }) => {
    const bar = filterBar(page);
    const person = icps.filter((icp) => criteriaOf(icp).some((c) => c.type === 'person' || c.type === undefined));
    const company = icps.filter((icp) => criteriaOf(icp).some((c) => c.type === 'company'));
    expect(company.length).toBeGreaterThan(0);
    await bar.getByRole('button', { name: 'Company search' }).click();
    await expect(bar.getByRole('button', { name: 'Company search' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => shownNames(page)).toEqual(names(company));
    await bar.getByRole('button', { name: 'Company search' }).click();
    await bar.getByRole('button', { name: 'Person search' }).click();
    await expect.poll(() => shownNames(page)).toEqual(names(person));
    await bar.getByRole('button', { name: 'Company search' }).click();
    await expect.poll(() => shownNames(page)).toEqual(names(icps.filter((icp) => person.includes(icp) || company.includes(icp))));
  });

  test('the custom filter menu lists the types in use by name, with counts, and keeps ICPs using any chosen one', async ({ page }) => {
    const menuButton = filterBar(page).getByRole('button', { name: /Custom filter/ });
    await expect(menuButton).toHaveAttribute('aria-haspopup', 'menu');
    await menuButton.click();
    const menu = page.getByRole('menu', { name: 'Custom filter types' });
    const ai = icps.filter((icp) => customTypesOf(icp).includes('ai'));
    const regex = icps.filter((icp) => customTypesOf(icp).includes('matchFieldWithRegex'));
    await expect(menu.getByRole('menuitemcheckbox', { name: `AI filter – ${ai.length} ICPs` })).toBeVisible();
    await expect(menu.getByRole('menuitemcheckbox', { name: `Match field with regex – ${regex.length} ICPs` })).toBeVisible();
    // A type ICP Desk does not know is listed under its own name.
    await expect(menu.getByRole('menuitemcheckbox', { name: 'intentSignal – 1 ICP' })).toBeVisible();

    await menu.getByRole('menuitemcheckbox', { name: /^AI filter/ }).click();
    await expect(menu.getByRole('menuitemcheckbox', { name: /^AI filter/ })).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => shownNames(page)).toEqual(names(ai));
    await menu.getByRole('menuitemcheckbox', { name: /^Match field with regex/ }).click();
    await expect.poll(() => shownNames(page)).toEqual(names(icps.filter((icp) => ai.includes(icp) || regex.includes(icp))));
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(menuButton).toBeFocused();
    await expect(menuButton).toHaveAccessibleName(/^Custom filter\s*2 chosen: AI filter, Match field with regex$/);
  });

  test('the CRM chip keeps ICPs with CRM filters; the offline chip keeps ICPs saved on this computer', async ({ page }) => {
    const bar = filterBar(page);
    await bar.getByRole('button', { name: 'Has CRM filters' }).click();
    await expect.poll(() => shownNames(page)).toEqual(names(icps.filter(hasCrm)));
    await bar.getByRole('button', { name: 'Has CRM filters' }).click();

    // The list's items are complete ICPs, kept as their offline copies once the list is saved: after
    // a refresh lands, every listed ICP is available offline, and the chip keeps exactly what main marks.
    await openIcp(page, 'Canadian Public Sector IT');
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    const cachedPage = async () => {
      const cached = await app.host.core.handlers['icps:list']({ source: 'cache' });
      if (!cached.ok) throw new Error(cached.error.message);
      return listedPage(cached.data);
    };
    // The refresh is done once its list is saved; until then main rightly reports the new list unsaved.
    await expect.poll(async () => (await cachedPage()).listSaved, { timeout: 15_000 }).toBe(true);
    const offline = (await cachedPage()).items.filter((item) => item.offline).map((item) => item.name);
    expect(offline.sort()).toEqual(icps.map((icp) => icp.name).sort());
    await bar.getByRole('button', { name: /^Available offline$/i }).click();
    await expect.poll(() => shownNames(page)).toEqual(names(icps));
  });

  test('no match: the empty state names every filter, each can be removed, or all cleared', async ({ page }) => {
    const bar = filterBar(page);
    await searchBox(page).fill('zurich');
    await bar.getByRole('button', { name: 'Company search' }).click();
    await expect(page.getByRole('heading', { name: 'No ICPs match these filters' })).toBeVisible();
    const named = page.getByRole('list', { name: 'Filtering by' });
    await expect(named.getByRole('listitem')).toHaveText(['Search “zurich”', 'Company search']);
    await expect(listCount(page)).toHaveText(`0 of ${icps.length} ICPs`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshotBothSchemes(page, 'review-no-match');
    await fitRows(page, icps.length);

    await named.getByRole('button', { name: 'Remove filter: Company search' }).click();
    await expect.poll(() => shownNames(page)).toEqual(['Zürich Münchner Fertigung']);
    await expect(bar.getByRole('button', { name: 'Company search' })).toHaveAttribute('aria-pressed', 'false');

    await bar.getByRole('button', { name: EXPIRY_BUTTONS.active }).click();
    await bar.getByRole('button', { name: 'Has CRM filters' }).click();
    await searchBox(page).fill('no such thing');
    await page.getByRole('button', { name: 'Clear filters' }).last().click();
    await expect.poll(() => shownNames(page)).toEqual(names(icps));
    await expect(searchBox(page)).toHaveValue('');
    await expect(bar.getByRole('button', { pressed: true })).toHaveCount(0);
    await expect(listCount(page)).toHaveText(`${icps.length} ICPs`);
  });

  test('"Clear filters" beside the count clears the search and every chip, and keeps the sort', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Leads per list' });
    await searchBox(page).fill('nordic');
    await filterBar(page).getByRole('button', { name: 'Person search' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => shownNames(page)).toEqual(sortedAs(icps, 'Leads per list').map((icp) => icp.name));
    await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  });

  test('keyboard: F reaches the chips, arrows move between them, Space toggles, the menu opens with ↓', async ({ page }) => {
    const now = new Date();
    await page.keyboard.press('f');
    const bar = filterBar(page);
    await expect(bar.getByRole('button', { name: EXPIRY_BUTTONS.active })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(bar.getByRole('button', { name: EXPIRY_BUTTONS.expiring })).toBeFocused();
    await page.keyboard.press('Space');
    await expect.poll(() => shownNames(page)).toEqual(names(icps.filter((icp) => expectedExpiry(icp.activeUntil, now).state === 'expiring')));
    // One Tab stop: Tab leaves the toolbar, Shift+Tab comes back to the same chip.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(bar.getByRole('button', { name: EXPIRY_BUTTONS.expiring })).toBeFocused();
    // The last chip is the review's Overlaps; back past Warnings, Problems, Available offline and CRM.
    await page.keyboard.press('End');
    await expect(bar.getByRole('button', { name: /^Overlaps$/i })).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(bar.getByRole('button', { name: /^Available offline$/i })).toBeFocused();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
    await expect(bar.getByRole('button', { name: /Custom filter/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitemcheckbox').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('menuitemcheckbox').first()).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');
    await expect(bar.getByRole('button', { name: /^Custom filter\s*1 chosen: Max people per company$/ })).toBeFocused();
  });

  test('screenshots: chips, the overview and the custom filter menu', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const bar = filterBar(page);
    await bar.getByRole('button', { name: EXPIRY_BUTTONS.expiring }).click();
    await bar.getByRole('button', { name: 'Person search' }).click();
    await bar.getByRole('button', { name: /Custom filter/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /^Max people per company/ }).click();
    await screenshotBothSchemes(page, 'review-filters-menu');
    await page.keyboard.press('Escape');
    await screenshotBothSchemes(page, 'review-filters');
  });
});
