import type { ListWarning } from '../../../../shared/ipc-contract';
import { formatNumber } from '../../../../shared/format/numbers';
import { useAppStore } from '../../store/app-store';
import { Icon } from '../../ui/Icon';
import './list-warnings.css';

function describe(warning: ListWarning): string {
  const who = warning.id ? `ICP ${warning.id}` : `The ICP at position ${formatNumber(warning.index + 1)}`;
  const where = warning.field ? ` (${warning.field})` : '';
  return `${who}: ${warning.message}${where}`;
}

/**
 * What the last list reply had wrong while the rest of it is shown: ICPs that failed
 * validation (skipped) and anything main could not save for offline use.
 */
export function ListWarnings() {
  const warnings = useAppStore((state) => state.list.warnings);
  if (warnings.length === 0) return null;
  const skipped = warnings.filter((warning) => warning.index >= 0);
  const other = warnings.filter((warning) => warning.index < 0);
  return (
    <div className="list-warnings" role="status">
      {skipped.length > 0 ? (
        <details className="list-warning">
          <summary>
            <Icon name="alert" size={14} className="list-warning-icon" />
            <span className="list-warning-text">
              {skipped.length === 1 ? '1 ICP could not be read and was skipped' : `${formatNumber(skipped.length)} ICPs could not be read and were skipped`}
            </span>
            <span className="list-warning-more">Details</span>
          </summary>
          <ul className="list-warning-details">
            {skipped.map((warning) => (
              <li key={`${warning.index}-${warning.field}`}>{describe(warning)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {other.map((warning) => (
        <p className="list-warning list-warning-plain" key={warning.message}>
          <Icon name="alert" size={14} className="list-warning-icon" />
          <span className="list-warning-text">{warning.message}</span>
        </p>
      ))}
    </div>
  );
}
