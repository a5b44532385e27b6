/**
 * Links in the renderer open in the OS browser, and only if they are plain web links. Anything
 * else (file:, javascript:, custom schemes, credentials in the URL) is refused, because the OS
 * would otherwise hand it to whatever program claims that scheme.
 */
export function isSafeExternalUrl(input: string): boolean {
  if (input.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname !== '';
}
