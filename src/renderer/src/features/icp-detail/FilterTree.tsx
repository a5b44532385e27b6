import type { FilterNode } from '../../../../shared/format/humanize-filters';
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
            <FilterValue node={node} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FilterValue({ node }: { node: FilterNode }) {
  switch (node.kind) {
    case 'chips':
      return (
        <ul className="chips" aria-label={node.label}>
          {node.values.map((value, index) => (
            <li className="chip" key={`${value}-${index}`}>
              {value}
            </li>
          ))}
        </ul>
      );
    case 'range':
      return <span className="range">{node.text}</span>;
    case 'text':
      return node.value === '' ? <span className="empty-value">(empty text)</span> : <span className="text-value">{node.value}</span>;
    case 'group':
      return <FilterTree nodes={node.children} nested />;
    case 'json':
      return <pre className="json-inline">{node.json}</pre>;
  }
}
