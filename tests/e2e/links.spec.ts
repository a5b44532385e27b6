import { startSignedInApp, test, expect, type App } from './app-fixture';
import { detailPane, rawList, waitForList } from './ui-helpers';

/*
 * icpdesk:// links through the web host, which takes the link as ?link= exactly as the desktop
 * app takes it from the OS: main's link inbox parses it, finds the ICP in the signed-in account
 * (this computer first, then the API), and the renderer opens it or says clearly why not.
 */

test.describe('links', () => {
  let app: App;

  test.beforeAll(async ({ api }) => {
    app = await startSignedInApp(api);
  });
  test.afterAll(async () => {
    await app.close();
  });

  const openWithLink = async (page: import('@playwright/test').Page, link: string) => {
    // A page still open would hear of the link first (links:arrived) and take it as it unloads.
    await page.goto('about:blank');
    await page.goto(`${app.host.url}&link=${encodeURIComponent(link)}`);
  };
  const heading = (page: import('@playwright/test').Page) => detailPane(page).getByRole('heading', { level: 1 });

  test("a link to one of this account's ICPs opens it", async ({ page, api }) => {
    const icp = (await rawList(api, api.users[0]!.token)).find((item) => item.name === 'Canadian Public Sector IT')!;
    await openWithLink(page, `icpdesk://icp/${icp.id.toUpperCase()}`);
    await expect(heading(page)).toHaveText(icp.name);
    await waitForList(page);
  });

  test('a link naming another account, to an ICP this account cannot see, says it is not in this account', async ({ page, api }) => {
    const mine = new Set((await rawList(api, api.users[0]!.token)).map((icp) => icp.id));
    const elsewhere = (await rawList(api, api.users[2]!.token)).find((icp) => !mine.has(icp.id));
    expect(elsewhere, 'the fixtures hold an ICP the first user cannot see').toBeDefined();
    await openWithLink(page, `icpdesk://icp/${elsewhere!.id}?account=team-emea`);
    await expect(page.getByText('This ICP is not in this account')).toBeVisible();
    await expect(
      page.getByText(`This link is for an account that is not set up in ICP Desk on this computer, so ICP ${elsewhere!.id} is not in`),
    ).toBeVisible();
    await expect(heading(page)).toHaveCount(0);
  });

  test('a link to an ICP that does not exist says it was not found; a broken link says why it cannot be opened', async ({ page, api }) => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await openWithLink(page, `icpdesk://icp/${missing}`);
    await expect(page.getByText('ICP not found')).toBeVisible();
    await expect(page.getByText(`ICP ${missing} was not found in “${new URL(api.url).host}”`)).toBeVisible();

    await openWithLink(page, 'icpdesk://icp/not-an-id');
    await expect(page.getByText('This link cannot be opened')).toBeVisible();
    await expect(page.getByText('"not-an-id" is not an ICP id (expected 8-4-4-4-12 hexadecimal digits).')).toBeVisible();
  });

  test('a link handed to the running app (a second start, the OS) opens while the window is open', async ({ page, api }) => {
    const icps = await rawList(api, api.users[0]!.token);
    await app.open(page);
    await waitForList(page);
    app.host.core.links.receive(`icpdesk://icp/${icps[3]!.id}`);
    await expect(heading(page)).toHaveText(icps[3]!.name);
  });
});
