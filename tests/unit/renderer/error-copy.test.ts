import { describe, expect, it } from 'vitest';
import { AppErrorKind, type AppError } from '../../../src/shared/api-error';
import { errorCopy, errorDetails } from '../../../src/renderer/src/features/errors/error-copy';

const error = (kind: AppError['kind'], extra: Partial<AppError> = {}): AppError => ({ kind, message: `main says ${kind}`, ...extra });

describe('errorCopy', () => {
  it('has a title, a body and a tone for every error kind in every place', () => {
    for (const kind of AppErrorKind.options) {
      for (const place of ['list', 'detail', 'signIn'] as const) {
        const copy = errorCopy(error(kind), place);
        expect(copy.title.length, `${kind} in ${place}`).toBeGreaterThan(3);
        expect(copy.body.length).toBeGreaterThan(3);
      }
    }
  });

  it('uses the words the product promises', () => {
    expect(errorCopy(error('unauthorized'), 'list').title).toBe('Session expired or token revoked');
    expect(errorCopy(error('unauthorized'), 'signIn').title).toBe("That token wasn't accepted");
    expect(errorCopy(error('forbidden'), 'detail').title).toBe("You don't have access to this ICP");
    expect(errorCopy(error('notFound'), 'detail').title).toBe('This ICP no longer exists');
    expect(errorCopy(error('network'), 'list').title).toBe("You're offline");
    expect(errorCopy(error('network'), 'signIn').title).toBe("Can't reach the server");
  });

  it('offers a retry only where trying again can help', () => {
    expect(errorCopy(error('server'), 'detail').retry).toBe(true);
    expect(errorCopy(error('network'), 'list').retry).toBe(true);
    expect(errorCopy(error('invalidResponse'), 'detail').retry).toBe(true);
    expect(errorCopy(error('forbidden'), 'detail').retry).toBe(false);
    expect(errorCopy(error('notFound'), 'detail').retry).toBe(false);
    expect(errorCopy(error('unauthorized'), 'list').retry).toBe(false);
  });
});

describe('errorDetails', () => {
  it('lists status, API code and message and the field, without repeating what the message quotes', () => {
    expect(errorDetails(error('server', { status: 500, apiCode: 'INTERNAL_ERROR', apiMessage: 'An unexpected server error occurred' }))).toBe(
      'HTTP 500 · INTERNAL_ERROR · “An unexpected server error occurred”',
    );
    expect(errorDetails({ kind: 'server', status: 500, apiCode: 'INTERNAL_ERROR', message: 'HTTP 500 (INTERNAL_ERROR: x)' })).toBe('HTTP 500');
    expect(errorDetails(error('invalidResponse', { field: 'activeUntil' }))).toBe('field activeUntil');
    expect(errorDetails(error('network'))).toBeNull();
  });
});
