import { hash } from 'node:crypto';
import { contentKey } from '../../shared/history/version-equality';
import type { Icp } from '../../shared/icp-schema';

/*
 * Two fingerprints per ICP let a refresh of 10,000 unchanged ICPs finish without reading any
 * version: the copy exactly as received (same bytes: nothing to compare), and its content (key
 * order and updatedAt left out: equal means at most "touched"). 128 bits of SHA-256 each; only
 * when both differ is the newest version read and compared field by field.
 */

// One-shot hash(): at 10,000 small strings, a Hash object per string costs as much as the hashing.
const fingerprint = (text: string) => hash('sha256', text, 'base64url').slice(0, 22);

export const rawHash = (icp: Icp): string => fingerprint(JSON.stringify(icp));
export const contentHash = (icp: Icp): string => fingerprint(contentKey(icp));
