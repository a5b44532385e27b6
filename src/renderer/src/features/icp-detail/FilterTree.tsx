import { filterValueDisplay } from '../../../../shared/format/field-display';
import type { FilterNode } from '../../../../shared/format/humanize-filters';
import { ValueView } from './ValueView';
import './filter-tree.css';

/**
 * A provider's filters, whatever their shape: humanized labels, string lists as chips, {min,max}
 * as ranges, nested objects as labelled groups, anything else as formatted JSON. The raw key is
 * on hover, for people who know the API.
 */
export function FilterTree({ nodes, nested = false }: { nodes: FilterNode[]; nested?: boolean }) {
  return (
    <dl className={nested ? 'filter-tree filter-tree-nested' : 'filter-tree'}>
      {nodes.map((node, index) => (
        <div className={`filter-row filter-row-${node.kind}`} key={`${node.key}-${index}`}>
          <dt className="filter-label" title={node.key}>
            {node.label}
          </dt>
          <dd className="filter-value">
            {node.kind === 'group' ? <FilterTree nodes={node.children} nested /> : <ValueView display={filterValueDisplay(node)} label={node.label} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}
