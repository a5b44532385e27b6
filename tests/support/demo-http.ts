/** Small fetch wrappers for tests that talk to the demo ICP API server. */

export const LIST_PATH = '/api/v1/entities/icps';
export const icpPath = (id: string): string => `${LIST_PATH}/${encodeURIComponent(id)}`;

export const DEMO_TOKENS = {
  alice: 'demo-token-alice',
  bob: 'demo-token-bob',
  admin: 'demo-token-admin',
} as const;

/** GET `path` on the server, with `Authorization: Bearer <token>` when a token is given. */
export function getWithToken(baseUrl: string, path: string, token?: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
  return fetch(`${baseUrl}${path}`, { ...init, headers });
}

/** Status, content type, raw text and (when it parses) JSON of one answer. */
export async function readAnswer(response: Response): Promise<{
  status: number;
  contentType: string | null;
  text: string;
  json: unknown;
}> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}
