import { describe, expect, it } from 'vitest';
import {
  containBidi,
  describeHiddenCharacters,
  findHiddenCharacters,
  hasHiddenCharacters,
  isolateText,
  revealHiddenCharacters,
  splitIsolates,
} from '../../../src/shared/unicode/hidden-characters';

const codes = (text: string) => findHiddenCharacters(text).map((hidden) => `${hidden.code} ${hidden.kind}`);

describe('findHiddenCharacters', () => {
  it('finds nothing in ordinary names, in any script', () => {
    for (const name of [
      'Enterprise Tech Buyers',
      'Zürich Fertigung & Co.',
      'مدیران فنی',
      'מנהלי טכנולוגיה',
      '日本のバイヤー',
      'CTOs – DACH (2026)',
      'Tab-free\u00a0name',
    ]) {
      expect(findHiddenCharacters(name), name).toEqual([]);
    }
  });

  it('flags every bidi control, with its position and name', () => {
    expect(findHiddenCharacters('Invoice\u202efdp.exe')).toEqual([
      { index: 7, codePoint: 0x202e, kind: 'bidi', code: 'U+202E', name: 'right-to-left override' },
    ]);
    expect(codes('\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069')).toEqual(
      ['200E', '200F', '061C', '202A', '202B', '202C', '202D', '2066', '2067', '2068', '2069'].map((code) => `U+${code} bidi`),
    );
  });

  it('flags invisible characters and controls', () => {
    expect(codes('Pay\u200bPal')).toEqual(['U+200B invisible']);
    expect(codes('\ufeffName\u00ad\u2060\u3164')).toEqual(['U+FEFF invisible', 'U+00AD invisible', 'U+2060 invisible', 'U+3164 invisible']);
    expect(codes('line\nbreak\u0007\u2028')).toEqual(['U+000A control', 'U+0007 control', 'U+2028 invisible']);
    expect(codes('tag\u{e0041}\u{e0042}')).toEqual(['U+E0041 invisible', 'U+E0042 invisible']);
    expect(findHiddenCharacters('x\u{e0041}')[0]).toMatchObject({ index: 1, name: 'tag character' });
  });

  it('flags a joiner between Latin letters, where it only hides, but not where a script or an emoji needs it', () => {
    expect(codes('pay\u200dpal')).toEqual(['U+200D invisible']);
    expect(codes('می\u200cخواهم')).toEqual([]);
    expect(codes('क्\u200dष')).toEqual([]);
    expect(codes('Team 👩\u200d💻 and 👨🏽\u200d🚀')).toEqual([]);
    expect(codes('❤\ufe0f Fans, 齋\u{e0100}')).toEqual([]);
    expect(codes('🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f} Scotland')).toEqual([]);
    expect(codes(' \ufe0f')).toEqual(['U+FE0F invisible']);
  });
});

describe('revealing and describing', () => {
  it('writes each hidden character out where it is', () => {
    expect(revealHiddenCharacters('Invoice\u202efdp.exe')).toBe('Invoice⟦U+202E⟧fdp.exe');
    expect(revealHiddenCharacters('a\u{e0041}b\u200b')).toBe('a⟦U+E0041⟧b⟦U+200B⟧');
    expect(revealHiddenCharacters('Plain')).toBe('Plain');
  });

  it('says how many there are and which, each kind once', () => {
    expect(describeHiddenCharacters('a\u202eb\u200bc\u202e')).toBe('3 hidden characters: U+202E right-to-left override, U+200B zero width space');
    expect(describeHiddenCharacters('a\u200bb')).toBe('1 hidden character: U+200B zero width space');
    expect(describeHiddenCharacters('plain')).toBeNull();
    expect(hasHiddenCharacters('plain')).toBe(false);
    expect(hasHiddenCharacters('a\u2067b')).toBe(true);
  });
});

describe('containing bidi controls', () => {
  it('leaves text without them as it is', () => {
    expect(containBidi('Enterprise מנהלי')).toBe('Enterprise מנהלי');
  });

  it('closes what a name leaves open, innermost first', () => {
    expect(containBidi('a\u202eb')).toBe('a\u202eb\u202c');
    expect(containBidi('a\u2067b\u202dc')).toBe('a\u2067b\u202dc\u202c\u2069');
  });

  it('drops closers that would end something outside the name', () => {
    expect(containBidi('a\u2069\u202eevil')).toBe('a\u202eevil\u202c');
    expect(containBidi('\u202cx')).toBe('x');
    // A PDF cannot close an embedding opened outside the isolate it is in.
    expect(containBidi('\u202b\u2066x\u202cy\u2069z\u202c')).toBe('\u202b\u2066xy\u2069z\u202c');
  });

  it('keeps balanced controls as they are, and a PDI closes the embeddings inside its isolate', () => {
    expect(containBidi('\u2067abc\u2069 \u202bdef\u202c')).toBe('\u2067abc\u2069 \u202bdef\u202c');
    expect(containBidi('\u2068a\u202eb\u2069c')).toBe('\u2068a\u202eb\u2069c');
  });

  it('isolates text for a sentence between FSI and PDI', () => {
    expect(isolateText('Invoice\u202efdp')).toBe('\u2068Invoice\u202efdp\u202c\u2069');
  });
});

describe('splitIsolates', () => {
  it('cuts a sentence at the values isolateText marked, leaving the marks out', () => {
    expect(splitIsolates(`Exported 2 ICPs to ${isolateText('/home/ana/ملفات')} today`)).toEqual([
      { text: 'Exported 2 ICPs to ', isolated: false },
      { text: '/home/ana/ملفات', isolated: true },
      { text: ' today', isolated: false },
    ]);
    expect(splitIsolates('No values here')).toEqual([{ text: 'No values here', isolated: false }]);
  });

  it('keeps isolates inside a value within it', () => {
    expect(splitIsolates(`A ${isolateText('x\u2067y\u2069z\u202e')}`)).toEqual([
      { text: 'A ', isolated: false },
      { text: 'x\u2067y\u2069z\u202e\u202c', isolated: true },
    ]);
  });
});
