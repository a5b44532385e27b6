import type { Page } from '@playwright/test';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { startApp, test, expect, type App } from './app-fixture';
import { checkBothSchemes } from './axe';
import { filterBar, openIcp, resetView, screenshotBothSchemes, searchBox, waitForList } from './ui-helpers';

/* axe-core over the main screens, in light and dark (see axe.ts). */

test.describe('accessibility', () => {
  // Each test runs axe 6 to 10 times (light and dark); on a loaded 2-core machine one run takes seconds.
  test.describe.configure({ timeout: 120_000 });

  let app: App;

  test.beforeAll(async () => {
    app = await startApp();
  });
  test.afterAll(async () => {
    await app.close();
  });

  test('the sign-in screen, also with an error', async ({ page }) => {
    await app.open(page);
    await expect(page.getByRole('button', { name: 'Try demo data' })).toBeVisible();
    await checkBothSchemes(page);
    await page.getByLabel('API base URL').fill('http://api.example.com');
    await page.getByLabel('API token').fill('x');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await checkBothSchemes(page);
  });

  // The workspace and the review tools are checked in several small tests, each signed in the same
  // way, so that each stays well within its budget on a busy machine (axe.ts adds a budget per check).
  const signedInList = async (page: Page, api: TestApiServer) => {
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: api.url, token: api.users[0]!.token });
    expect(signedIn.ok).toBe(true);
    await resetView(app);
    await app.open(page);
    await waitForList(page);
  };

  test('the workspace: the list and a rich ICP', async ({ page, api }) => {
    await signedInList(page, api);
    await checkBothSchemes(page);
    await openIcp(page, 'Fintech Compliance – Business Emails Only');
    await checkBothSchemes(page);
  });

  test('the workspace: multi-selection and the shortcuts dialog', async ({ page, api }) => {
    await signedInList(page, api);
    await openIcp(page, 'Intent: ERP Replacement (Beta)');
    await page
      .getByRole('listbox', { name: 'ICPs' })
      .getByRole('option')
      .first()
      .click({ modifiers: ['ControlOrMeta'] });
    await expect(page.getByRole('toolbar', { name: 'Selected ICPs' })).toBeVisible();
    await checkBothSchemes(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await checkBothSchemes(page);
    await screenshotBothSchemes(page, 'shortcuts');
  });

  test('the review tools: search with highlights, pressed chips and the custom filter menu', async ({ page, api }) => {
    await signedInList(page, api);
    await searchBox(page).fill('dach');
    const bar = filterBar(page);
    await bar.getByRole('button', { name: /Expired$/ }).click();
    await bar.getByRole('button', { name: 'Person search' }).click();
    await expect(page.getByRole('listbox', { name: 'ICPs' }).locator('mark').first()).toBeVisible();
    await checkBothSchemes(page);

    await bar.getByRole('button', { name: /Custom filter/ }).click();
    await page.getByRole('menuitemcheckbox').first().click();
    await checkBothSchemes(page);
    await page.keyboard.press('Escape');
  });

  test('the review tools: no matches', async ({ page, api }) => {
    await signedInList(page, api);
    await searchBox(page).fill('no such words anywhere');
    await expect(page.getByRole('heading', { name: /^No ICPs match/ })).toBeVisible();
    await checkBothSchemes(page);
  });

  test('the review tools: compare, all rows and only differences', async ({ page, api }) => {
    await signedInList(page, api);
    for (const name of ['Enterprise Tech Buyers', 'SMB Marketing Leaders', 'Enterprise Tech Decision Makers']) {
      await searchBox(page).fill(name);
      await page
        .getByRole('listbox', { name: 'ICPs' })
        .getByRole('option')
        .filter({ has: page.getByText(name, { exact: true }) })
        .click({ modifiers: ['ControlOrMeta'] });
    }
    await page.getByRole('toolbar', { name: 'Selected ICPs' }).getByRole('button', { name: 'Compare' }).click();
    const compare = page.getByRole('region', { name: 'Compare ICPs' });
    await expect(compare.getByRole('table', { name: 'Compared ICPs' })).toBeVisible();
    await checkBothSchemes(page);
    await compare.getByRole('button', { name: 'Show only differences' }).click();
    await checkBothSchemes(page);
  });
});
