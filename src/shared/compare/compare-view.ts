import { diffIcps, type CompareRow, type CompareSection, type CompareStatus } from './diff-icps';
import type { Icp } from '../icp-schema';
import { collapseRanges } from './collapse-ranges';
import { differenceTag, rowLabel, SECTION_TITLES } from './compare-labels';
import { cellViews, type CellView } from './compare-values';

/*
 * The compare view as data: sections in reading order, each with aligned rows (a label, a tag
 * when the ICPs differ, one formatted cell per ICP). Built once per set of loaded ICPs; the
 * "only differences" toggle just drops the rows every ICP agrees on.
 */

export interface RowView {
  key: string;
  label: string;
  /** The API's path, for people who know it (tooltip). */
  path: string;
  kind: CompareRow['kind'];
  status: CompareStatus;
  differs: boolean;
  tag: string | null;
  cells: CellView[];
}

export interface SectionView {
  id: CompareSection;
  title: string;
  rows: RowView[];
  /** Rows where the ICPs differ. */
  differences: number;
}

const SECTION_ORDER: CompareSection[] = ['icp', 'leadProviderCriteria', 'customFilterCriteria', 'crmFilters'];

/**
 * Rows that would only repeat what is shown elsewhere: the header names each ICP (a "Name" row
 * would always say "Differs"), and a search's or the CRM's block row already shows its provider
 * and search type (and is marked when they differ).
 */
function isRepeated(row: CompareRow): boolean {
  if (row.kind !== 'field') return false;
  const [first, , third] = row.path;
  if (row.path.length === 1 && first === 'name') return true;
  if (first === 'leadProviderCriteria' && row.path.length === 3) return third === 'provider' || third === 'type';
  return first === 'crmFilters' && row.path.length === 2 && row.path[1] === 'provider';
}

export function buildCompareView(icps: readonly Icp[]): SectionView[] {
  const rows = collapseRanges(diffIcps(icps), icps).filter((row) => !isRepeated(row));
  return SECTION_ORDER.map((id) => {
    const views = rows
      .filter((row) => row.section === id)
      .map((row): RowView => ({
        key: row.key,
        label: rowLabel(row),
        path: row.path.join('.'),
        kind: row.kind,
        status: row.status,
        differs: row.status !== 'same',
        tag: differenceTag(row),
        cells: cellViews(row, icps),
      }));
    return { id, title: SECTION_TITLES[id], rows: views, differences: differencesIn(views) };
  });
}

/** Differing fields, plus each differing block none of whose fields differ (nothing counted twice). */
function differencesIn(rows: readonly RowView[]): number {
  let count = 0;
  let openBlock: RowView | null = null;
  let blockHasField = false;
  const closeBlock = () => {
    if (openBlock?.differs && !blockHasField) count += 1;
  };
  for (const row of rows) {
    if (row.kind === 'block') {
      closeBlock();
      openBlock = row;
      blockHasField = false;
    } else if (row.differs) {
      count += 1;
      blockHasField = true;
    }
  }
  closeBlock();
  return count;
}

/** Rows where the ICPs differ (a block stays when anything inside it differs). */
export function onlyDifferences(sections: readonly SectionView[]): SectionView[] {
  return sections.map((section) => ({ ...section, rows: section.rows.filter((row) => row.differs) }));
}

export function countDifferences(sections: readonly SectionView[]): number {
  return sections.reduce((sum, section) => sum + section.differences, 0);
}
