import type { CustomFilter } from '../../../../shared/icp-schema';
import { describeCustomFilter, type ViewField } from '../../../../shared/format/custom-filter-view';
import { toDisplayJson } from '../../../../shared/format/display-json';
import { Badge } from '../../ui/Badge';
import { Icon, type IconName } from '../../ui/Icon';
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
/** `anchor`: where the Checks section points to it (custom filters by type and occurrence, as Compare). */
export function CustomFilterCard({ filter, anchor }: { filter: CustomFilter; anchor?: string }) {
  const view = describeCustomFilter(filter);
  return (
    <article className={view.known ? 'card' : 'card card-unknown'} aria-label={view.title} data-filter-type={view.type} data-check-path={anchor}>
      <header className="card-head">
        <span className="card-icon" aria-hidden="true">
          <Icon name={ICONS[view.type] ?? 'help'} />
        </span>
        <div className="card-titles">
          <h3 className="card-title">{view.title}</h3>
          <span className="card-subtitle">
            <code>{view.type}</code>
          </span>
        </div>
      </header>
      <div className="card-body">
        {view.known ? (
          <FieldList fields={view.fields} />
        ) : (
          <>
            <p className="card-note">
              <Icon name="info" size={14} />
              ICP Desk doesn't know this filter type yet, so it is shown exactly as the API sent it. Exports keep it.
            </p>
            <pre className="json-inline">{toDisplayJson(filter)}</pre>
          </>
        )}
      </div>
    </article>
  );
}

/** Labelled values of a card; prose stays prose, codes and patterns are monospace. */
export function FieldList({ fields }: { fields: ViewField[] }) {
  return (
    <dl className="field-list">
      {fields.map((field, index) => (
        <div className="field-item" key={`${field.label}-${index}`}>
          <dt className="field-item-label">
            {field.label}
            {field.legacy ? <Badge tone="amber">Legacy</Badge> : null}
          </dt>
          <dd
            className={field.isDefault ? 'field-item-value is-default' : 'field-item-value'}
            title={field.isDefault ? 'Not set by the API: the documented default applies' : undefined}
          >
            <FieldValue field={field} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldValue({ field }: { field: ViewField }) {
  if (Array.isArray(field.value)) {
    if (field.value.length === 0) return <span className="empty-value">None</span>;
    return (
      <ul className="chips" aria-label={field.label}>
        {field.value.map((value, index) => (
          <li className={field.mono ? 'chip chip-mono' : 'chip'} key={`${value}-${index}`}>
            {value}
          </li>
        ))}
      </ul>
    );
  }
  if (field.value === '') return <span className="empty-value">(empty text)</span>;
  if (field.isDefault) {
    return (
      <span className="default-value">
        {field.value.replace(/ \(default\)$/, '')}
        <Badge tone="gray">Default</Badge>
      </span>
    );
  }
  if (field.mono) return field.value.includes('\n') ? <pre className="json-inline">{field.value}</pre> : <code className="code-value">{field.value}</code>;
  return <span className="text-value">{field.value}</span>;
}
