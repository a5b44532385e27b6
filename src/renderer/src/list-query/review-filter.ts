import type { ListView } from '../../../shared/ipc-contract';
import type { PreparedRow } from './list-query';

/** The history's marks as the list reads them: lower-cased ids. */
export interface ReviewMarks {
  readonly newIds: ReadonlySet<string>;
  readonly changedIds: ReadonlySet<string>;
}

export type ReviewMark = 'new' | 'changed';

export function reviewMarkOf(marks: ReviewMarks, id: string): ReviewMark | null {
  const key = id.toLowerCase();
  return marks.newIds.has(key) ? 'new' : marks.changedIds.has(key) ? 'changed' : null;
}

/**
 * The "New" and "Changed since review" chips, applied after the list's own filters (the marks
 * come from main's history, not from the rows). Remembers its last answer, so the list, the
 * keyboard and "export shown" share one pass; with neither chip pressed it hands the rows back.
 */
export function createReviewFilter() {
  let from: readonly PreparedRow[] | null = null;
  let chosen: ListView['review'] = undefined;
  let marksFrom: ReviewMarks | null = null;
  let answer: PreparedRow[] = [];
  return (rows: PreparedRow[], review: ListView['review'], marks: ReviewMarks): PreparedRow[] => {
    if (!review || review.length === 0) return rows;
    if (rows !== from || review !== chosen || marks.newIds !== marksFrom?.newIds || marks.changedIds !== marksFrom.changedIds) {
      from = rows;
      chosen = review;
      marksFrom = marks;
      answer = rows.filter((row) => {
        const mark = reviewMarkOf(marks, row.summary.id);
        return mark !== null && review.includes(mark);
      });
    }
    return answer;
  };
}
