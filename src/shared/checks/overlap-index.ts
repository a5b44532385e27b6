import { expiryOf } from '../format/expiry';
import type { Icp } from '../icp-schema';
import { CandidateIndex } from './candidate-index';
import { icpSignature } from './criterion-signature';
import { Interner, profileOf, profilesOverlap, sameProfile, type CriterionProfile } from './criterion-profile';

/*
 * Which ICPs compete for the same people. Two ICPs overlap when both are active (not expired)
 * and a criterion of one and a criterion of the other have the same search type and provider
 * and, on every filter dimension both constrain, share something: a value (case and accents
 * ignored, excluded values taken out) or a stretch of a range or size bucket. A dimension only
 * one constrains does not separate them, nor does one they constrain in forms that cannot be
 * compared (a list against a range). Criteria that constrain nothing readable are left out:
 * they have their own finding, and pairing them with every ICP would bury the real overlaps.
 * Duplicates are overlapping ICPs whose lead provider criteria are identical (criterion-signature).
 *
 * Candidates come from an inverted index (candidate-index.ts), not from all pairs. The result
 * is kept as flat numbers; objects are made only for the pairs or ICPs asked about.
 */

interface OverlapPartner {
  /** The other ICP's id. */
  id: string;
  duplicate: boolean;
  /** The first overlapping criteria found: [index in this ICP, index in the other]. */
  criteria: [number, number];
}

export interface OverlapPair {
  a: string;
  b: string;
  duplicate: boolean;
  /** [criterion index in a, criterion index in b]. */
  criteria: [number, number];
}

export interface Overlaps {
  readonly pairCount: number;
  readonly duplicateCount: number;
  /** Every pair, a before b in the order the ICPs were given. */
  pairs(): OverlapPair[];
  /** The same without making an object per pair (a large workspace has millions). */
  eachPair(visit: (a: string, b: string, duplicate: boolean) => void): void;
  partnersOf(id: string): OverlapPartner[];
  /** How many ICPs this one overlaps (duplicates included). */
  countOf(id: string): number;
}

/** Per pair in the flat result: ICP a, ICP b, criterion in a, criterion in b, duplicate (0/1). */
const FIELDS = 5;

export function findOverlaps(icps: readonly Icp[], options: { now: Date }): Overlaps {
  const interner = new Interner();
  const criteria: CriterionProfile[] = [];
  icps.forEach((icp, icpIndex) => {
    if (expiryOf(icp.activeUntil, options.now).state === 'expired') return;
    icp.leadProviderCriteria.forEach((criterion, index) => {
      const profile = profileOf(criterion, icpIndex, index, interner);
      if (profile !== null) criteria.push(profile);
    });
  });

  // Criteria are in ICP order: the criteria of later ICPs start right after this ICP's last.
  const firstLater = new Int32Array(criteria.length);
  for (let at = criteria.length - 1, next = criteria.length; at >= 0; at--) {
    firstLater[at] = next;
    if (at > 0 && criteria[at - 1]!.icp !== criteria[at]!.icp) next = at;
  }

  const index = new CandidateIndex(criteria);
  const flat = new PairStore();
  const pairedWith = new Int32Array(icps.length).fill(-1);
  const seen = new Int32Array(criteria.length).fill(-1);
  const isDuplicate = duplicateTest(icps);
  for (let aIndex = 0; aIndex < criteria.length; aIndex++) {
    const a = criteria[aIndex]!;
    const { buffer, length } = index.candidates(aIndex, firstLater[aIndex]!);
    for (let k = 0; k < length; k++) {
      const bIndex = buffer[k]!;
      const b = criteria[bIndex]!;
      if (seen[bIndex] === aIndex || pairedWith[b.icp] === a.icp) continue;
      seen[bIndex] = aIndex;
      if (!profilesOverlap(a, b)) continue;
      pairedWith[b.icp] = a.icp;
      flat.push(a.icp, b.icp, a.index, b.index, isDuplicate(a, b) ? 1 : 0);
    }
  }
  return overlapsFrom(icps, flat.done());
}

