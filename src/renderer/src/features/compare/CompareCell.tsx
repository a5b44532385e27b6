import { lettersPhrase } from '../../../../shared/compare/compare-labels';
import type { CellView, ChipView } from '../../../../shared/compare/compare-values';
import { IsolatedText } from '../../ui/IsolatedText';
import '../icp-detail/filter-tree.css';
import './compare-table.css';

/** Where a set item is, in words: "only in A", "in A and C" (tooltip and screen readers). */
function holdersText(chip: ChipView): string {
  return chip.holders.length === 1 ? `only in ${chip.holders[0]}` : `in ${lettersPhrase(chip.holders)}`;
}

/**
 * One ICP's value in a compare row. List items every ICP shares are plain chips; the others are
 * marked, and with three or more ICPs say which ones have them.
 */
export function CompareCell({ cell, columns }: { cell: CellView; columns: number }) {
  switch (cell.kind) {
    case 'absent':
      return <span className="compare-absent">{cell.text}</span>;
    case 'text':
      if (cell.block) return <pre className="json-inline compare-json">{cell.text}</pre>;
      return (
        <IsolatedText
          className={['compare-text', cell.mono ? 'compare-mono' : '', cell.muted ? 'compare-muted' : ''].filter(Boolean).join(' ')}
          text={cell.text}
        />
      );
    case 'chips':
      return (
        <ul className="chips compare-chips">
          {cell.chips.map((chip, index) => (
            <li
              key={`${chip.text}-${index}`}
              className={[cell.mono ? 'chip chip-mono' : 'chip', chip.inAll ? 'compare-chip-shared' : 'compare-chip-partial'].join(' ')}
              data-in-all={chip.inAll || undefined}
              title={chip.inAll ? 'In every compared ICP' : `Only some: ${holdersText(chip)}`}
            >
              {chip.inAll ? null : <span className="compare-chip-mark" aria-hidden="true" />}
              <IsolatedText text={chip.text} />
              {!chip.inAll && columns > 2 ? (
                <span className="compare-chip-holders" aria-hidden="true">
                  {chip.holders.join('\u2009')}
                </span>
              ) : null}
              <span className="visually-hidden">{chip.inAll ? ', in all' : `, ${holdersText(chip)}`}</span>
            </li>
          ))}
        </ul>
      );
  }
}
