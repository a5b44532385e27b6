import { randomBytes } from 'node:crypto';
import type { Account } from '../../shared/accounts/account-schema';
import { baseUrlText } from '../api/base-url';

/** 128 random bits: names the account's folder and keychain entry, and says nothing of its token. */
const newAccountId = (): string => randomBytes(16).toString('hex');

/** An account of an API (checked by checkBaseUrl), labelled with its host unless the user named it. */
export function apiAccount(url: URL, label: string | undefined, now: Date): Account {
  return { id: newAccountId(), kind: 'account', label: label || url.host, baseUrl: baseUrlText(url), createdAt: now.toISOString(), lastSyncAt: null };
}

export const DEMO_LABEL = 'Demo workspace';

/** The demo workspace: its server runs inside the app, on a new port each start, so it has no base URL. */
export function demoAccount(now: Date): Account {
  return { id: newAccountId(), kind: 'demo', label: DEMO_LABEL, baseUrl: null, createdAt: now.toISOString(), lastSyncAt: null };
}
