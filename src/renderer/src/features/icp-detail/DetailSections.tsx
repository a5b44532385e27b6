import type { Icp } from '../../../../shared/icp-schema';
import { humanizeFilters } from '../../../../shared/format/humanize-filters';
import { CrmCard } from './CrmCard';
import { CriterionCard } from './CriterionCard';
import { CustomFilterCard } from './CustomFilterCard';
import { FilterTree } from './FilterTree';
import { Section } from './Section';
import './detail.css';

const DOCUMENTED_KEYS = new Set([
  'id',
  'name',
  'description',
  'createdAt',
  'updatedAt',
  'leadProviderCriteria',
  'customFilterCriteria',
  'crmFilters',
  'userIds',
  'leadsPerList',
  'activeUntil',
]);

/** "customFilterCriteria/<type>/<occurrence>": how findings and Compare address a custom filter. */
function customFilterAnchor(filters: Icp['customFilterCriteria'], index: number): string {
  const type = filters[index]!.type;
  const occurrence = filters.slice(0, index).filter((filter) => filter.type === type).length;
  return `customFilterCriteria/${type}/${occurrence}`;
}

/** The readable view of one ICP: searches, custom filters, CRM filters, and any other fields. */
export function DetailSections({ icp }: { icp: Icp }) {
  const extra = Object.fromEntries(Object.entries(icp).filter(([key]) => !DOCUMENTED_KEYS.has(key)));
  const extraNodes = humanizeFilters(extra);
  return (
    <div className="detail-sections">
      <Section title="Lead provider criteria" count={icp.leadProviderCriteria.length} anchor="leadProviderCriteria">
        {icp.leadProviderCriteria.length === 0 ? (
          <p className="section-empty">No lead provider searches yet.</p>
        ) : (
          <div className="card-stack">
            {icp.leadProviderCriteria.map((criterion, index) => (
              <CriterionCard criterion={criterion} index={index} key={index} />
            ))}
          </div>
        )}
      </Section>
      <Section title="Custom filters" count={icp.customFilterCriteria.length} anchor="customFilterCriteria">
        {icp.customFilterCriteria.length === 0 ? (
          <p className="section-empty">No custom filters: every lead the search finds is kept.</p>
        ) : (
          <div className="card-grid">
            {icp.customFilterCriteria.map((filter, index) => (
              <CustomFilterCard filter={filter} key={index} anchor={customFilterAnchor(icp.customFilterCriteria, index)} />
            ))}
          </div>
        )}
      </Section>
      <Section title="CRM filters" anchor="crmFilters">
        <CrmCard crm={icp.crmFilters} />
      </Section>
      {extraNodes.length > 0 ? (
        <Section title="Other fields" count={extraNodes.length} note="Sent by the API but not described in its reference. Kept in exports.">
          <div className="card">
            <div className="card-body">
              <FilterTree nodes={extraNodes} />
            </div>
          </div>
        </Section>
      ) : null}
    </div>
  );
}
