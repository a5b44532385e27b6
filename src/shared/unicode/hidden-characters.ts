/*
 * Characters in a name or description that the reader cannot see but that change what is shown:
 * bidirectional controls (U+202E makes "Invoice‮fdp.exe" read as "Invoiceexe.pdf") and invisible
 * ones (a zero width space makes two names that look alike different). Everything that shows an
 * ICP's text uses this module: the list, the detail, Compare, and the exports and reports.
 *
 * Flagged: every bidi control, every Default_Ignorable code point and every C0/C1 control, except
 * where a script or emoji needs them to look right (a joiner inside an emoji sequence or between
 * letters of a script that joins, a variation selector after the character it modifies, the tag
 * characters of a subdivision flag).
 */

type HiddenCharacterKind = 'bidi' | 'invisible' | 'control';

export interface HiddenCharacter {
  /** UTF-16 offset in the text. */
  index: number;
  codePoint: number;
  kind: HiddenCharacterKind;
  /** "U+202E". */
  code: string;
  /** "right-to-left override". */
  name: string;
}

const BIDI_NAMES: Record<number, string> = {
  0x061c: 'Arabic letter mark',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

const INVISIBLE_NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x115f: 'Hangul filler',
  0x1160: 'Hangul filler',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x3164: 'Hangul filler',
  0xfeff: 'zero width no-break space',
  0xffa0: 'Hangul filler',
};

const CANDIDATES = /[\p{Default_Ignorable_Code_Point}\p{Cc}\u2028\u2029]/gu;
const ANY_CANDIDATE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\u2028\u2029]/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const JOINING_LETTER = /[\p{L}\p{M}]/u;
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}]/u;
const isVariationSelector = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x180b && cp <= 0x180d) || cp === 0x180f || (cp >= 0xe0100 && cp <= 0xe01ef);
const isTag = (cp: number) => cp >= 0xe0020 && cp <= 0xe007f;
const WAVING_BLACK_FLAG = 0x1f3f4;

