import { startSignedInApp, test, expect, type App } from './app-fixture';
import { detailPane, exported, openIcp, rawList, screenshotBothSchemes, expectedExpiry } from './ui-helpers';

/*
 * The detail pane: header facts, lead provider criteria rendered whatever their shape, one card
 * per documented custom filter type (with documented defaults), unknown types raw, CRM filters
 * (NOT, legacy query), fields the reference does not name, and the exact JSON.
 */

test.describe('ICP detail', () => {
  let app: App;

  test.beforeAll(async ({ api }) => {
    app = await startSignedInApp(api);
  });
  test.afterAll(async () => {
    await app.close();
  });

  test('opens with get-by-id and shows the header: expiry, dates, leads per list, user ids', async ({ page, api }) => {
    const icp = (await rawList(api, api.users[0]!.token)).find((item) => item.name === 'DACH SaaS – IT-Leitung Mittelstand')!;
    await app.open(page);
    api.requests.length = 0;
    await openIcp(page, icp.name);
    await expect.poll(() => api.requests.some((request) => request.path.endsWith(`/entities/icps/${icp.id}`))).toBe(true);
    const pane = detailPane(page);
    await expect(pane.getByText(icp.description!)).toBeVisible();
    await expect(pane.getByTitle(/^Active until /)).toHaveText(expectedExpiry(icp.activeUntil, new Date()).label);
    await expect(pane.getByText('Leads per list')).toBeVisible();
    await expect(pane.getByText(String(icp.leadsPerList), { exact: true })).toBeVisible();
    const users = pane.getByRole('list', { name: 'User IDs' });
    for (const userId of icp.userIds) await expect(users.getByText(userId, { exact: true })).toBeVisible();
    await expect(pane.getByText('Created')).toBeVisible();
    await expect(pane.getByText('Last updated')).toBeVisible();
    await screenshotBothSchemes(page, 'detail');
  });

  test('lead provider filters read as labels, chips, ranges with separators and labelled groups', async ({ page }) => {
    await app.open(page);
    await openIcp(page, 'Enterprise Tech Buyers');
    const search = detailPane(page).getByRole('article', { name: 'Search 1: Person search' });
    await expect(search).toContainText('baseProvider');
    const jobTitles = search.getByRole('list', { name: 'Job title' });
    for (const title of ['CTO', 'VP Engineering', 'IT Director']) await expect(jobTitles.getByText(title, { exact: true })).toBeVisible();
    await expect(search.getByText('Location', { exact: true })).toBeVisible();
    await expect(search.getByRole('list', { name: 'Country' })).toContainText('Germany');
    await expect(search.getByText('Company', { exact: true })).toBeVisible();
    await expect(search.getByText('Employee size', { exact: true })).toBeVisible();
    await expect(search.getByText('500 – 10,000', { exact: true })).toBeVisible();
  });

  test('legacy criteria show as a person search, marked legacy', async ({ page }) => {
    await app.open(page);
    await openIcp(page, 'Zürich Münchner Fertigung');
    const search = detailPane(page).getByRole('article', { name: 'Search 1: Legacy · person search' });
    await expect(search.getByRole('heading', { name: 'Legacy · person search' })).toBeVisible();
    await expect(search.getByText('Legacy', { exact: true })).toBeVisible();
    await expect(search.getByRole('list', { name: 'City' })).toContainText('München');

    await openIcp(page, 'Trade Show Berlin – Mixed Legacy and Company Search');
    await expect(detailPane(page).getByRole('article', { name: 'Search 1: Legacy · person search' })).toBeVisible();
    await expect(detailPane(page).getByRole('article', { name: 'Search 2: Company search' })).toContainText('51-200');
  });

  const CUSTOM_FILTERS: { icp: string; card: string; shows: string[]; isDefault?: boolean }[] = [
    { icp: 'DACH SaaS – IT-Leitung Mittelstand', card: 'Website check', shows: ['browserUse', 'German-language pricing page'] },
    { icp: 'DACH SaaS – IT-Leitung Mittelstand', card: 'Min days until reuse', shows: ['365 days'], isDefault: true },
    { icp: 'Enterprise Tech Buyers', card: 'Min days until reuse', shows: ['180 days'] },
    {
      icp: 'Nordic Logistics – Fleet & Operations',
      card: 'Web scraping',
      shows: ['firecrawl', 'Page-finding prompt', 'Find the page describing the fleet', 'Extraction prompt', 'flåde', 'ledig stilling'],
    },
    { icp: 'Nordic Logistics – Fleet & Operations', card: 'Max people per company', shows: ['1'], isDefault: true },
    { icp: 'Enterprise Tech Buyers', card: 'Max people per company', shows: ['2'] },
    { icp: 'Société Générale de Logistique – Directeurs Supply Chain', card: 'AI filter', shows: ['Person', 'warehousing or transport'] },
    { icp: 'UK Insurtech – Accounts and Product Leaders', card: 'Max percent from CRM', shows: ['50%'] },
    { icp: 'Zürich Münchner Fertigung', card: 'Max percent from CRM', shows: ['100%'], isDefault: true },
    { icp: 'Healthcare Procurement – NHS Trusts', card: 'Match field with regex', shows: ['company.name', '(NHS|Trust|Health Board)'] },
  ];

  // One test per ICP (not one for all the cards): each stays short on a busy machine.
  for (const icp of new Set(CUSTOM_FILTERS.map((filter) => filter.icp))) {
    const cards = CUSTOM_FILTERS.filter((filter) => filter.icp === icp);
    test(`every documented custom filter type has its own card, with the documented default when absent: ${icp}`, async ({ page }) => {
      await app.open(page);
      await openIcp(page, icp);
      for (const { card, shows, isDefault } of cards) {
        const article = detailPane(page).getByRole('article', { name: card, exact: true });
        await expect(article, `${icp}: ${card}`).toBeVisible();
        for (const text of shows) await expect(article, `${icp}: ${card}`).toContainText(text);
        if (isDefault) await expect(article.getByText('Default', { exact: true }), `${icp}: ${card} default`).toBeVisible();
        else await expect(article.getByText('Default', { exact: true })).toHaveCount(0);
      }
    });
  }

  test('an unknown custom filter type is shown raw with a note, never dropped', async ({ page }) => {
    await app.open(page);
    await openIcp(page, 'Intent: ERP Replacement (Beta)');
    const card = detailPane(page).getByRole('article', { name: 'Unknown filter type “intentSignal”' });
    await expect(card).toContainText("doesn't know this filter type yet");
    await expect(card).toContainText('"provider": "bombora"');
    await expect(card).toContainText('"minScore": 70');
    await expect(card).toContainText('"days": 30');
    await screenshotBothSchemes(page, 'detail-unknown-filter');
  });

  test('CRM filters: provider, text search, each condition (exclusions as NOT) and the legacy query', async ({ page }) => {
    await app.open(page);
    await openIcp(page, 'Fintech Compliance – Business Emails Only');
    const crm = detailPane(page).getByRole('article', { name: 'CRM filters' });
    await expect(crm.getByRole('heading', { name: 'Bullhorn' })).toBeVisible();
    await expect(crm).toContainText('Compliance OR MLRO');
    const excluded = crm.getByRole('listitem', { name: 'NOT status equals Placed' });
    await expect(excluded.getByText('NOT', { exact: true })).toBeVisible();
    const included = crm.getByRole('listitem', { name: 'address.countryCode in LT, MT, IE, LU' });
    await expect(included).toBeVisible();
    await expect(included.getByText('NOT', { exact: true })).toHaveCount(0);
    await expect(crm.getByRole('listitem', { name: 'customInt1 greaterThan 3' })).toContainText('greater than');
    await crm.scrollIntoViewIfNeeded();
    await screenshotBothSchemes(page, 'detail-crm');

    await openIcp(page, 'Zürich Münchner Fertigung');
    const legacy = detailPane(page).getByRole('article', { name: 'CRM filters' });
    await expect(legacy.getByText('Legacy query')).toBeVisible();
    await expect(legacy.getByText('Legacy', { exact: true })).toBeVisible();
    await expect(legacy).toContainText('occupation:(Werksleiter OR Produktionsleiter) AND status:Active');
    await expect(legacy).toContainText('No structured conditions.');

    await openIcp(page, 'Nordic Logistics – Fleet & Operations');
    await expect(detailPane(page).getByText('No CRM filters: leads come from the lead provider only.')).toBeVisible();
  });

  test('fields the reference does not name are listed, not dropped', async ({ page }) => {
    await app.open(page);
    await openIcp(page, 'Canadian Public Sector IT');
    const other = detailPane(page).getByRole('region', { name: 'Other fields' });
    await expect(other).toContainText('Owner team');
    await expect(other).toContainText('public-sector');
    await expect(other.getByRole('list', { name: 'Tags' })).toContainText('bilingual');
  });

  test('"View JSON" shows exactly the object the API sent', async ({ page, api }) => {
    const icp = (await rawList(api, api.users[0]!.token)).find((item) => item.name === 'Canadian Public Sector IT')!;
    await app.open(page);
    await openIcp(page, icp.name);
    const toggle = detailPane(page).getByRole('button', { name: 'View JSON' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('icp-json')).toHaveText(exported(icp), { useInnerText: false });
    expect(await page.getByTestId('icp-json').textContent()).toBe(exported(icp));
    await toggle.click();
    await expect(detailPane(page).getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
  });
});
