import { existsSync } from 'node:fs';
import { join } from 'node:path';
import keytar from 'keytar';
import type { Page } from '@playwright/test';
import { generateIcps } from '../support/test-api/generate-icps';
import { keychainEntries, openedAccount } from '../support/account-checks';
import { CANARY_PREFIX, CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { createKeychainTokenStore } from '../../src/main/secrets/token-store';
import { MAX_ACCOUNTS } from '../../src/shared/accounts/account-schema';
import { signIn, startApp, test, expect, type App } from './app-fixture';
import { checkBothSchemes } from './axe';
import { detailPane, listCount, openIcp, rawList, screenshotBothSchemes, searchBox, sortSelect, waitForList } from './ui-helpers';

/*
 * The header's account menu, through the UI only: adding an account beside the open one, the
 * menu's list (label, host, last sync, the open one checked), switching by click and by
 * Ctrl/Cmd+1..9 with a view per account, renaming, removing with a confirmation, the restart
 * into the last account; then the bound of 20, a keychain refusing one account, and a 401 that
 * asks for that account's token only. Tokens are canaries, so the token-secrecy sweep searches
 * what these tests typed and left.
 */

const header = (page: Page) => page.getByRole('banner');
const trigger = (page: Page) => header(page).getByRole('button', { name: /^Account: / });
const menu = (page: Page) => page.getByRole('menu', { name: 'Accounts' });
const accountItem = (page: Page, label: string) => menu(page).getByRole('menuitemradio', { name: new RegExp(`^${label}\\b`) });
const showsCount = (page: Page, count: number) => expect(listCount(page)).toHaveText(new RegExp(`^(\\d+ of )?${count} ICPs$`));
const hostOf = (url: string) => new URL(url).host;
const toast = (page: Page, text: string) => page.locator('.toast').filter({ hasText: text });

async function openMenu(page: Page): Promise<void> {
  await trigger(page).click();
  await expect(menu(page)).toBeVisible();
}

async function addThroughDialog(page: Page, baseUrl: string, token: string, label = ''): Promise<void> {
  await openMenu(page);
  await menu(page).getByRole('menuitem', { name: 'Add account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByLabel('API base URL').fill(baseUrl);
  await dialog.getByLabel('API token').fill(token);
  if (label) await dialog.getByLabel('Label (optional)').fill(label);
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog).toBeHidden();
}

test('the account menu adds, lists, switches by click and Ctrl+n with a view per account, renames, removes; a restart opens the last one', async ({ page }) => {
  // Three accounts added through the UI, ten switches, six axe runs, a restart: about 35 s on a quiet machine.
  test.setTimeout(180_000);
  const production = await startCanaryApi({});
  const staging = await startCanaryApi({ icps: generateIcps(12, { seed: 42, userIds: ['user_carol042'] }) });
  let app: App = await startApp();
  const { dataDir, keychainService } = app;
  try {
    const aliceIcps = await rawList(production, CANARY_TOKENS.alice);
    const bobIcps = await rawList(production, CANARY_TOKENS.bob);
    await app.open(page);
    await signIn(page, production, CANARY_TOKENS.alice);
    await waitForList(page);
    await expect(trigger(page)).toHaveAccessibleName(`Account: ${hostOf(production.url)}`);

    // The add dialog: sign-in's fields and messages, plus a label; a bad token is said in the dialog.
    await openMenu(page);
    await menu(page).getByRole('menuitem', { name: 'Add account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an account' });
    await dialog.getByLabel('API base URL').fill(staging.url);
    await dialog.getByLabel('API token').fill(`${CANARY_PREFIX}with space`);
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await expect(dialog.getByRole('alert')).toContainText('printable ASCII characters, without spaces');
    await expect(dialog.getByLabel('API token')).toHaveValue('');
    await checkBothSchemes(page);
    await screenshotBothSchemes(page, 'account-add-dialog-error');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await showsCount(page, aliceIcps.length);

    await addThroughDialog(page, staging.url, CANARY_TOKENS.carol, 'Carol staging');
    await showsCount(page, 12);
    await expect(trigger(page)).toContainText('Carol staging');
    await addThroughDialog(page, production.url, CANARY_TOKENS.bob, 'Bob review');
    await showsCount(page, bobIcps.length);

    // The menu: each account with its label, host and last sync, in the order added, the open one checked.
    await openMenu(page);
    const items = menu(page).getByRole('menuitemradio');
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText(`${hostOf(production.url)}Synced just now`);
    await expect(items.nth(1)).toContainText(`Carol staging${hostOf(staging.url)} · Synced just now`);
    await expect(items.nth(2)).toHaveAttribute('aria-checked', 'true');
    await expect(items.nth(0)).toHaveAttribute('aria-checked', 'false');
    await expect(menu(page).getByRole('menuitem', { name: 'Try demo data' })).toBeVisible();
    await checkBothSchemes(page);
    await screenshotBothSchemes(page, 'account-menu');
    // Keyboard: the open account has focus, arrows move, Esc closes and gives focus back.
    await expect(items.nth(2)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu(page)).toBeHidden();
    await expect(trigger(page)).toBeFocused();

    // Bob's view: a search and an open ICP. Ctrl+2 shows Carol's list from her cache, with her own (default) view.
    await searchBox(page).fill('germany');
    // Ctrl/Cmd+n works while typing in the search box too.
    await page.keyboard.press('ControlOrMeta+2');
    await expect(trigger(page)).toContainText('Carol staging');
    await showsCount(page, 12);
    await expect(searchBox(page)).toHaveValue('');
    await sortSelect(page).selectOption({ label: 'Leads per list' });
    await openIcp(page, (await rawList(staging, CANARY_TOKENS.carol))[0]!.name);

    // Ctrl+1: Alice, default view, no ICP open (Carol's selection and detail do not follow).
    await page.keyboard.press('ControlOrMeta+1');
    await showsCount(page, aliceIcps.length);
    await expect(detailPane(page).getByRole('heading', { name: 'Select an ICP to review it' })).toBeVisible();
    await expect(sortSelect(page)).toHaveValue('name');
    // By click: Bob's search is back, and Carol's sort when she opens again.
    await openMenu(page);
    await accountItem(page, 'Bob review').click();
    await expect(searchBox(page)).toHaveValue('germany');
    await page.keyboard.press('ControlOrMeta+2');
    await expect(sortSelect(page)).toHaveValue('leadsPerList');
    await screenshotBothSchemes(page, 'account-switched');

    // Rename: the header and the menu follow; an empty label is the host again.
    await openMenu(page);
    await menu(page).getByRole('menuitem', { name: 'Rename this account…' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename account' });
    await rename.getByLabel('Label').fill('Carol (staging)');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename).toBeHidden();
    await expect(trigger(page)).toContainText('Carol (staging)');

    // Remove Bob: the confirmation says what goes; the token leaves the keychain and the folder the disk.
    await page.keyboard.press('ControlOrMeta+3');
    await expect(searchBox(page)).toHaveValue('germany');
    const bobId = Object.entries(await keychainEntries(keychainService)).find(([, token]) => token === CANARY_TOKENS.bob)![0];
    await openMenu(page);
    await menu(page).getByRole('menuitem', { name: 'Remove this account…' }).click();
    const remove = page.getByRole('dialog', { name: 'Remove this account?' });
    await expect(remove).toContainText('Its API token is deleted from the system keychain.');
    await expect(remove).toContainText('Its ICPs saved on this computer');
    await expect(remove).toContainText('The next account in the list opens.');
    await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await checkBothSchemes(page);
    await screenshotBothSchemes(page, 'account-remove-dialog');
    await remove.getByRole('button', { name: 'Remove account' }).click();
    await expect(remove).toBeHidden();
    await expect(toast(page, 'Removed Bob review')).toBeVisible();
    expect(existsSync(join(dataDir, 'accounts', bobId))).toBe(false);
    expect(Object.values(await keychainEntries(keychainService)).sort()).toEqual([CANARY_TOKENS.alice, CANARY_TOKENS.carol].sort());
    await openMenu(page);
    await expect(menu(page).getByRole('menuitemradio')).toHaveCount(2);
    await page.keyboard.press('Escape');

    // A restart opens the account used last (Carol), with its cached list, even with her API down.
    await page.keyboard.press('ControlOrMeta+2');
    await expect(trigger(page)).toContainText('Carol (staging)');
    await expect(sortSelect(page)).toHaveValue('leadsPerList');
    await page.close();
    await app.close();
    await staging.close();
    app = await startApp({ dataDir, keychainService });
    const again = await page.context().newPage();
    await app.open(again);
    await waitForList(again);
    await expect(trigger(again)).toContainText('Carol (staging)');
    await showsCount(again, 12);
    await expect(sortSelect(again)).toHaveValue('leadsPerList');
  } finally {
    await app.close();
    await production.close();
    await staging.close();
  }
});

test(`at ${MAX_ACCOUNTS} accounts the menu says so; a keychain refusing one account and a 401 concern that account only`, async ({ page }) => {
  // Twenty accounts verified against the API before the page opens.
  test.setTimeout(150_000);
  const bulkUser = (n: number) => `user_bulk${String(n).padStart(3, '0')}`;
  const bulkIds = Array.from({ length: MAX_ACCOUNTS }, (_, n) => bulkUser(n));
  const production = await startCanaryApi({ icps: generateIcps(8, { seed: 5, userIds: ['user_abc123', 'user_xyz789', ...bulkIds] }) });
  const refused = new Set<string>();
  const refusal = () => new Error('Cannot create an item in a locked collection');
  const keychainService = `ICP Desk e2e picky ${process.pid}-${Date.now()}`;
  const tokenStore = createKeychainTokenStore(keychainService, {
    getPassword: async (service, account) => (refused.has(account) ? Promise.reject(refusal()) : keytar.getPassword(service, account)),
    setPassword: (service, account, password) => keytar.setPassword(service, account, password),
    deletePassword: (service, account) => keytar.deletePassword(service, account),
  });
  const app = await startApp({ keychainService, tokenStore });
  try {
    const ids: string[] = [];
    for (let n = 0; n < MAX_ACCOUNTS; n += 1) {
      const token = n === 0 ? CANARY_TOKENS.alice : n === 1 ? CANARY_TOKENS.bob : `${CANARY_PREFIX}bulk-${n}`;
      if (n > 1) production.addUser({ id: bulkUser(n), token, admin: false });
      const added = await app.host.core.dispatch('accounts:add', { baseUrl: production.url, token, label: n === 1 ? 'Bob review' : `Workspace ${n + 1}` });
      ids.push(openedAccount(added).id);
    }
    await app.open(page);
    await waitForList(page);
    await openMenu(page);
    await expect(menu(page).getByRole('menuitemradio')).toHaveCount(MAX_ACCOUNTS);
    await expect(menu(page).getByRole('menuitem', { name: 'Add account…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(menu(page)).toContainText(`ICP Desk keeps at most ${MAX_ACCOUNTS} accounts. Remove one to add another.`);
    await expect(menu(page).getByRole('menuitem', { name: 'Try demo data' })).toHaveCount(0);
    await checkBothSchemes(page);
    await screenshotBothSchemes(page, 'account-menu-full');
    await page.keyboard.press('Escape');

    // The keychain refuses the first account's entry: switching says so, and the open account stays as it was.
    refused.add(ids[0]!);
    await page.keyboard.press('ControlOrMeta+1');
    await expect(toast(page, 'Could not open Workspace 1')).toContainText('Cannot create an item in a locked collection');
    await expect(trigger(page)).toContainText(`Workspace ${MAX_ACCOUNTS}`);
    await screenshotBothSchemes(page, 'account-keychain-refused');

    // Bob's token is revoked on the platform: his refresh asks for his token, naming him; the others keep working.
    production.revokeToken(CANARY_TOKENS.bob);
    await page.keyboard.press('ControlOrMeta+2');
    const reauth = page.getByRole('dialog', { name: 'Session expired or token revoked' });
    await expect(reauth).toContainText('The server no longer accepts the token of Bob review.');
    await expect(page.getByRole('listbox', { name: 'ICPs' }).getByRole('option').first()).toBeAttached();
    await screenshotBothSchemes(page, 'account-reauth');
    await reauth.getByRole('button', { name: 'Keep browsing offline' }).click();
    await page.keyboard.press('ControlOrMeta+3');
    await expect(trigger(page)).toContainText('Workspace 3');
    await waitForList(page);
    await expect(reauth).toBeHidden();
    await page.keyboard.press('ControlOrMeta+2');
    await expect(reauth).toBeVisible();
    production.addUser({ id: 'user_xyz789', token: CANARY_TOKENS.bobRenewed, admin: false });
    await reauth.getByLabel('API token').fill(CANARY_TOKENS.bobRenewed);
    await reauth.getByRole('button', { name: 'Sign in' }).click();
    await expect(reauth).toBeHidden();
    expect((await keychainEntries(keychainService))[ids[1]!]).toBe(CANARY_TOKENS.bobRenewed);
    expect(Object.keys(await keychainEntries(keychainService))).toHaveLength(MAX_ACCOUNTS);
  } finally {
    await app.close();
    await production.close();
  }
});
