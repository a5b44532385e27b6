import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { TestApiServer } from '../support/test-api/test-api-server';
import { CANARY_TOKENS, startCanaryApi } from '../support/canary';
import { fixtureIcps } from '../support/fixture-icps';
import { startApp, test, expect, type App } from './app-fixture';
import { checkBothSchemes } from './axe';
import { detailPane, exported, listbox, openIcp, row, screenshotBothSchemes, waitForList, type RawIcp } from './ui-helpers';

/*
 * What changed since the last review, through the UI: the server's ICPs change between refreshes
 * (a dedicated server, since these tests change its data), and the list marks them New and
 * Changed, with a chip for each, a Removed group, the detail's Changes tab with each version's
 * diff and export, review marks (one, and all shown), and all of it offline after a restart.
 * Each screen is screenshotted and checked with axe in light and dark.
 */

const alice = CANARY_TOKENS.alice;
const POLISH = 'Polish Software Houses – CTOs';
const CANADA = 'Canadian Public Sector IT';
const GONE = 'Healthcare Procurement – NHS Trusts';
const ADDED = 'Nordic Fintech – Heads of Compliance';

type Edit = (icp: RawIcp) => void;

/** The fixtures with `edits` applied by name (a copy each time), GONE deleted and ADDED created. */
function serverData(original: RawIcp[], edits: Record<string, Edit>, at: Date): RawIcp[] {
  const items = original
    .filter((icp) => icp.name !== GONE)
    .map((icp) => {
      const edit = edits[icp.name];
      if (!edit) return icp;
      const copy = structuredClone(icp);
      edit(copy);
      copy.updatedAt = at.toISOString();
      return copy;
    });
  const added = { ...structuredClone(original.find((icp) => icp.name === CANADA)!), id: '0f6d8a1e-3b7c-4e2a-9c5d-7a8b9c0d1e2f', name: ADDED };
  return [...items, added];
}

const jobTitles = (icp: RawIcp) => (icp.leadProviderCriteria as { filters: { job_titles: string[] } }[])[0]!.filters;

const reviewChip = (page: Page, label: 'New' | 'Changed since review') =>
  page.getByRole('group', { name: 'Review' }).getByRole('button', { name: new RegExp(`^${label}: \\d+$`) });

