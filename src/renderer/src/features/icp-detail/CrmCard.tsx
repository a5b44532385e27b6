import type { CrmFilters } from '../../../../shared/icp-schema';
import { describeCrmFilters, type CrmConditionView } from '../../../../shared/format/custom-filter-view';
import { humanizeKey } from '../../../../shared/format/humanize-filters';
import { Badge } from '../../ui/Badge';
import { Icon } from '../../ui/Icon';
import { FieldList } from './CustomFilterCard';
import './cards.css';

const providerName = (provider: string) => (provider === 'bullhorn' ? 'Bullhorn' : provider);

/** CRM sourcing: provider, text search, structured conditions (exclusions as NOT), legacy query. */
export function CrmCard({ crm }: { crm: CrmFilters | null | undefined }) {
  const view = describeCrmFilters(crm);
  if (!view) return <p className="section-empty">No CRM filters: leads come from the lead provider only.</p>;
  const fields = view.fields.filter((field) => field.label !== 'Provider');
  return (
    <article className="card" aria-label="CRM filters">
      <header className="card-head">
        <span className="card-icon" aria-hidden="true">
          <Icon name="database" />
        </span>
        <div className="card-titles">
          <h3 className="card-title">{providerName(view.provider)}</h3>
          <span className="card-subtitle">
            CRM provider <code>{view.provider}</code>
          </span>
        </div>
      </header>
      <div className="card-body">
        {fields.length > 0 ? <FieldList fields={fields} /> : null}
        <p className="card-extra-title">Conditions</p>
        {view.conditions.length === 0 ? (
          <p className="card-empty">No structured conditions.</p>
        ) : (
          <ul className="crm-conditions">
            {view.conditions.map((condition, index) => (
              <CrmCondition condition={condition} key={`${condition.path}-${index}`} />
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}

function CrmCondition({ condition }: { condition: CrmConditionView }) {
  return (
    <li className={condition.exclude ? 'crm-condition crm-condition-excluded' : 'crm-condition'} aria-label={condition.summary}>
      <span className="crm-condition-not">
        {condition.exclude ? (
          <Badge tone="red" title="Excludes matching records">
            NOT
          </Badge>
        ) : null}
      </span>
      <code className="crm-condition-path">{condition.path}</code>
      <span className="crm-condition-mode">{humanizeKey(condition.mode).toLowerCase()}</span>
      <span className="crm-condition-value">
        {condition.valueIsJson ? (
          <pre className="json-inline">{condition.value}</pre>
        ) : Array.isArray(condition.value) ? (
          <span className="chips">
            {condition.value.map((value, index) => (
              <span className="chip chip-mono" key={`${value}-${index}`}>
                {value}
              </span>
            ))}
          </span>
        ) : (
          <code className="code-value">{condition.value}</code>
        )}
      </span>
      {condition.extra.length > 0 ? (
        <span className="crm-condition-extra">
          <FieldList fields={condition.extra} />
        </span>
      ) : null}
    </li>
  );
}
