import type { Locator, Page } from '@playwright/test';
import { startApp, test, expect, type App } from './app-fixture';
import { checkBothSchemes } from './axe';
import {
  detailPane,
  expectedExpiry,
  inListOrder,
  listbox,
  openIcp,
  resetView,
  row,
  screenshotBothSchemes,
  shownNames,
  waitForList,
  type RawIcp,
} from './ui-helpers';
import { startTestApiServer, type TestApiServer } from '../support/test-api/test-api-server';
import { fixtureIcps } from '../support/fixture-icps';
import { RULE_IDS, type RuleId } from '../../src/shared/checks/finding';
import type { AccountList } from '../../src/shared/accounts/account-schema';

/*
 * Review intelligence through the real UI, on the review drafts (tests/fixtures/review-icps, served
 * by this spec's own server): every rule's message in the Checks section of the ICP it concerns,
 * the row badges and chips, the Review view (rules that filter the list, overlapping pairs that
 * open Compare) and the coverage map, whose counts this test works out from the raw ICPs itself.
 */

const now = new Date();
const raw = fixtureIcps(now, 'review-icps') as RawIcp[];
const byName = (name: string) => raw.find((icp) => icp.name === name)!;
/** What the API lists to alice (the spec signs in as her): the ICPs that name her. */
const listedRaw = raw.filter((icp) => icp.userIds.includes('user_abc123'));

const DACH = 'DACH Engineering Leaders – Mid-Market';
const COPY = 'DACH Engineering Leaders – Mid-Market (copy)';
const GERMAN = 'German IT Decision Makers';
const DRAFT = 'Draft: Growth Leaders France (filters half done)';
const LIMITS = 'Enterprise Software Accounts – Limits to Fix';
const IBERIA = 'Iberia CIOs – Conflicting Lists';
const NORDIC = 'Nordic Retail Buyers (unassigned)';
const CLAY = 'Partner Sourcing via Clay (pilot)';

/*
 * Each rule's message as the reviewer must read it, on the ICP that has it. "No users" shows only
 * to an admin who opens that ICP by a link: the API lists an ICP only to the users it names, so
 * a listed ICP always has one (NORDIC, which has none, must not be listed), and an admin may get
 * any ICP by its id (api-docs/get-icp.md). Every other rule shows on an ICP of alice's list.
 */
const ON_SCREEN = RULE_IDS.filter((rule) => rule !== 'no-users');
const EXPECTED: Record<RuleId, [icp: string, message: string]> = {
  'no-criteria': ['', ''],
  'no-users': [NORDIC, 'No users have access: only an admin can open this ICP.'],
  'empty-filters': [DRAFT, 'Search 2 has empty filters: it does not say whom to look for.'],
  'empty-filter-value': [DRAFT, 'City in search 1 is empty: it limits nothing.'],
  'regex-invalid': [DRAFT, 'The regex for “title” does not compile (Unterminated group).'],
  'regex-backtracking': [
    DRAFT,
    'The regex for “email” is open to catastrophic backtracking: a value with a long run of “a” can take exponentially long to check.',
  ],
  'prompt-empty': [DRAFT, 'AI filter: the prompt is empty.'],
  'search-strings-conflict': [DRAFT, 'Web scraping: “careers” is both an include and an exclude search string.'],
  'max-people-below-one': [LIMITS, 'Max people per company is 0: it must be at least 1.'],
  'max-percent-out-of-range': [LIMITS, 'Max percent from CRM is 150%: it must be between 0% and 100%.'],
  'min-days-negative': [LIMITS, 'Min days until reuse is -7 days: it cannot be negative.'],
  'leads-per-list-below-one': [LIMITS, 'Leads per list is 0: it must be at least 1.'],
  'range-inverted': [LIMITS, 'Employee size in search 1 runs from 10,000 down to 500: its minimum is above its maximum, so it selects nothing.'],
  'crm-percent-without-crm': [LIMITS, 'Max percent from CRM is set (150%), but this ICP has no CRM filters: there are no CRM leads to limit.'],
  'custom-filter-repeated': [LIMITS, 'Max people per company is set 2 times (0 and 3): which one applies is unclear.'],
  'include-exclude-conflict': [IBERIA, '“CTO” is both included and excluded in Job title (search 1).'],
  'value-repeated': [IBERIA, 'Country in search 1 lists “spain” more than once (ignoring case and accents).'],
  expired: [CLAY, `${expectedExpiry(byName(CLAY).activeUntil, now).label}: this ICP is no longer active.`],
  expiring: [DRAFT, `${expectedExpiry(byName(DRAFT).activeUntil, now).label}: extend it, or let it end on purpose.`],
  'unknown-provider': [CLAY, 'Search 1 uses the provider “clayProvider”, which ICP Desk does not know: its filters are not checked.'],
  'unknown-search-type': [CLAY, 'Search 2 has the search type “account”, which ICP Desk does not know: its filters are not checked.'],
  'unknown-custom-filter': [CLAY, 'ICP Desk does not know the custom filter type “intentSignal” and cannot check it.'],
  'unreadable-filter': [IBERIA, 'ICP Desk cannot read this filter’s shape and did not check it.'],
  overlap: [GERMAN, `Competes with “${DACH}” for the same people (Job title: cto · Country: germany · Employee size: 500 – 1,000).`],
  duplicate: [DACH, `Duplicate of “${COPY}”: the same lead provider criteria, so both find the same leads.`],
};
// An ICP with no criteria at all is in the edge-case fixtures every other spec reads.
const NO_CRITERIA: [string, string] = ['', 'This ICP has no lead provider criteria: there is nothing to search for.'];

