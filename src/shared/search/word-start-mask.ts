import { isWordCharacter, USER_IDS_MARKER } from './normalize-text';

/*
 * A 28-bit summary of which characters start a word in a search text's fields (user ids
 * excluded): bits 0-25 for a-z, 26 for any digit, 27 for any other letter. A row whose mask lacks
 * a term's first character cannot match that term, which rules out most rows for the first
 * keystrokes without reading their text; for a one-letter term the mask is the whole answer.
 */

const DIGIT_BIT = 1 << 26;
const OTHER_BIT = 1 << 27;

/** The bit for a word that starts with this character (0 when it cannot start a word). */
export function wordStartBit(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 1 << (code - 0x61);
  if (code >= 0x30 && code <= 0x39) return DIGIT_BIT;
  if (code >= 0x41 && code <= 0x5a) return 1 << (code - 0x41);
  return code >= 0x80 && isWordCharacter(code) ? OTHER_BIT : 0;
}

export function wordStartMask(searchText: string): number {
  const marker = searchText.lastIndexOf(USER_IDS_MARKER);
  const end = marker === -1 ? searchText.length : marker;
  let mask = 0;
  let inWord = false;
  for (let i = 0; i < end; i += 1) {
    const code = searchText.charCodeAt(i);
    const word = isWordCharacter(code);
    if (word && !inWord) mask |= wordStartBit(code);
    inWord = word;
  }
  return mask;
}

/** Whether the mask alone decides a term: a single letter a-z. */
export const maskDecides = (term: string): boolean => term.length === 1 && term >= 'a' && term <= 'z';
