import type { CustomFilterCardView } from '../../../../shared/format/detail-view';
import { Icon, type IconName } from '../../ui/Icon';
import { FieldList } from './FieldList';
import './cards.css';

const ICONS: Record<string, IconName> = {
  website: 'globe',
  webscraping: 'scan',
  ai: 'sparkles',
  maxPeoplePerCompany: 'users',
  maxPercentFromCRM: 'percent',
  minDaysUntilReuse: 'repeat',
  matchFieldWithRegex: 'regex',
};

/** One custom filter: a readable card for documented types, the raw object for unknown ones. */
export function CustomFilterCard({ card }: { card: CustomFilterCardView }) {
  return (
    <article className={card.raw ? 'card card-unknown' : 'card'} aria-label={card.title} data-filter-type={card.type} data-check-path={card.field}>
      <header className="card-head">
        <span className="card-icon" aria-hidden="true">
          <Icon name={ICONS[card.type] ?? 'help'} />
        </span>
        <div className="card-titles">
          <h3 className="card-title">{card.title}</h3>
          <span className="card-subtitle">
            <code>{card.type}</code>
          </span>
        </div>
      </header>
      <div className="card-body">
        {card.raw ? (
          <>
            <p className="card-note">
              <Icon name="info" size={14} />
              {card.raw.note}
            </p>
            <pre className="json-inline">{card.raw.json}</pre>
          </>
        ) : (
          <FieldList fields={card.fields} />
        )}
      </div>
    </article>
  );
}
