import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { TestApiServer } from '../support/test-api/test-api-server';
import type { ListView } from '../../src/shared/ipc-contract';
import { LIST_PATH } from '../support/demo-http';
import { DEFAULT_LIST_VIEW } from '../../src/renderer/src/list-query/list-query';
import { expect, type App } from './app-fixture';
import { allowFor } from './work-budget';

/*
 * What several specs do through the UI, and the raw API bodies they compare against. Raw bodies
 * are fetched from the demo server with the user's own token, so expectations come from the data
 * the app was actually sent, never from hard-coded copies.
 */

export interface RawIcp {
  id: string;
  name: string;
  description: string | null;
  activeUntil: string | null;
  updatedAt: string;
  leadsPerList: number;
  userIds: string[];
  [key: string]: unknown;
}

export async function rawList(api: TestApiServer, token: string): Promise<RawIcp[]> {
  const response = await fetch(api.url + LIST_PATH, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as RawIcp[];
}

export async function rawIcp(api: TestApiServer, token: string, id: string): Promise<RawIcp> {
  const response = await fetch(`${api.url}${LIST_PATH}/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as RawIcp;
}

/** The export format: what the API sent, re-serialized with 2-space indentation. */
export const exported = (value: unknown) => JSON.stringify(value, null, 2);

export const listbox = (page: Page): Locator => page.getByRole('listbox', { name: 'ICPs' });

/** The list row of the ICP with exactly this name (a row's accessible name is all of its text). */
export const row = (page: Page, name: string): Locator =>
  listbox(page)
    .getByRole('option')
    .filter({ has: page.getByText(name, { exact: true }) });

export const detailPane = (page: Page): Locator => page.getByRole('region', { name: 'ICP details' });

/** Opens an ICP wherever it is in the (virtualized) list: search for it, click it, clear the search. */
export async function openIcp(page: Page, name: string): Promise<void> {
  allowFor('openIcp');
  const search = page.getByRole('searchbox', { name: 'Search ICPs' });
  await search.fill(name);
  await row(page, name).click();
  await search.fill('');
  await expect(detailPane(page).getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/** The renderer's next IPC request on `channel` (e.g. 'icps:list'), to await its reply with `.response()`. */
export const nextIpcRequest = (page: Page, channel: string) =>
  page.waitForRequest((request) => new URL(request.url()).pathname === `/__host/ipc/${encodeURIComponent(channel)}`);

/** Two animation frames: a reply the page has received has been applied and painted by then. */
export const afterPaint = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Waits until the list shows rows: a page load, the bundle's start and the first list reply, which
 * take well over the usual 7 s on a busy 2-core machine.
 */
export async function waitForList(page: Page): Promise<void> {
  await expect(listbox(page).getByRole('option').first()).toBeVisible({ timeout: 30_000 });
}

export const SCREENSHOTS = join(__dirname, '../artifacts/screenshots');

/** Keeps a screenshot of the current view in light and dark, as a test artifact. */
export async function screenshotBothSchemes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  allowFor('screenshot', 2);
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: no half-finished color transitions or fade-ins in the picture.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
}

// ---- Review tools (search, sort, filters, compare) ----------------------------------------------

export const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Search ICPs' });
export const filterBar = (page: Page): Locator => page.getByRole('toolbar', { name: 'Filters' });
export const sortSelect = (page: Page): Locator => page.getByRole('combobox', { name: 'Sort by' });
export const listCount = (page: Page): Locator => page.getByRole('region', { name: 'ICP list' }).getByRole('status').first();

/** The names of the rows the list shows, top to bottom (every row, when the window fits them all). */
export const shownNames = (page: Page): Promise<string[]> => listbox(page).locator('.icp-row-name').allTextContents();

/** A window tall enough for the virtualized list to render `rows` rows at once. */
export async function fitRows(page: Page, rows: number): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 420 + rows * 80 });
}

/*
 * Expectations for search and sort, computed from the API's bodies without the app's own code:
 * every term must start a word of some string the ICP holds (accents and case ignored), or be
 * 5+ characters inside a user id.
 */

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');

function stringsOf(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

function searchableStrings(icp: RawIcp): string[] {
  const out: string[] = [icp.name, icp.description ?? ''];
  for (const criterion of (icp['leadProviderCriteria'] as { provider: string; filters: unknown }[]) ?? []) {
    out.push(criterion.provider);
    stringsOf(criterion.filters, out);
  }
  stringsOf(icp['customFilterCriteria'], out);
  stringsOf(icp['crmFilters'], out);
  return out.map(fold);
}

export function matchesSearch(icp: RawIcp, query: string): boolean {
  const strings = searchableStrings(icp);
  const userIds = icp.userIds.map(fold);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => {
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const atWordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, 'u');
      return strings.some((text) => atWordStart.test(text)) || (term.length >= 5 && userIds.some((id) => id.includes(term)));
    });
}

export type SortName = 'Name' | 'Last updated' | 'Expiry (soonest)' | 'Leads per list';

const byName = (a: RawIcp, b: RawIcp) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id);
const time = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));

/** The order the list must show for each sort, from the data. */
export function sortedAs(icps: readonly RawIcp[], sort: SortName): RawIcp[] {
  const compare: Record<SortName, (a: RawIcp, b: RawIcp) => number> = {
    Name: byName,
    'Last updated': (a, b) => time(b.updatedAt) - time(a.updatedAt) || byName(a, b),
    'Expiry (soonest)': (a, b) => (time(a.activeUntil) === time(b.activeUntil) ? byName(a, b) : time(a.activeUntil) < time(b.activeUntil) ? -1 : 1),
    'Leads per list': (a, b) => b.leadsPerList - a.leadsPerList || byName(a, b),
  };
  return [...icps].sort(compare[sort]);
}

/** Saves the default list view in main's settings, as if the user had never searched or filtered. */
export async function resetView(app: App, view: ListView = DEFAULT_LIST_VIEW): Promise<void> {
  const saved = await app.host.core.dispatch('view:save', { view });
  expect(saved.ok).toBe(true);
}

/** The order the list shows ICPs in by default (sorted by name), for specs that walk the list. */
export const inListOrder = (icps: readonly RawIcp[]): RawIcp[] => sortedAs(icps, 'Name');

/*
 * The expiry state and badge the list must show, worked out here from the rules a reviewer reads
 * (calendar days in the browser's zone, E2E_TIME_ZONE; the instant itself counts as expired;
 * 30 days or fewer is "expiring"), not with the app's own expiryOf.
 */

export type ExpiryState = 'noExpiry' | 'active' | 'expiring' | 'expired';

/** Days since 1970 of the local calendar date (this process runs in E2E_TIME_ZONE). */
const calendarDay = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;

export function expectedExpiry(activeUntil: string | null, now: Date): { state: ExpiryState; label: string } {
  if (activeUntil === null) return { state: 'noExpiry', label: 'No expiry' };
  const until = new Date(activeUntil);
  if (until.getTime() <= now.getTime()) {
    const ago = calendarDay(now) - calendarDay(until);
    return { state: 'expired', label: ago === 0 ? 'Expired today' : ago === 1 ? 'Expired yesterday' : `Expired ${ago} days ago` };
  }
  const left = calendarDay(until) - calendarDay(now);
  if (left > 30) return { state: 'active', label: 'Active' };
  return { state: 'expiring', label: left === 0 ? 'Expires today' : left === 1 ? 'Expires tomorrow' : `Expires in ${left} days` };
}
