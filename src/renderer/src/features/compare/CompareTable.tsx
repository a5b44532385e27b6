import type { IcpDetail } from '../../../../shared/ipc-contract';
import { COLUMN_LETTERS } from '../../../../shared/compare/compare-labels';
import type { SectionView } from '../../../../shared/compare/compare-view';
import type { CompareEntry } from '../../store/app-store';
import { CompareCell } from './CompareCell';
import { CompareColumnHeader } from './CompareColumnHeader';
import '../../ui/badge.css';
import './compare-table.css';

const EMPTY: Record<SectionView['id'], string> = {
  icp: 'Nothing to compare.',
  leadProviderCriteria: 'None of these ICPs has a lead provider search.',
  customFilterCriteria: 'None of these ICPs has custom filters.',
  crmFilters: 'None of these ICPs has CRM filters.',
};

const differencesText = (n: number) => (n === 0 ? 'No differences' : n === 1 ? '1 difference' : `${n} differences`);

/**
 * The ICPs side by side as a real table (row and column headers for screen readers): one column
 * per ICP, one row per field or filter, sections as row groups. Rows that differ carry a tag in
 * their header ("Only in B", "Differs") and a marker down the side.
 */
export function CompareTable({
  sections,
  columns,
  onlyDifferences,
}: {
  sections: SectionView[];
  columns: { detail: IcpDetail; entry: CompareEntry }[];
  onlyDifferences: boolean;
}) {
  const span = columns.length + 1;
  return (
    <table className="compare-table" aria-label="Compared ICPs" data-columns={columns.length}>
      <colgroup>
        <col className="compare-col-label" />
        {columns.map(({ detail }) => (
          <col key={detail.icp.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="compare-corner">
            <span className="visually-hidden">Field</span>
          </th>
          {columns.map(({ detail, entry }, index) => (
            <th scope="col" key={detail.icp.id} className="compare-column">
              <CompareColumnHeader letter={COLUMN_LETTERS[index] ?? String(index + 1)} detail={detail} entry={entry} />
            </th>
          ))}
        </tr>
      </thead>
      {sections.map((section) => (
        <tbody key={section.id} className="compare-section" data-section={section.id}>
          <tr className="compare-section-row">
            <th scope="colgroup" colSpan={span}>
              <span className="compare-section-title">{section.title}</span>
              <span className={section.differences > 0 ? 'count-pill has-differences' : 'count-pill'}>{differencesText(section.differences)}</span>
            </th>
          </tr>
          {section.rows.length === 0 ? (
            <tr>
              <td colSpan={span} className="compare-empty">
                {onlyDifferences && section.differences === 0 ? 'The ICPs agree on everything here.' : EMPTY[section.id]}
              </td>
            </tr>
          ) : (
            section.rows.map((row) => (
              <tr key={row.key} className="compare-row" data-kind={row.kind} data-differs={row.differs || undefined}>
                <th scope="row" className="compare-label" title={row.path}>
                  <span className="compare-label-inner">
                    <span className="compare-label-text">{row.label}</span>
                    {row.tag ? <span className="compare-tag">{row.tag}</span> : null}
                  </span>
                </th>
                {row.cells.map((cell, index) => (
                  <td key={index} className="compare-value">
                    <CompareCell cell={cell} columns={columns.length} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      ))}
    </table>
  );
}
