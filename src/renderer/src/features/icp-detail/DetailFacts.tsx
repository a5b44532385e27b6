import { headerFacts, type FactValue, type HeaderModel } from '../../../../shared/format/header-view';
import './detail.css';

function FactValueView({ value }: { value: FactValue }) {
  switch (value.kind) {
    case 'text':
      return <>{value.text}</>;
    case 'time':
      return (
        <time dateTime={value.iso} title={value.exact}>
          {value.text}
        </time>
      );
    case 'placeholder':
      return <span className="empty-value">{value.text}</span>;
    case 'chips':
      return (
        <ul className="chips" aria-label={value.label}>
          {value.values.map((item, index) => (
            <li className="chip chip-mono" key={`${item}-${index}`}>
              {item}
            </li>
          ))}
        </ul>
      );
  }
}

/** Leads per list, users, and the ICP's dates (relative, exact on hover). */
export function DetailFacts({ model, now }: { model: HeaderModel; now: number }) {
  return (
    <dl className="facts">
      {headerFacts(model, { now: new Date(now) }).map((fact) => (
        <div className={fact.wide ? 'fact fact-wide' : 'fact'} key={fact.label} data-check-path={fact.field}>
          <dt className="fact-label">{fact.label}</dt>
          <dd className="fact-value">
            <FactValueView value={fact.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