/** Pairs as 32-bit integers: a large workspace has millions, which as JS numbers took twice the memory. */
class PairStore {
  private data = new Int32Array(FIELDS * 1024);
  private length = 0;

  push(a: number, b: number, criterionA: number, criterionB: number, duplicate: number): void {
    if (this.length + FIELDS > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const data = this.data;
    data[this.length] = a;
    data[this.length + 1] = b;
    data[this.length + 2] = criterionA;
    data[this.length + 3] = criterionB;
    data[this.length + 4] = duplicate;
    this.length += FIELDS;
  }

  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Whole-ICP signatures only where a cheap test cannot already tell the two apart. */
function duplicateTest(icps: readonly Icp[]): (a: CriterionProfile, b: CriterionProfile) => boolean {
  const signatures = new Map<number, string>();
  const signatureOf = (at: number) => {
    let signature = signatures.get(at);
    if (signature === undefined) {
      signature = icpSignature(icps[at]!);
      signatures.set(at, signature);
    }
    return signature;
  };
  return (a, b) => {
    const count = icps[a.icp]!.leadProviderCriteria.length;
    if (count !== icps[b.icp]!.leadProviderCriteria.length) return false;
    if (count === 1 && !sameProfile(a, b)) return false;
    return signatureOf(a.icp) === signatureOf(b.icp);
  };
}

function overlapsFrom(icps: readonly Icp[], flat: Int32Array): Overlaps {
  const pairCount = flat.length / FIELDS;
  let duplicateCount = 0;
  // Each ICP's pairs as one slice of a shared array (offsets), not an array per ICP.
  const offsets = new Int32Array(icps.length + 1);
  for (let at = 0; at < flat.length; at += FIELDS) {
    offsets[flat[at]! + 1]! += 1;
    offsets[flat[at + 1]! + 1]! += 1;
    duplicateCount += flat[at + 4]!;
  }
  for (let i = 0; i < icps.length; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, icps.length);
  const pairsOfIcp = new Int32Array(pairCount * 2);
  for (let pair = 0; pair < pairCount; pair++) {
    pairsOfIcp[fill[flat[pair * FIELDS]!]!++] = pair;
    pairsOfIcp[fill[flat[pair * FIELDS + 1]!]!++] = pair;
  }
  const positions = new Map<string, number>();
  icps.forEach((icp, i) => positions.set(icp.id, i));

  return {
    pairCount,
    duplicateCount,
    pairs() {
      const out: OverlapPair[] = [];
      for (let at = 0; at < flat.length; at += FIELDS) {
        out.push({ a: icps[flat[at]!]!.id, b: icps[flat[at + 1]!]!.id, duplicate: flat[at + 4] === 1, criteria: [flat[at + 2]!, flat[at + 3]!] });
      }
      return out;
    },
    eachPair(visit) {
      for (let at = 0; at < flat.length; at += FIELDS) visit(icps[flat[at]!]!.id, icps[flat[at + 1]!]!.id, flat[at + 4] === 1);
    },
    partnersOf(id) {
      const self = positions.get(id);
      if (self === undefined) return [];
      const out: OverlapPartner[] = [];
      for (let k = offsets[self]!; k < offsets[self + 1]!; k++) {
        const at = pairsOfIcp[k]! * FIELDS;
        const first = flat[at] === self;
        out.push({
          id: icps[flat[first ? at + 1 : at]!]!.id,
          duplicate: flat[at + 4] === 1,
          criteria: first ? [flat[at + 2]!, flat[at + 3]!] : [flat[at + 3]!, flat[at + 2]!],
        });
      }
      return out;
    },
    countOf(id) {
      const self = positions.get(id);
      return self === undefined ? 0 : offsets[self + 1]! - offsets[self]!;
    },
  };
}
