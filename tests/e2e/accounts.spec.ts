import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateIcps } from '../support/test-api/generate-icps';
import type { ListView } from '../../src/shared/ipc-contract';
import type { Result } from '../../src/shared/result';
import { keychainEntries, openedAccount } from '../support/account-checks';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { startApp, test, expect, type App } from './app-fixture';
import { listCount, rawList, screenshotBothSchemes, searchBox, waitForList } from './ui-helpers';

/*
 * Several accounts in one app, added through main (the account menu has its own spec,
 * account-menu.spec.ts): four accounts with canary tokens (two on one API, one on another, one renewed),
 * "Sign out" removing the open account and opening the next one with its own list and view, and
 * a restart into the last used account. The token-secrecy sweep then searches all of it,
 * including the folders of the two accounts left at the end.
 */

const accountId = (result: Result<unknown>) => openedAccount(result).id;

const header = (page: Page) => page.getByRole('banner');
const showsCount = (page: Page, count: number) => expect(listCount(page)).toHaveText(new RegExp(`^(\\d+ of )?${count} ICPs$`));

test('sign-out removes the open account and opens the next; each account keeps its own list and view; a restart opens the last one', async ({ page }) => {
  test.setTimeout(60_000);
  const production = await startCanaryApi({});
  const staging = await startCanaryApi({ icps: generateIcps(12, { seed: 42, userIds: ['user_carol042'] }) });
  let app: App = await startApp();
  const { dataDir, keychainService } = app;
  try {
    const dispatch: App['host']['core']['dispatch'] = (channel, request) => app.host.core.dispatch(channel, request);
    const savedSearch = async () => {
      const saved = await dispatch('view:get', {});
      return saved.ok ? (saved.data as ListView | null)?.search : null;
    };
    const alice = accountId(await dispatch('accounts:add', { baseUrl: production.url, token: CANARY_TOKENS.alice, label: 'Alice production' }));
    const bob = accountId(await dispatch('accounts:add', { baseUrl: production.url, token: CANARY_TOKENS.bob }));
    const carol = accountId(await dispatch('accounts:add', { baseUrl: staging.url, token: CANARY_TOKENS.carol, label: 'Carol staging' }));
    // Alice's token was renewed on the platform: the account keeps its folder, with the new token.
    production.addUser({ id: 'user_abc123', token: CANARY_TOKENS.aliceRenewed, admin: false });
    expect(accountId(await dispatch('accounts:reauth', { id: alice, token: CANARY_TOKENS.aliceRenewed }))).toBe(alice);
    expect(await keychainEntries(keychainService)).toEqual({ [alice]: CANARY_TOKENS.aliceRenewed, [bob]: CANARY_TOKENS.bob, [carol]: CANARY_TOKENS.carol });

    const aliceIcps = await rawList(production, CANARY_TOKENS.aliceRenewed);
    const bobIcps = await rawList(production, CANARY_TOKENS.bob);
    await app.open(page);
    await waitForList(page);
    await showsCount(page, aliceIcps.length);
    await searchBox(page).fill('germany');
    await expect.poll(savedSearch).toBe('germany');

    // "Sign out" removes Alice's account (token and folder); Bob's opens with his list and his (default) view.
    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(searchBox(page)).toHaveValue('');
    await showsCount(page, bobIcps.length);
    await expect(header(page)).toContainText(new URL(production.url).host);
    await screenshotBothSchemes(page, 'accounts-next-after-sign-out');
    expect(existsSync(join(dataDir, 'accounts', alice))).toBe(false);
    expect(Object.keys(await keychainEntries(keychainService)).sort()).toEqual([bob, carol].sort());
    await searchBox(page).fill('cto');
    await expect.poll(savedSearch).toBe('cto');

    // A restart opens the account used last, with its cached list.
    expect(accountId(await dispatch('accounts:switch', { id: carol }))).toBe(carol);
    await page.close();
    await app.close();
    await staging.close();
    app = await startApp({ dataDir, keychainService });
    const again = await page.context().newPage();
    await app.open(again);
    await waitForList(again);
    await showsCount(again, 12);
    await expect(header(again)).toContainText(new URL(staging.url).host);

    // Removing Carol's account (the last in the list) opens the one before it, with the view it had.
    await header(again).getByRole('button', { name: 'Sign out' }).click();
    await showsCount(again, bobIcps.length);
    await expect(searchBox(again)).toHaveValue('cto');
    // Left with two accounts for the token-secrecy sweep, which searches their folders.
    expect(accountId(await dispatch('accounts:add', { baseUrl: production.url, token: CANARY_TOKENS.admin }))).not.toBe(bob);
    expect(Object.values(await keychainEntries(keychainService)).sort()).toEqual([CANARY_TOKENS.admin, CANARY_TOKENS.bob].sort());
  } finally {
    await app.close();
    await production.close();
    await staging.close();
  }
});
