import { call } from '../bridge';
import { formatNumber } from '../../../shared/format/numbers';
import { isolateText } from '../../../shared/unicode/hidden-characters';
import { noteFailure } from './error-routing';
import { showToast } from './toast-actions';

/*
 * Exports go through main, which writes exactly what the API sent (from memory or the offline
 * cache, so they work offline too). Several ICPs are exported in list order.
 */

const icps = (n: number) => `${formatNumber(n)} ${n === 1 ? 'ICP' : 'ICPs'}`;

export async function exportIcps(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const result = await call('export:save', { ids });
  if (!result.ok) {
    noteFailure(result.error);
    showToast('error', `Could not export ${icps(ids.length)}`, result.error.message);
    return;
  }
  if (result.data.saved) showToast('success', `Exported ${icps(result.data.count)} to ${isolateText(result.data.path)}`);
}

export async function copyIcps(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const result = await call('export:copy', { ids });
  if (!result.ok) {
    noteFailure(result.error);
    showToast('error', `Could not copy ${icps(ids.length)}`, result.error.message);
    return;
  }
  showToast('success', `Copied ${icps(result.data.count)} as JSON`);
}
