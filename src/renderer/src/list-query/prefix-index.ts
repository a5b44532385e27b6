import { isWordCharacter } from '../../../shared/search/normalize-text';

/*
 * Which rows have a word starting with a given two characters ("ct", "ge"): one bitset per pair
 * over the list's rows (by PreparedRow.index). With it a search term stops being a scan of every
 * row's text: a two-character term is answered by the bitset alone, and a longer one only reads
 * the rows the bitset allows. User ids are left out, as in the word-start mask.
 *
 * It is built in slices (`step`) while the app is idle, so it never delays showing the list; a
 * search before it is ready simply scans.
 */

export interface PrefixIndex {
  /** Rows with a word starting with the term's first two characters, or null if the index cannot tell. */
  rowsFor(term: string): Uint32Array | null;
  /** Rows whose user ids contain the term. An account has few distinct user-id sets, so this is cheap. */
  rowsWithUserIds(term: string): Uint32Array;
}

export interface IndexRow {
  readonly index: number;
  readonly search: { readonly text: string; readonly userIdsAt: number };
}

const EMPTY = new Uint32Array(0);

export const hasRow = (bits: Uint32Array, index: number): boolean => ((bits[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;

/** A bitset of rows (by PreparedRow.index) out of a list `size` rows long. */
export function rowSet(rows: readonly { readonly index: number }[], size: number): Uint32Array {
  const bits = new Uint32Array(Math.ceil(size / 32));
  for (const row of rows) bits[row.index >>> 5]! |= 1 << (row.index & 31);
  return bits;
}

export function createPrefixIndexBuilder(rows: readonly IndexRow[]) {
  const words = Math.ceil(rows.length / 32);
  // Pairs of ASCII characters (nearly all of them) in a flat table; the rest in a map.
  const asciiPairs: (Uint32Array | undefined)[] = new Array(128 * 128);
  const otherPairs = new Map<number, Uint32Array>();
  const userIdSets = new Map<string, number[]>();
  let next = 0;

  const bitsFor = (first: number, second: number, create: boolean): Uint32Array | undefined => {
    if (first < 128 && second < 128) {
      const slot = first * 128 + second;
      if (create) asciiPairs[slot] ??= new Uint32Array(words);
      return asciiPairs[slot];
    }
    const key = first * 0x10000 + second;
    let bits = otherPairs.get(key);
    if (!bits && create) {
      bits = new Uint32Array(words);
      otherPairs.set(key, bits);
    }
    return bits;
  };

  const index: PrefixIndex = {
    rowsFor(term) {
      if (term.length < 2 || !isWordCharacter(term.charCodeAt(0))) return null;
      return bitsFor(term.charCodeAt(0), term.charCodeAt(1), false) ?? EMPTY;
    },
    rowsWithUserIds(term) {
      const bits = new Uint32Array(words);
      for (const [userIds, rowIndexes] of userIdSets) {
        if (!userIds.includes(term)) continue;
        for (const i of rowIndexes) bits[i >>> 5]! |= 1 << (i & 31);
      }
      return bits;
    },
  };

  return {
    /** Indexes rows until `deadline` (a performance.now() time); true once every row is in. */
    step(deadline: number): boolean {
      while (next < rows.length) {
        const row = rows[next]!;
        const { text, userIdsAt } = row.search;
        const end = userIdsAt === -1 ? text.length : userIdsAt;
        if (userIdsAt !== -1) {
          const userIds = text.slice(userIdsAt + 1);
          const same = userIdSets.get(userIds);
          if (same) same.push(next);
          else userIdSets.set(userIds, [next]);
        }
        const word = next >>> 5;
        const bit = 1 << (next & 31);
        let inWord = false;
        for (let i = 0; i < end - 1; i += 1) {
          const code = text.charCodeAt(i);
          // The ASCII test inline: this loop reads every character of every row.
          const isWord =
            code < 0x80 ? (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) : isWordCharacter(code);
          if (isWord && !inWord) bitsFor(code, text.charCodeAt(i + 1), true)![word]! |= bit;
          inWord = isWord;
        }
        next += 1;
        if ((next & 255) === 0 && performance.now() >= deadline) break;
      }
      return next >= rows.length;
    },
    /** The index, once complete. */
    get ready(): PrefixIndex | null {
      return next >= rows.length ? index : null;
    },
  };
}
