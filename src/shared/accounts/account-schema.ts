import * as z from 'zod';

/*
 * The accounts the user works in, as main keeps them (accounts.json) and as the renderer sees
 * them. Nothing here is secret: each account's token lives in the OS keychain under the account's
 * id, and its cache, view and history live in a folder named by that id. The id is random, so no
 * file or folder name says anything about the token.
 */

/** More would not fit a menu or Ctrl/Cmd+1..9 usefully; each holds a cache on disk. */
export const MAX_ACCOUNTS = 20;

/** 128 random bits in hex: a folder name and a keychain entry name, never derived from the token. */
export const AccountId = z.string().regex(/^[0-9a-f]{32}$/, 'That is not an account id');
export type AccountId = z.infer<typeof AccountId>;

const AccountKind = z.enum(['account', 'demo']);

const MAX_LABEL = 80;
/** What the user calls an account in the menu ("Acme production"); the host when left empty. */
export const AccountLabel = z
  .string()
  .trim()
  .max(MAX_LABEL, `The label is too long (at most ${MAX_LABEL} characters)`)
  // Control characters and bidi overrides (which could make one label read as another); emoji joiners are fine.
  .regex(/^[^\p{Cc}\u202a-\u202e\u2066-\u2069]*$/u, 'The label cannot contain control characters');

const timestamp = z.iso.datetime({ offset: true });

export const Account = z.object({
  id: AccountId,
  kind: AccountKind,
  label: z.string(),
  /** The API base URL; null for the demo workspace, whose server runs inside the app on a new port each start. */
  baseUrl: z.string().nullable(),
  createdAt: timestamp,
  /** When the ICP list last came from the API; null until it has. */
  lastSyncAt: timestamp.nullable(),
});
export type Account = z.infer<typeof Account>;

/** The menu: every account in the order added (Ctrl/Cmd+1..9 follow it), and which one is open. */
export const AccountList = z.object({
  accounts: z.array(Account).max(MAX_ACCOUNTS),
  activeId: AccountId.nullable(),
});
export type AccountList = z.infer<typeof AccountList>;
