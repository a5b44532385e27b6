import { extname, normalize, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Maps an app:// (or web host) path to a file inside the built renderer folder, or null. Paths
 * that escape the folder (`..`, encoded slashes, absolute paths) resolve to null.
 */
export function resolveAppFile(rendererRoot: string, urlPath: string): { path: string; contentType: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const root = resolve(rendererRoot);
  const path = resolve(root, '.' + normalize('/' + wanted));
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..')) return null;
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  return contentType ? { path, contentType } : null;
}
