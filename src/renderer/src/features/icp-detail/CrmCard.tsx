import type { CrmConditionView } from '../../../../shared/format/custom-filter-view';
import { conditionValueDisplay } from '../../../../shared/format/field-display';
import { CONDITIONS_TITLE, type CrmCardView } from '../../../../shared/format/detail-view';
import { Badge } from '../../ui/Badge';
import { Icon } from '../../ui/Icon';
import { FieldList } from './FieldList';
import { ValueView } from './ValueView';
import './cards.css';

/** CRM sourcing: provider, text search, structured conditions (exclusions as NOT), legacy query. */
export function CrmCard({ card }: { card: CrmCardView }) {
  return (
    <article className="card" aria-label="CRM filters">
      <header className="card-head">
        <span className="card-icon" aria-hidden="true">
          <Icon name="database" />
        </span>
        <div className="card-titles">
          <h3 className="card-title">{card.title}</h3>
          <span className="card-subtitle">
            CRM provider <code>{card.provider}</code>
          </span>
        </div>
      </header>
      <div className="card-body">
        {card.fields.length > 0 ? <FieldList fields={card.fields} /> : null}
        <p className="card-extra-title">{CONDITIONS_TITLE}</p>
        {card.conditionsEmpty !== null ? (
          <p className="card-empty">{card.conditionsEmpty}</p>
        ) : (
          <ul className="crm-conditions">
            {card.conditions.map((condition, index) => (
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
      <span className="crm-condition-mode">{condition.modeLabel}</span>
      <span className="crm-condition-value">
        <ValueView display={conditionValueDisplay(condition)} label={condition.path} />
      </span>
      {condition.extra.length > 0 ? (
        <span className="crm-condition-extra">
          <FieldList fields={condition.extra} />
        </span>
      ) : null}
    </li>
  );
}
