import { searchTypeOf } from '../../../../shared/icp-facts';
import type { LeadProviderCriterion } from '../../../../shared/icp-schema';
import { humanizeFilters } from '../../../../shared/format/humanize-filters';
import { Badge } from '../../ui/Badge';
import { Icon } from '../../ui/Icon';
import { FilterTree } from './FilterTree';
import './cards.css';

const KNOWN_KEYS = ['provider', 'type', 'filters'];

function searchLabel(criterion: LeadProviderCriterion): string {
  const { type, legacy, known } = searchTypeOf(criterion);
  if (legacy) return 'Legacy · person search';
  if (!known) return `“${type}” search`;
  return type === 'company' ? 'Company search' : 'Person search';
}

/** One lead provider search: provider, search type (legacy marked) and its filters. */
export function CriterionCard({ criterion, index }: { criterion: LeadProviderCriterion; index: number }) {
  const { type, legacy, known } = searchTypeOf(criterion);
  const label = searchLabel(criterion);
  const filters = humanizeFilters(criterion.filters);
  const extra = Object.fromEntries(Object.entries(criterion).filter(([key]) => !KNOWN_KEYS.includes(key)));
  const extraNodes = humanizeFilters(extra);
  return (
    <article className="card" aria-label={`Search ${index + 1}: ${label}`} data-check-path={`leadProviderCriteria/${index}`}>
      <header className="card-head">
        <span className="card-icon" aria-hidden="true">
          <Icon name={type === 'company' ? 'company' : 'person'} />
        </span>
        <div className="card-titles">
          <h3 className="card-title">{label}</h3>
          <span className="card-subtitle">
            Provider <code>{criterion.provider}</code>
          </span>
        </div>
        {legacy ? (
          <Badge tone="amber" title="Saved before search types existed; the API treats it as a person search">
            Legacy
          </Badge>
        ) : null}
        {!known ? <Badge tone="gray">Unknown search type</Badge> : null}
      </header>
      <div className="card-body">
        {filters.length > 0 ? <FilterTree nodes={filters} /> : <p className="card-empty">No filters: every {type} the provider has matches.</p>}
        {extraNodes.length > 0 ? (
          <div className="card-extra">
            <p className="card-extra-title">Other settings</p>
            <FilterTree nodes={extraNodes} />
          </div>
        ) : null}
      </div>
    </article>
  );
}