test.describe('what changed since the last review', () => {
  // Serial (one server's data changes from test to test); each test also runs axe twice per screen.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  const original = fixtureIcps(new Date()) as RawIcp[];
  let server: TestApiServer;
  let app: App;
  let folder: string;
  /** The server's data after the first change: Polish (titles, leads) and Canada (leads) edited. */
  let firstChange: RawIcp[];

  test.beforeAll(async () => {
    server = await startCanaryApi({ icps: original });
    folder = mkdtempSync(join(tmpdir(), 'icp-desk-history-e2e-'));
    app = await startApp();
    // The first list ever recorded starts every ICP as reviewed: no wall of New.
    const signedIn = await app.host.core.dispatch('session:signIn', { baseUrl: server.url, token: alice });
    expect(signedIn.ok).toBe(true);
  });
  test.afterAll(async () => {
    await app.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('changes on the server between refreshes: Changed and New markers, their chips, and a Removed group', async ({ page }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await app.open(page);
    await waitForList(page);
    await expect(reviewChip(page, 'New')).toHaveAccessibleName('New: 0');
    await expect(reviewChip(page, 'Changed since review')).toHaveAccessibleName('Changed since review: 0');
    await expect(listbox(page).getByText('Changed', { exact: true })).toHaveCount(0);

    firstChange = serverData(
      original,
      {
        [POLISH]: (icp) => {
          jobTitles(icp).job_titles = ['CTO', 'Head of Engineering', 'VP Engineering'];
          icp.leadsPerList = 60;
        },
        [CANADA]: (icp) => {
          icp.leadsPerList = 15;
        },
      },
      new Date(),
    );
    server.setIcps(firstChange);
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();

    await expect(reviewChip(page, 'Changed since review')).toHaveAccessibleName('Changed since review: 2');
    await expect(reviewChip(page, 'New')).toHaveAccessibleName('New: 1');
    await expect(page.getByText('Removed: 1 ICP left the list')).toBeVisible();

    await reviewChip(page, 'Changed since review').click();
    await expect(listbox(page).getByRole('option')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: /^2 of \d+ ICPs$/ })).toBeVisible();
    await expect(row(page, POLISH).getByText('Changed', { exact: true })).toBeVisible();
    await expect(row(page, CANADA).getByText('Changed', { exact: true })).toBeVisible();
    await reviewChip(page, 'New').click();
    await expect(listbox(page).getByRole('option')).toHaveCount(3);
    await expect(row(page, ADDED).getByText('New', { exact: true })).toBeVisible();
    await expect(row(page, GONE)).toHaveCount(0);
    await screenshotBothSchemes(page, 'history-list-markers');
    await checkBothSchemes(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(reviewChip(page, 'New')).toHaveAttribute('aria-pressed', 'false');
  });

  test('the Changes tab: versions with what changed, each diffed against the previous and the reviewed version, and exported as received', async ({ page }) => {
    // A second change to the same ICP: version 3's previous (2) is not the reviewed one (1).
    const secondChange = serverData(
      original,
      {
        [POLISH]: (icp) => {
          jobTitles(icp).job_titles = ['CTO', 'Head of Engineering', 'VP Engineering'];
          icp.leadsPerList = 75;
        },
        [CANADA]: (icp) => {
          icp.leadsPerList = 15;
        },
      },
      new Date(Date.now() + 60_000),
    );
    server.setIcps(secondChange);
    await page.setViewportSize({ width: 1360, height: 900 });
    await app.open(page);
    await waitForList(page);
    await page.getByRole('button', { name: 'Refresh ICPs' }).click();
    await openIcp(page, POLISH);
    const pane = detailPane(page);
    await pane.getByRole('tab', { name: 'Changes' }).click();
    await expect(pane.getByRole('tab', { name: 'Changes' })).toHaveAttribute('aria-selected', 'true');
    const versions = pane.getByRole('list', { name: 'Versions of this ICP kept on this computer' });
    await expect(versions.getByRole('button')).toHaveCount(3);
    await expect(versions.getByRole('button').nth(0)).toContainText('Version 3');
    await expect(versions.getByRole('button').nth(0)).toContainText('Leads per list 60 → 75');
    await expect(versions.getByRole('button').nth(1)).toContainText('Job titles: +VP Engineering −Co-founder');
    await expect(versions.getByRole('button').nth(1)).toContainText('Leads per list 50 → 60');
    await expect(versions.getByRole('button').nth(2)).toContainText('First seen');
    await expect(versions.getByRole('button').nth(2)).toContainText('Reviewed');
    await screenshotBothSchemes(page, 'history-changes-tab');
    await checkBothSchemes(page);

    await versions.getByRole('button').nth(0).click();
    await expect(pane.getByRole('heading', { name: 'Version 3', level: 2 })).toBeFocused();
    const previous = pane.getByRole('table', { name: 'Changes from version 2' });
    await expect(previous.getByRole('rowheader', { name: 'Leads per list' })).toBeVisible();
    await expect(previous.getByRole('row', { name: /Leads per list/ })).toContainText('60');
    await expect(previous.getByRole('row', { name: /Leads per list/ })).toContainText('75');
    await expect(previous.getByRole('rowheader', { name: /Job titles/ })).toHaveCount(0);
    const reviewed = pane.getByRole('table', { name: 'Against the reviewed version 1' });
    await expect(reviewed.getByRole('rowheader', { name: /Job titles/ })).toBeVisible();
    await expect(reviewed.getByRole('row', { name: /Leads per list/ })).toContainText('50');
    await screenshotBothSchemes(page, 'history-version-diff');
    await checkBothSchemes(page);

    const path = join(folder, 'version-2.json');
    await pane.getByRole('button', { name: 'All versions' }).click();
    await expect(versions.getByRole('button').nth(0)).toBeFocused();
    await versions.getByRole('button').nth(1).click();
    app.host.answerNextSaveDialog(path);
    await pane.getByRole('button', { name: 'Export this version as JSON' }).click();
    await expect(page.getByText(`Exported version 2 to ${path}`)).toBeVisible();
    expect(readFileSync(path, 'utf8')).toBe(exported(firstChange.find((icp) => icp.name === POLISH)));
  });

  test('offline after a restart: the markers, the Removed group and the Changes tab come from this computer', async ({ page }) => {
    await app.close();
    app = await startApp({ dataDir: app.dataDir, keychainService: app.keychainService });
    server.setFaults([
      { on: 'list', kind: 'drop' },
      { on: 'get', kind: 'drop' },
    ]);
    try {
      await app.open(page);
      await waitForList(page);
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: /offline/i })
          .first(),
      ).toBeVisible();
      await expect(reviewChip(page, 'Changed since review')).toHaveAccessibleName('Changed since review: 2');
      await reviewChip(page, 'Changed since review').click();
      await expect(row(page, POLISH).getByText('Changed', { exact: true })).toBeVisible();
      await reviewChip(page, 'Changed since review').click();
      await expect(page.getByText('Removed: 1 ICP left the list')).toBeVisible();
      await openIcp(page, POLISH);
      await detailPane(page).getByRole('tab', { name: 'Changes' }).click();
      await expect(detailPane(page).getByRole('list', { name: 'Versions of this ICP kept on this computer' }).getByRole('button')).toHaveCount(3);
    } finally {
      server.clearFaults();
    }
  });

  test('mark as reviewed: one from its detail, then all shown after a confirmation naming how many', async ({ page }) => {
    await app.open(page);
    await waitForList(page);
    await openIcp(page, POLISH);
    const pane = detailPane(page);
    await pane.getByRole('tab', { name: 'Details' }).click();
    await pane.getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect(pane.getByRole('button', { name: 'Mark as reviewed' })).toHaveCount(0);
    await expect(row(page, POLISH).getByText('Changed', { exact: true })).toHaveCount(0);
    await expect(reviewChip(page, 'Changed since review')).toHaveAccessibleName('Changed since review: 1');

    await page.getByRole('button', { name: 'Mark all shown as reviewed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark 2 ICPs as reviewed?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Mark 2 ICPs as reviewed' })).toBeFocused();
    await screenshotBothSchemes(page, 'history-mark-all');
    await checkBothSchemes(page);
    await dialog.getByRole('button', { name: 'Mark 2 ICPs as reviewed' }).click();
    await expect(page.getByText('Marked 2 ICPs as reviewed')).toBeVisible();
    await expect(reviewChip(page, 'New')).toHaveAccessibleName('New: 0');
    await expect(reviewChip(page, 'Changed since review')).toHaveAccessibleName('Changed since review: 0');
    await expect(page.getByRole('button', { name: 'Mark all shown as reviewed' })).toHaveCount(0);
  });

  test('a removed ICP: its last copy opens read-only until it is dismissed', async ({ page }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await app.open(page);
    await waitForList(page);
    await page.getByText('Removed: 1 ICP left the list').click();
    const removed = page.getByRole('list', { name: 'Removed ICPs' });
    await removed.getByRole('button', { name: `Open the last copy of ${GONE}` }).click();
    const pane = page.getByRole('region', { name: 'Removed ICP, last copy' });
    await expect(pane.getByRole('heading', { level: 1, name: GONE })).toBeVisible();
    await expect(pane).toContainText('Removed from the list');
    await expect(pane.getByRole('heading', { name: 'Lead provider criteria' })).toBeVisible();
    await screenshotBothSchemes(page, 'history-removed');
    await checkBothSchemes(page);
    await pane.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText('Removed: 1 ICP left the list')).toHaveCount(0);
    await expect(pane).toHaveCount(0);
  });
});
