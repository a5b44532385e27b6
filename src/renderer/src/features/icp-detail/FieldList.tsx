import type { ViewField } from '../../../../shared/format/custom-filter-view';
import { DEFAULT_TITLE, fieldDisplay } from '../../../../shared/format/field-display';
import { Badge } from '../../ui/Badge';
import { ValueView } from './ValueView';
import './cards.css';

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
          <dd className={field.isDefault ? 'field-item-value is-default' : 'field-item-value'} title={field.isDefault ? DEFAULT_TITLE : undefined}>
            <ValueView display={fieldDisplay(field)} label={field.label} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
