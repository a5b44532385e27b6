import { IcpId } from '../icp-schema';

/*
 * Links that open an ICP in ICP Desk: icpdesk://icp/<id>, with ?account=<accountId> when the
 * user has several accounts (the account's id, never its URL or token). A link arrives from
 * anywhere (a chat message, a browser, another program's argv), so parsing is strict and total:
 * one exact shape, everything else refused with a reason a person can act on. The WHATWG URL
 * parser is not used for the check because it forgives too much (it drops tabs and line breaks
 * anywhere, decodes percent escapes, accepts backslashes for slashes).
 */

export const ICP_LINK_SCHEME = 'icpdesk';
/** Longer input is refused before it is looked at: a real link is about 90 characters. */
export const MAX_LINK_LENGTH = 512;
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const LINK = /^icpdesk:\/\/icp\/([^/?#]*)\/?(?:\?([^#]*))?$/i;

interface IcpLink {
  /** As written in the link; GUIDs compare case-insensitively, so match with toLowerCase(). */
  id: string;
  /** null: the link names no account, so it means the one signed in. */
  accountId: string | null;
}

export type IcpLinkParse = { ok: true; link: IcpLink } | { ok: false; reason: string };

/** `icpdesk://icp/<id>`, or with `?account=<accountId>` when given. Throws on an invalid id (a programming error). */
export function formatIcpLink(id: string, accountId?: string | null): string {
  if (!IcpId.safeParse(id).success) throw new RangeError(`not an ICP id: ${JSON.stringify(id)}`);
  if (accountId !== undefined && accountId !== null && !ACCOUNT_ID.test(accountId)) throw new RangeError(`not an account id: ${JSON.stringify(accountId)}`);
  const base = `${ICP_LINK_SCHEME}://icp/${id}`;
  return accountId ? `${base}?account=${accountId}` : base;
}

export function parseIcpLink(input: unknown): IcpLinkParse {
  if (typeof input !== 'string') return refuse('The link is not text.');
  if (input.length > MAX_LINK_LENGTH) return refuse(`The link is too long (${input.length} characters; an ICP Desk link has about 90).`);
  // Surrounding whitespace is what copying from a chat adds; inside, it is never part of a link.
  const text = input.trim();
  if (text === '') return refuse('The link is empty.');
  if (/[\s\p{Cc}\p{Cf}]/u.test(text)) return refuse('The link contains spaces, line breaks or invisible characters; copy it again.');
  if (!/^icpdesk:/i.test(text)) return refuse(`This is not an ICP Desk link: it must start with ${ICP_LINK_SCHEME}://icp/.`);
  const match = LINK.exec(text);
  if (match === null) {
    if (/#/.test(text)) return refuse('ICP Desk links have no #fragment.');
    return refuse(`This ICP Desk link does not point to an ICP: it must look like ${ICP_LINK_SCHEME}://icp/<ICP id>.`);
  }
  const [, rawId = '', query] = match;
  if (rawId === '') return refuse('The link names no ICP: the ICP id after icpdesk://icp/ is missing.');
  if (!IcpId.safeParse(rawId).success) return refuse(`"${shorten(rawId)}" is not an ICP id (expected 8-4-4-4-12 hexadecimal digits).`);
  const account = query === undefined ? { ok: true as const, accountId: null } : parseQuery(query);
  if (!account.ok) return account;
  return { ok: true, link: { id: rawId, accountId: account.accountId } };
}

function parseQuery(query: string): { ok: true; accountId: string | null } | { ok: false; reason: string } {
  if (query === '') return { ok: true, accountId: null };
  let accountId: string | null = null;
  for (const part of query.split('&')) {
    const at = part.indexOf('=');
    const name = at === -1 ? part : part.slice(0, at);
    const value = at === -1 ? '' : part.slice(at + 1);
    if (name !== 'account') return refuse(`The link has a part ICP Desk does not know: "${shorten(name)}". Only ?account= is allowed.`);
    if (accountId !== null) return refuse('The link names the account twice.');
    if (!ACCOUNT_ID.test(value)) return refuse(`"${shorten(value)}" is not an account id (letters, digits, - and _ only, at most 64).`);
    accountId = value;
  }
  return { ok: true, accountId };
}

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** User text quoted in a reason is cut short: a reason is a sentence, not a copy of the input. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
