import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { DemoServer } from '../../src/main/demo/demo-api-server';
import { expect } from './app-fixture';

/*
 * What several specs do through the UI, and the raw API bodies they compare against. Raw bodies
 * are fetched from the demo server with the user's own token, so expectations come from the data
 * the app was actually sent, never from hard-coded copies.
 */

export const LIST_PATH = '/api/v1/entities/icps';

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

export async function rawList(api: DemoServer, token: string): Promise<RawIcp[]> {
  const response = await fetch(api.url + LIST_PATH, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as RawIcp[];
}

export async function rawIcp(api: DemoServer, token: string, id: string): Promise<RawIcp> {
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
  const search = page.getByRole('searchbox', { name: 'Search ICPs' });
  await search.fill(name);
  await row(page, name).click();
  await search.fill('');
  await expect(detailPane(page).getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/** Waits until the list shows rows. */
export async function waitForList(page: Page): Promise<void> {
  await expect(listbox(page).getByRole('option').first()).toBeVisible();
}

const SCREENSHOTS = join(__dirname, '../artifacts/screenshots');

/** Keeps a screenshot of the current view in light and dark, as a test artifact. */
export async function screenshotBothSchemes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: no half-finished color transitions or fade-ins in the picture.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
}