const findings = (page: Page): Locator => detailPane(page).getByRole('list', { name: 'Findings' }).getByRole('listitem');
const review = (page: Page): Locator => page.getByRole('region', { name: 'Review' });

/** The accent- and case-blind key the reviewer means by "the same country". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

test.describe('review intelligence', () => {
  let server: TestApiServer;
  let app: App;
  let edgeIcp: RawIcp;

  test.beforeAll(async () => {
    const edge = (fixtureIcps(now) as RawIcp[]).find((icp) => (icp.leadProviderCriteria as unknown[]).length === 0);
    expect(edge, 'the edge-case fixtures hold an ICP without criteria').toBeDefined();
    edgeIcp = edge!;
    NO_CRITERIA[0] = edge!.name;
    server = await startTestApiServer({ now, icps: [...raw, edge] });
    app = await startApp();
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: server.users[0]!.token });
    expect(signedIn.ok).toBe(true);
  });
  test.afterAll(async () => {
    await app.close();
    await server.close();
  });
  test.beforeEach(async ({ page }) => {
    await resetView(app);
    await app.open(page);
    await waitForList(page);
  });

  test('every rule’s message shows in the Checks section of the ICP it concerns', async ({ page }) => {
    const wanted = new Map<string, string[]>();
    for (const rule of ON_SCREEN) {
      const [icp, message] = rule === 'no-criteria' ? NO_CRITERIA : EXPECTED[rule];
      wanted.set(icp, [...(wanted.get(icp) ?? []), message]);
    }
    for (const [icp, messages] of wanted) {
      await openIcp(page, icp);
      await expect(findings(page).first()).toBeVisible();
      const shown = await findings(page).locator('.finding-message').allTextContents();
      for (const message of messages) expect(shown, icp).toContain(message);
    }
  });

  test('Checks section: problems first, a finding jumps to its field, an overlap opens the other ICP and Compare', async ({ page }) => {
    await openIcp(page, DRAFT);
    const section = detailPane(page).getByRole('region', { name: 'Checks' });
    await expect(findings(page).first()).toHaveAttribute('data-rule', 'empty-filters');
    await screenshotBothSchemes(page, 'checks-section');
    await checkBothSchemes(page);

    // Keyboard: Tab reaches the finding, Enter jumps to Search 2's card and marks it.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await section.getByRole('button', { name: /Search 2 has empty filters/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Search 2: Company search');
    await expect(page.locator(':focus')).toHaveClass(/check-target/);

    await openIcp(page, GERMAN);
    const overlap = findings(page).filter({ hasText: `Competes with “${DACH}”` });
    await overlap.getByRole('button', { name: 'Open the other ICP' }).click();
    await expect(detailPane(page).getByRole('heading', { level: 1, name: DACH, exact: true })).toBeVisible();
    await findings(page)
      .filter({ hasText: `Duplicate of “${COPY}”` })
      .getByRole('button', { name: 'Compare both' })
      .click();
    await expect(page.getByRole('region', { name: 'Compare ICPs' }).getByRole('heading', { level: 1 })).toHaveText('Comparing 2 ICPs');
  });

  test('row badges count problems, warnings and overlaps; the chips filter by them', async ({ page }) => {
    await expect(row(page, NORDIC)).toHaveCount(0);
    // Rows are options, whose children are presentational: the badge's words are part of the row's name.
    await expect(row(page, LIMITS).locator('.check-badge')).toHaveText('7');
    await expect(row(page, LIMITS)).toHaveAccessibleName(/Checks: 5 problems, 2 warnings/);
    await expect(row(page, DACH)).toHaveAccessibleName(/Checks: 2 overlapping ICPs/);
    // Notes alone (expired, unknown provider) are nothing to fix: no badge.
    await expect(row(page, CLAY).locator('.check-badge')).toHaveCount(0);

    const filters = page.getByRole('toolbar', { name: 'Filters' });
    await filters.getByRole('button', { name: 'Has problems' }).click();
    await expect.poll(() => shownNames(page)).toEqual(inListOrder([DRAFT, LIMITS, IBERIA].map(byName).concat(edgeIcp)).map((icp) => icp.name));
    await filters.getByRole('button', { name: 'Has problems' }).click();
    await filters.getByRole('button', { name: 'Overlaps' }).click();
    await expect.poll(() => shownNames(page)).toEqual(listed([DACH, COPY, GERMAN]));
  });

  test('Review: rules with counts that filter the list, the overlapping pairs, one click to Compare', async ({ page }) => {
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect(review(page).getByRole('heading', { level: 1 })).toHaveText('Review');
    const rules = review(page).getByRole('list', { name: 'Rules' }).getByRole('listitem');
    await expect(rules).toHaveCount(ON_SCREEN.length);
    await expect(review(page).getByText('3 pairs of active ICPs compete for the same people, 1 of them a duplicate.')).toBeVisible();
    await screenshotBothSchemes(page, 'review-view');
    await checkBothSchemes(page);

    await rules.filter({ hasText: 'Value repeated in a list' }).getByRole('button', { name: '2 ICPs' }).click();
    await expect.poll(() => shownNames(page)).toEqual(listed([DRAFT, IBERIA]));
    // The focus shows as a chip; pressing it shows every ICP again.
    const focusChip = page.getByRole('toolbar', { name: 'Filters' }).getByRole('button', { name: /Review: Value repeated in a list/ });
    await focusChip.click();
    await expect(listbox(page).getByRole('option')).toHaveCount(listedRaw.length + 1);

    const pairs = review(page).getByRole('list', { name: 'Overlapping pairs' }).getByRole('listitem');
    await expect(pairs).toHaveCount(3);
    const pair = pairs.filter({ hasText: 'Duplicate' });
    await expect(pair).toContainText('Job title: CTO, VP Engineering · Country: Germany, Austria, Switzerland · Employee size: 500 – 10,000');
    await pair.getByRole('button', { name: /^Compare/ }).click();
    await expect(page.getByRole('region', { name: 'Compare ICPs' }).getByRole('heading', { level: 1 })).toHaveText('Comparing 2 ICPs');

    // R opens Review again from the keyboard, Esc closes it.
    await page.keyboard.press('Escape');
    await listbox(page).focus();
    await page.keyboard.press('r');
    await expect(review(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(review(page)).toHaveCount(0);
  });

  test('an ICP given to nobody, opened by an admin from a link, shows “No users” and its other checks', async ({ page }) => {
    const admin = server.users.find((user) => user.admin)!;
    const before = await app.host.core.dispatch('accounts:list', {});
    expect(before.ok).toBe(true);
    const aliceAccount = before.ok ? (before.data as AccountList).activeId! : '';
    const added = await app.host.core.dispatch('accounts:add', { baseUrl: server.url, token: admin.token, label: 'Admin' });
    expect(added.ok, added.ok ? '' : added.error.message).toBe(true);
    try {
      // The admin's list saved first: the ICP is then checked beside a list, not before there is one.
      const adminList = await app.host.core.dispatch('icps:list', { source: 'network' });
      expect(adminList.ok).toBe(true);
      await page.goto('about:blank');
      await page.goto(`${app.host.url}&link=${encodeURIComponent(`icpdesk://icp/${byName(NORDIC).id}`)}`);
      await expect(detailPane(page).getByRole('heading', { level: 1, name: NORDIC, exact: true })).toBeVisible({ timeout: 15_000 });
      // Its own rules are checked; overlaps, which only the list can tell, are said not to be.
      await expect
        .poll(() => findings(page).locator('.finding-message').allTextContents(), { timeout: 15_000 })
        .toEqual(
          expect.arrayContaining([
            EXPECTED['no-users'][1],
            'Max percent from CRM is set (20%), but this ICP has no CRM filters: there are no CRM leads to limit.',
          ]),
        );
      const section = detailPane(page).getByRole('region', { name: 'Checks' });
      await expect(section.getByText('This ICP is not in your list as last loaded, so it was not compared with other ICPs for overlaps.')).toBeVisible();
      await expect(row(page, NORDIC)).toHaveCount(0);
      await screenshotBothSchemes(page, 'checks-section-unlisted');
    } finally {
      const back = await app.host.core.dispatch('accounts:switch', { id: aliceAccount });
      expect(back.ok).toBe(true);
    }
  });

  test('coverage map: each country with the active ICPs that cover it, counted here from the raw ICPs', async ({ page }) => {
    const active = listedRaw.filter((icp) => icp.activeUntil === null || new Date(icp.activeUntil).getTime() > now.getTime());
    const expected = new Map<string, { value: string; icps: Set<string> }>();
    for (const icp of active) {
      for (const criterion of icp.leadProviderCriteria as { filters: { location?: { country?: string[] } } }[]) {
        for (const value of criterion.filters.location?.country ?? []) {
          const entry = expected.get(fold(value)) ?? { value, icps: new Set<string>() };
          entry.icps.add(icp.id);
          expected.set(fold(value), entry);
        }
      }
    }
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await review(page).getByLabel('Dimension').selectOption('country');
    const table = review(page).getByRole('table', { name: 'Coverage by country' });
    await expect(table.getByRole('row')).toHaveCount(expected.size + 1);
    const shown = new Map<string, number>();
    for (const line of await table.locator('tbody tr').all()) {
      shown.set(fold((await line.getByRole('rowheader').textContent()) ?? ''), Number(await line.getByRole('cell').textContent()));
    }
    expect(shown).toEqual(new Map([...expected].map(([key, entry]) => [key, entry.icps.size])));

    // Sorted by count, most first, then by value; a count filters the list to those ICPs.
    const counts = async () => (await table.locator('tbody td').allTextContents()).map(Number);
    await expect.poll(counts).toEqual([...shown.values()].sort((a, b) => b - a));
    await table.getByRole('button', { name: /^Active ICPs/ }).click();
    await expect.poll(counts).toEqual([...shown.values()].sort((a, b) => a - b));
    await screenshotBothSchemes(page, 'coverage-map');
    await checkBothSchemes(page);

    const germany = expected.get('germany')!;
    await table
      .getByRole('row', { name: /^Germany/ })
      .getByRole('button')
      .click();
    await expect.poll(() => shownNames(page)).toEqual(listed(active.filter((icp) => germany.icps.has(icp.id)).map((icp) => icp.name)));
  });
});

/** These names in the list's default order (by name). */
const listed = (names: readonly string[]): string[] => inListOrder(names.map(byName)).map((icp) => icp.name);