const codeOf = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function charBefore(text: string, index: number): string {
  if (index === 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

function charAfter(text: string, index: number, length: number): string {
  const cp = text.codePointAt(index + length);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** A variation selector or a skin-tone modifier (a regex class would pair them as one modified emoji). */
function isSelectorOrSkinTone(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

/** Is this joiner, selector or tag doing the job a script or an emoji needs it for? */
function isExpected(text: string, index: number, cp: number, length: number): boolean {
  const before = charBefore(text, index);
  const after = charAfter(text, index, length);
  if (cp === 0x200d) {
    // Emoji sequences (👩‍💻), possibly after a variation selector or skin tone.
    if (PICTOGRAPH.test(after) && (PICTOGRAPH.test(before) || isSelectorOrSkinTone(before))) return true;
  }
  if (cp === 0x200c || cp === 0x200d) {
    // Persian, Arabic and Indic scripts use joiners between letters; Latin never needs them.
    return JOINING_LETTER.test(before) && JOINING_LETTER.test(after) && !LATIN_OR_COMMON.test(before) && !LATIN_OR_COMMON.test(after);
  }
  if (isVariationSelector(cp)) return before !== '' && !/\s/u.test(before) && !ANY_CANDIDATE.test(before);
  if (isTag(cp) || cp === 0xe007f) {
    // 🏴 + tag letters + cancel tag: a subdivision flag (Scotland, Wales).
    for (let i = index; i > 0;) {
      const previous = charBefore(text, i);
      const code = previous.codePointAt(0)!;
      if (code === WAVING_BLACK_FLAG) return true;
      if (!isTag(code)) return false;
      i -= previous.length;
    }
  }
  return false;
}

/** The hidden characters of `text`, in order; empty for ordinary text (the usual case, checked first). */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
  if (!ANY_CANDIDATE.test(text)) return [];
  const found: HiddenCharacter[] = [];
  for (const match of text.matchAll(CANDIDATES)) {
    const cp = match[0].codePointAt(0)!;
    const index = match.index;
    if (isExpected(text, index, cp, match[0].length)) continue;
    const kind: HiddenCharacterKind = BIDI.test(match[0]) ? 'bidi' : /\p{Cc}/u.test(match[0]) ? 'control' : 'invisible';
    const name =
      BIDI_NAMES[cp] ??
      INVISIBLE_NAMES[cp] ??
      (kind === 'control'
        ? 'control character'
        : isVariationSelector(cp)
          ? 'variation selector'
          : isTag(cp)
            ? 'tag character'
            : 'invisible formatting character');
    found.push({ index, codePoint: cp, kind, code: codeOf(cp), name });
  }
  return found;
}

export const hasHiddenCharacters = (text: string): boolean => findHiddenCharacters(text).length > 0;

/** `text` with each hidden character written out where it is: "Invoice⟦U+202E⟧fdp.exe". */
export function revealHiddenCharacters(text: string): string {
  let out = '';
  let from = 0;
  for (const hidden of findHiddenCharacters(text)) {
    out += `${text.slice(from, hidden.index)}⟦${hidden.code}⟧`;
    from = hidden.index + (hidden.codePoint > 0xffff ? 2 : 1);
  }
  return out + text.slice(from);
}

/** "2 hidden characters: U+202E right-to-left override, U+200B zero width space"; null when none. */
export function describeHiddenCharacters(text: string): string | null {
  const found = findHiddenCharacters(text);
  if (found.length === 0) return null;
  const kinds = new Map<string, HiddenCharacter>();
  for (const hidden of found) kinds.set(hidden.code, hidden);
  const list = [...kinds.values()].map((hidden) => `${hidden.code} ${hidden.name}`).join(', ');
  return `${found.length} hidden ${found.length === 1 ? 'character' : 'characters'}: ${list}`;
}

const OPENERS_EMBEDDING = new Set([0x202a, 0x202b, 0x202d, 0x202e]);
const OPENERS_ISOLATE = new Set([0x2066, 0x2067, 0x2068]);
const PDF = 0x202c;
const PDI = 0x2069;

/**
 * `text` with its bidi controls balanced, so that shown inside an isolate (a <bdi>, or between
 * FSI and PDI) nothing in it can reach the text around it: a stray closer (PDF, PDI) that would
 * end the surrounding isolate is dropped, and whatever it leaves open is closed at its end.
 * Display only: the data (and every export) keeps the text as the API sent it.
 */
export function containBidi(text: string): string {
  if (!BIDI.test(text)) return text;
  let out = '';
  // What is open, innermost last: an embedding/override (closed by PDF) or an isolate (closed by PDI).
  const open: ('embedding' | 'isolate')[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (OPENERS_EMBEDDING.has(cp)) open.push('embedding');
    else if (OPENERS_ISOLATE.has(cp)) open.push('isolate');
    else if (cp === PDF) {
      // A PDF only closes an embedding opened after the innermost open isolate.
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (cp === PDI) {
      const isolate = open.lastIndexOf('isolate');
      if (isolate < 0) continue;
      // A PDI also closes the embeddings opened inside its isolate.
      open.length = isolate;
    }
    out += char;
  }
  for (let i = open.length - 1; i >= 0; i--) out += open[i] === 'isolate' ? '\u2069' : '\u202c';
  return out;
}

/**
 * For text that ends up inside a sentence (a toast, a tooltip, an accessible name): the value
 * between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, balanced, so a right-to-left or
 * overriding name cannot reorder the words around it.
 */
export function isolateText(text: string): string {
  return `\u2068${containBidi(text)}\u2069`;
}

export interface TextPart {
  text: string;
  /** Was put between FSI and PDI by isolateText (which are left out of `text`). */
  isolated: boolean;
}

/**
 * A sentence cut at the values isolateText marked in it, so a view can show each value in an
 * element of its own (a <bdi>) instead of leaving invisible controls in text a user may copy.
 */
export function splitIsolates(text: string): TextPart[] {
  if (!text.includes('\u2068')) return [{ text, isolated: false }];
  const parts: TextPart[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2068 || code === 0x2066 || code === 0x2067) {
      if (depth === 0 && code === 0x2068) {
        if (i > start) parts.push({ text: text.slice(start, i), isolated: false });
        start = i + 1;
      }
      depth += 1;
    } else if (code === 0x2069 && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        parts.push({ text: text.slice(start, i), isolated: true });
        start = i + 1;
      }
    }
  }
  if (start < text.length) parts.push({ text: text.slice(start), isolated: depth > 0 });
  return parts;
}
