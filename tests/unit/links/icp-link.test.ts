import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIcpLink, MAX_LINK_LENGTH, parseIcpLink } from '../../../src/shared/links/icp-link';

const ID = '550e8400-e29b-41d4-a716-446655440000';

describe('formatIcpLink', () => {
  it('writes icpdesk://icp/<id>, with the account when given', () => {
    expect(formatIcpLink(ID)).toBe(`icpdesk://icp/${ID}`);
    expect(formatIcpLink(ID, 'acc_7Hx-2')).toBe(`icpdesk://icp/${ID}?account=acc_7Hx-2`);
    expect(formatIcpLink(ID, null)).toBe(`icpdesk://icp/${ID}`);
  });

  it('refuses to write a link that could not be parsed back', () => {
    expect(() => formatIcpLink('not-an-id')).toThrow(RangeError);
    expect(() => formatIcpLink(ID, 'a b')).toThrow(RangeError);
    expect(() => formatIcpLink(ID, 'x'.repeat(65))).toThrow(RangeError);
  });

  it('round-trips through parseIcpLink', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: null }), (id, accountId) => {
        expect(parseIcpLink(formatIcpLink(id, accountId))).toEqual({ ok: true, link: { id, accountId } });
      }),
    );
  });
});

describe('parseIcpLink', () => {
  it('reads the link, with or without account, forgiving what copying adds', () => {
    expect(parseIcpLink(`icpdesk://icp/${ID}`)).toEqual({ ok: true, link: { id: ID, accountId: null } });
    expect(parseIcpLink(`icpdesk://icp/${ID}?account=acc_1`)).toEqual({ ok: true, link: { id: ID, accountId: 'acc_1' } });
    // Windows and some browsers add a trailing slash; chat adds surrounding whitespace; schemes are case-insensitive.
    expect(parseIcpLink(`  ICPDESK://ICP/${ID.toUpperCase()}/\n`)).toEqual({ ok: true, link: { id: ID.toUpperCase(), accountId: null } });
    expect(parseIcpLink(`icpdesk://icp/${ID}?`)).toEqual({ ok: true, link: { id: ID, accountId: null } });
  });

  it.each([
    [42, 'The link is not text.'],
    [null, 'The link is not text.'],
    ['', 'The link is empty.'],
    ['   ', 'The link is empty.'],
    [`icpdesk://icp/${'a'.repeat(MAX_LINK_LENGTH)}`, 'The link is too long'],
    [`https://icp/${ID}`, 'This is not an ICP Desk link'],
    [`javascript:alert(1)//icpdesk://icp/${ID}`, 'This is not an ICP Desk link'],
    [`file:///etc/passwd`, 'This is not an ICP Desk link'],
    [`icpdesk://list/${ID}`, 'does not point to an ICP'],
    [`icpdesk:icp/${ID}`, 'does not point to an ICP'],
    [`icpdesk:///icp/${ID}`, 'does not point to an ICP'],
    [`icpdesk://icp/${ID}/extra`, 'does not point to an ICP'],
    [`icpdesk://icp\\${ID}`, 'does not point to an ICP'],
    [`icpdesk://user:pw@icp/${ID}`, 'does not point to an ICP'],
    [`icpdesk://icp/`, 'the ICP id after icpdesk://icp/ is missing'],
    [`icpdesk://icp/../../etc/passwd`, 'does not point to an ICP'],
    [`icpdesk://icp/..%2F..%2Fetc`, 'is not an ICP id'],
    [`icpdesk://icp/%35%35${ID.slice(2)}`, 'is not an ICP id'],
    [`icpdesk://icp/${ID}#frag`, 'no #fragment'],
    [`icpdesk://icp/${ID}?account=a&account=b`, 'names the account twice'],
    [`icpdesk://icp/${ID}?account=`, 'is not an account id'],
    [`icpdesk://icp/${ID}?account=a%20b`, 'is not an account id'],
    [`icpdesk://icp/${ID}?account=${'x'.repeat(65)}`, 'is not an account id'],
    [`icpdesk://icp/${ID}?token=secret`, 'does not know: "token"'],
    [`icpdesk://icp/${ID}?__proto__=x`, 'does not know: "__proto__"'],
    [`icpdesk://icp/55\n0e8400-e29b-41d4-a716-446655440000`, 'line breaks or invisible characters'],
    [`icpdesk://icp/${ID}\t?account=a`, 'line breaks or invisible characters'],
    [`icpdesk://icp/${ID}\u202e`, 'line breaks or invisible characters'],
    [`icpdesk://icp/${ID}\u200b`, 'line breaks or invisible characters'],
    [`icpdesk://icp/${ID}\u0000`, 'line breaks or invisible characters'],
    [`icpdesk://icp/${ID} ?account=a`, 'line breaks or invisible characters'],
  ])('refuses %j with a reason', (input, reason) => {
    const parsed = parseIcpLink(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('quotes at most 40 characters of what it refuses', () => {
    const parsed = parseIcpLink(`icpdesk://icp/${ID}?${'q'.repeat(300)}=1`);
    expect(parsed).toEqual({ ok: false, reason: `The link has a part ICP Desk does not know: "${'q'.repeat(40)}…". Only ?account= is allowed.` });
  });

  it('never throws and accepts nothing but the one shape, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.webUrl(),
          fc.string().map((s) => `icpdesk://icp/${s}`),
        ),
        (input) => {
          const parsed = parseIcpLink(input);
          if (parsed.ok)
            expect(formatIcpLink(parsed.link.id, parsed.link.accountId)).toBe(
              input
                .trim()
                .replace(/\/(?=$|\?)/, '')
                .replace(/\?$/, '')
                .replace(/^icpdesk:\/\/icp/i, 'icpdesk://icp'),
            );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
