import type { CopyFormat, SaveFormat } from '../../../shared/export/export-contract';
import { call, onEvent } from '../bridge';
import { formatNumber } from '../../../shared/format/numbers';
import { isolateText } from '../../../shared/unicode/hidden-characters';
import { patchState, useAppStore } from './app-store';
import { noteFailure } from './error-routing';
import { showToast } from './toast-actions';

/*
 * Exports go through main, which makes every format from what it holds (memory or the offline
 * cache, so they work offline too) and writes files atomically. Several ICPs are exported in list
 * order. One export runs at a time; main's progress events fill `exporting.progress`.
 */

const icps = (n: number) => `${formatNumber(n)} ${n === 1 ? 'ICP' : 'ICPs'}`;

const SAVED_AS: Record<SaveFormat, string> = { json: 'JSON', csv: 'CSV', report: 'a report' };
const COPIED_AS: Record<CopyFormat, string> = { json: 'JSON', markdown: 'Markdown', link: 'a link' };

async function running<T>(label: string, work: () => Promise<T>): Promise<T | null> {
  if (useAppStore.getState().exporting.running !== null) {
    showToast('info', 'An export is still being made', 'Wait for it to finish, then try again.');
    return null;
  }
  patchState('exporting', { running: label, progress: null });
  try {
    return await work();
  } finally {
    patchState('exporting', { running: null, progress: null });
  }
}

/** Save as a file: the save dialog first, then main writes it. */
export async function exportIcps(ids: string[], format: SaveFormat = 'json'): Promise<void> {
  if (ids.length === 0) return;
  const result = await running(`Exporting ${icps(ids.length)} as ${SAVED_AS[format]}`, () => call('export:save', { ids, format }));
  if (result === null) return;
  if (!result.ok) {
    noteFailure(result.error);
    showToast('error', `Could not export ${icps(ids.length)}`, result.error.message);
    return;
  }
  if (result.data.saved) showToast('success', `Exported ${icps(result.data.count)} to ${isolateText(result.data.path)}`);
}

/** Copy to the clipboard, as JSON, Markdown or icpdesk:// links. */
export async function copyIcps(ids: string[], format: CopyFormat = 'json'): Promise<void> {
  if (ids.length === 0) return;
  const what = format === 'link' ? (ids.length === 1 ? 'the link' : `${formatNumber(ids.length)} links`) : icps(ids.length);
  const result = await running(`Copying ${what}`, () => call('export:copy', { ids, format }));
  if (result === null) return;
  if (!result.ok) {
    noteFailure(result.error);
    showToast('error', `Could not copy ${what}`, result.error.message);
    return;
  }
  const { count } = result.data;
  if (format === 'link') showToast('success', count === 1 ? 'Copied the link to this ICP' : `Copied ${formatNumber(count)} links`);
  else showToast('success', `Copied ${icps(count)} as ${COPIED_AS[format]}`);
}

/** Follows main's export progress for as long as the app runs. */
export function followExportProgress(): () => void {
  return onEvent('export:progress', (progress) => {
    if (useAppStore.getState().exporting.running !== null) patchState('exporting', { progress });
  });
}
