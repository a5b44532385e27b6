import { OTHER_SETTINGS_TITLE, type CriterionCardView } from '../../../../shared/format/detail-view';
import { Badge } from '../../ui/Badge';
import { Icon } from '../../ui/Icon';
import { FilterTree } from './FilterTree';
import './cards.css';

/** One lead provider search: provider, search type (legacy marked) and its filters. */
export function CriterionCard({ card }: { card: CriterionCardView }) {
  return (
    <article className="card" aria-label={card.name} data-check-path={card.field}>
      <header className="card-head">
        <span className="card-icon" aria-hidden="true">
          <Icon name={card.searchType === 'company' ? 'company' : 'person'} />
        </span>
        <div className="card-titles">
          <h3 className="card-title">{card.title}</h3>
          <span className="card-subtitle">
            Provider <code>{card.provider}</code>
          </span>
        </div>
        {card.badges.map((badge) => (
          <Badge tone={badge.tone} title={badge.title} key={badge.text}>
            {badge.text}
          </Badge>
        ))}
      </header>
      <div className="card-body">
        {card.empty === null ? <FilterTree nodes={card.filters} /> : <p className="card-empty">{card.empty}</p>}
        {card.otherSettings.length > 0 ? (
          <div className="card-extra">
            <p className="card-extra-title">{OTHER_SETTINGS_TITLE}</p>
            <FilterTree nodes={card.otherSettings} />
          </div>
        ) : null}
      </div>
    </article>
  );
}
