import { createHash } from 'node:crypto';
import { contentKey } from '../../shared/history/version-equality';
import type { Icp } from '../../shared/icp-schema';

/*
 * Two fingerprints per ICP let a refresh of 10,000 unchanged ICPs finish without reading any
 * version: the copy exactly as received (same bytes: nothing to compare), and its content (key
 * order and updatedAt left out: equal means at most "touched"). 128 bits of SHA-256 each; only
 * when both differ is the newest version read and compared field by field.
 */

const fingerprint = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

export const rawHash = (icp: Icp): string => fingerprint(JSON.stringify(icp));
export const contentHash = (icp: Icp): string => fingerprint(contentKey(icp));
