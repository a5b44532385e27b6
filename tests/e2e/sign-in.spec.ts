import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { explainKeychainFailure, KeychainError, type TokenStore } from '../../src/main/secrets/token-store';
import { startApp, signIn, test, expect, type App } from './app-fixture';
import { screenshotBothSchemes, waitForList } from './ui-helpers';

/*
 * The sign-in screen: URL + token against the worker's demo API, "Try demo data", and the
 * messages for a refused token, an unreachable server and an unavailable keychain.
 */

test.describe('sign-in', () => {
  let app: App;

  test.beforeAll(async () => {
    app = await startApp();
  });
  test.afterAll(async () => {
    await app.close();
  });
  test.beforeEach(async () => {
    await app.host.core.dispatch('session:signOut', {});
  });

  test('shows both ways in: URL and token, or the demo data', async ({ page }) => {
    await app.open(page);
    await expect(page.getByRole('heading', { name: 'Sign in to ICP Desk' })).toBeVisible();
    await expect(page.getByLabel('API base URL')).toBeVisible();
    await expect(page.getByLabel('API token')).toHaveAttribute('type', 'password');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Try demo data' })).toBeEnabled();
    await screenshotBothSchemes(page, 'sign-in');
  });

  test("the host's secret leaves the address bar and the history at once, and a reload still opens the app", async ({ page }) => {
    await app.open(page);
    await expect(page.getByRole('heading', { name: 'Sign in to ICP Desk' })).toBeVisible();
    expect(page.url()).toBe(`${app.host.origin}/`);
    const secret = new URL(app.host.url).searchParams.get('key')!;
    expect(await page.evaluate(() => `${location.href} ${history.length} ${document.cookie}`)).not.toContain(secret);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in to ICP Desk' })).toBeVisible();
  });

  test('signs in with the API base URL and a token, then signs out back to a prefilled URL', async ({ page, api }) => {
    await app.open(page);
    await signIn(page, api);
    await waitForList(page);
    await expect(page.getByRole('banner')).toContainText(new URL(api.url).host);
    await expect(page.getByText(/^\d+ ICPs$/)).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to ICP Desk' })).toBeVisible();
    await expect(page.getByLabel('API base URL')).toHaveValue(api.url);
    await expect(page.getByLabel('API token')).toHaveValue('');
  });

  test('a refused token (401) says so, keeps the URL and clears the token field', async ({ page, api }) => {
    await app.open(page);
    await signIn(page, api, 'not-a-real-token');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("That token wasn't accepted");
    await expect(alert).toContainText('HTTP 401');
    await expect(page.getByLabel('API base URL')).toHaveValue(api.url);
    await expect(page.getByLabel('API token')).toHaveValue('');
    await screenshotBothSchemes(page, 'sign-in-401');
  });

  test('an unreachable server is named as such', async ({ page }) => {
    const gone = await startCanaryApi({});
    await gone.close();
    await app.open(page);
    await page.getByLabel('API base URL').fill(gone.url);
    await page.getByLabel('API token').fill(CANARY_TOKENS.alice);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("Can't reach the server");
    await expect(alert).toContainText('connection was refused');
  });

  test('a URL that is not https (and not this computer) is refused before any token is sent', async ({ page }) => {
    await app.open(page);
    await page.getByLabel('API base URL').fill('http://api.example.com');
    await page.getByLabel('API token').fill('secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('must use https://');
    await expect(page.getByLabel('API base URL')).toHaveAttribute('aria-invalid', 'true');
  });

  test('"Try demo data" opens the demo workspace', async ({ page }) => {
    await app.open(page);
    await page.getByRole('button', { name: 'Try demo data' }).click();
    await waitForList(page);
    await expect(page.getByRole('banner').getByText('Demo', { exact: true })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Sample data on this computer');
  });
});

test('an unavailable keychain is explained, and the demo still works', async ({ page, api }) => {
  const failure = (action: string) => new KeychainError(explainKeychainFailure(action, new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')));
  const noKeychain: TokenStore = {
    read: async () => Promise.reject(failure('read the token from')),
    save: async () => Promise.reject(failure('save the token in')),
    remove: async () => Promise.reject(failure('remove the token from')),
  };
  const app = await startApp({ tokenStore: noKeychain });
  try {
    await app.open(page);
    await signIn(page, api);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("The system keychain isn't available");
    await expect(alert).toContainText('could not save the token in the OS keychain');
    await expect(page.getByLabel('API token')).toHaveValue('');
    await page.getByRole('button', { name: 'Try demo data' }).click();
    await waitForList(page);
  } finally {
    await app.close();
  }
});
