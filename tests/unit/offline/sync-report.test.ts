import { describe, expect, it } from 'vitest';
import { describeSyncOutcome, describeSyncStop, type SyncFailure } from '../../../src/shared/offline/sync-report';
import { refusedStatusOf } from '../../../src/shared/offline/refused-details';
import { appError } from '../../../src/shared/api-error';

const failure = (name: string, kind: SyncFailure['kind'], extra: Partial<SyncFailure> = {}): SyncFailure => ({
  id: `id-${name}`,
  name,
  kind,
  listed: true,
  ...extra,
});
const outcome = (total: number, failures: SyncFailure[], cancelled = false) => ({ done: total, total, failed: failures.length, cancelled, failures });
/** The words between Unicode isolates (names are isolated for display), for reading in a test. */
const plain = (text: string | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

describe('what "Make available offline" says when it ends', () => {
  it('says all are available when nothing failed', () => {
    expect(describeSyncOutcome(outcome(5, []))).toEqual({ tone: 'success', message: '5 ICPs available offline' });
    expect(describeSyncOutcome(outcome(1, []))).toEqual({ tone: 'success', message: '1 ICP available offline' });
  });

  it('names the refused (403) and missing (404) ICPs, counts them available (the list carried them) and never offers a retry that cannot help', () => {
    const report = describeSyncOutcome(outcome(5, [failure('Nordics', 'forbidden', { status: 403 }), failure('Benelux', 'notFound', { status: 404 })]));
    expect(report.message).toBe('5 ICPs available offline');
    expect(plain(report.detail)).toBe(
      'The server refused the details of “Nordics” (403). The details of “Benelux” were not found (404). ' +
        'They stay in your list with the copy the list carried; trying again will not change this.',
    );
    expect(report.detail).not.toMatch(/Try again/);
  });

  it('says which ICPs a retry may update (network, 5xx) and why, apart from the permanent ones', () => {
    const report = describeSyncOutcome(
      outcome(9, [failure('A', 'server', { status: 503 }), failure('B', 'network'), failure('C', 'forbidden', { status: 403 }), failure('D', 'storage')]),
    );
    expect(plain(report.detail)).toBe(
      'The server refused the details of “C” (403). It stays in your list with the copy the list carried; trying again will not change this. ' +
        'Could not update “A”, “B” and “D”: the server had a problem (HTTP 503); the connection failed; saving on this computer failed. ' +
        'Try again to update them; until then they open with the copy the list carried.',
    );
  });

  it('names three ICPs and counts the rest', () => {
    const report = describeSyncOutcome(
      outcome(
        10,
        ['A', 'B', 'C', 'D', 'E'].map((name) => failure(name, 'server', { status: 500 })),
      ),
    );
    expect(plain(report.detail)).toMatch(/^Could not update “A”, “B”, “C” and 2 more:/);
  });

  it('says which ICPs the refreshed list no longer has, and does not count them', () => {
    const report = describeSyncOutcome(outcome(5, [failure('Gone', 'notFound', { status: 404, listed: false })]));
    expect(report.message).toBe('4 ICPs available offline');
    expect(plain(report.detail)).toBe('“Gone” is no longer in your list.');
  });

  it('isolates names so a right-to-left override in one cannot reorder the sentence', () => {
    const report = describeSyncOutcome(outcome(2, [failure('evil\u202Egnp.exe', 'forbidden', { status: 403 })]));
    expect(report.detail).toMatch(/“\u2068evil\u202Egnp\.exe\u202C?\u2069” \(403\)/);
  });

  it('reports a cancelled sync by what was saved', () => {
    expect(describeSyncOutcome({ done: 3, total: 8, failed: 1, cancelled: true, failures: [failure('A', 'server')] }).message).toBe(
      'Stopped – 2 of 8 ICPs saved for offline use',
    );
  });

  it('after a lost connection, says the list copies still open', () => {
    const stop = describeSyncStop(appError('network', 'The connection was lost.'));
    expect(stop.detail).toMatch(/still opens offline with the copy the list carried/);
    expect(describeSyncStop(appError('server', 'Boom.')).detail).toBe('Boom.');
  });

  it('tells 403 and 404 apart from every other failure', () => {
    expect(refusedStatusOf({ kind: 'forbidden' })).toBe(403);
    expect(refusedStatusOf({ kind: 'notFound' })).toBe(404);
    expect(refusedStatusOf({ kind: 'server' })).toBeNull();
    expect(refusedStatusOf({ kind: 'network' })).toBeNull();
  });
});
