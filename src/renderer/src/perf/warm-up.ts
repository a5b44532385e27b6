import { formatNumber } from '../../../shared/format/numbers';
import { exactTime, relativeTime } from '../../../shared/format/relative-time';

/**
 * Builds the formatters every list row uses while the renderer waits for main's first list:
 * creating an Intl formatter costs milliseconds, using one microseconds, so the first paint of
 * the list should not be the one to pay for them.
 */
export function warmUpFormatters(now = new Date()): void {
  const year = now.getFullYear();
  // January and July: one formatter per UTC offset, so both sides of daylight saving time.
  for (const month of [0, 6]) exactTime(new Date(year, month, 1).toISOString());
  relativeTime(now.toISOString(), now);
  formatNumber(1000);
}
