import type { ValueDisplay } from '../../../../shared/format/field-display';
import { Badge } from '../../ui/Badge';

/** One value of the detail view, in the form src/shared/format/field-display.ts chose for it. */
export function ValueView({ display, label }: { display: ValueDisplay; label: string }) {
  switch (display.kind) {
    case 'chips':
      return (
        <ul className="chips" aria-label={label}>
          {display.values.map((value, index) => (
            <li className={display.mono ? 'chip chip-mono' : 'chip'} key={`${value}-${index}`}>
              {value}
            </li>
          ))}
        </ul>
      );
    case 'placeholder':
      return <span className="empty-value">{display.text}</span>;
    case 'default':
      return (
        <span className="default-value">
          {display.text}
          <Badge tone="gray">{display.badge}</Badge>
        </span>
      );
    case 'code':
      return <code className="code-value">{display.text}</code>;
    case 'block':
      return <pre className="json-inline">{display.text}</pre>;
    case 'range':
      return <span className="range">{display.text}</span>;
    case 'text':
      return <span className="text-value">{display.text}</span>;
  }
}
