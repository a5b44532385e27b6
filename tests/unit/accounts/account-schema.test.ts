import { describe, expect, it } from 'vitest';
import { AccountId, AccountLabel } from '../../../src/shared/accounts/account-schema';
import { ApiToken } from '../../../src/shared/ipc-contract';

const problem = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? null : result.error!.issues[0]!.message);

describe('what an account is made of, as the IPC contract checks it', () => {
  it('takes a token of printable ASCII, trimming what was pasted around it', () => {
    expect(ApiToken.parse('  sk_live-AbC.123~/+=  ')).toBe('sk_live-AbC.123~/+=');
    expect(ApiToken.parse('demo-token-alice\r\n')).toBe('demo-token-alice');
  });

  it.each([
    ['a line break inside', 'demo-token\nalice'],
    ['a space inside', 'demo token'],
    ['a tab inside', 'demo\ttoken'],
    ['a letter outside ASCII', 'tökén'],
    ['a zero-width space', 'demo\u200btoken'],
    ['a NUL', 'demo\u0000token'],
  ])('refuses a token with %s, saying why', (_what, token) => {
    expect(problem(ApiToken.safeParse(token))).toBe('The token can only hold printable ASCII characters, without spaces or line breaks');
  });

  it('asks for a token when there is none', () => {
    expect(problem(ApiToken.safeParse('   '))).toBe('Enter your API token');
  });

  it('takes a label with emoji and accents, and refuses control characters and bidi overrides', () => {
    expect(AccountLabel.parse(' 👩‍💻 Équipe Zürich ')).toBe('👩‍💻 Équipe Zürich');
    expect(AccountLabel.parse('')).toBe('');
    expect(problem(AccountLabel.safeParse('Acme\nprod'))).toBe('The label cannot contain control characters');
    expect(problem(AccountLabel.safeParse('Acme \u202eprod'))).toBe('The label cannot contain control characters');
    expect(problem(AccountLabel.safeParse('x'.repeat(81)))).toBe('The label is too long (at most 80 characters)');
  });

  it('takes only 32 lower-case hex characters as an account id, so no id can name another folder', () => {
    expect(AccountId.safeParse('0123456789abcdef0123456789abcdef').success).toBe(true);
    for (const id of ['../../etc', '0123456789ABCDEF0123456789ABCDEF', '0123456789abcdef0123456789abcde', `${'a'.repeat(32)}/..`]) {
      expect(AccountId.safeParse(id).success, id).toBe(false);
    }
  });
});
