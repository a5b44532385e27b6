import { errorCopy } from '../errors/error-copy';
import { useAppStore } from '../../store/app-store';
import { retryCompareEntry } from '../../store/compare-actions';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { IsolatedText } from '../../ui/IsolatedText';
import './compare.css';

/** The compared ICPs that could not be loaded at all, each with why and (where it may help) a retry. */
export function CompareFailures({ ids }: { ids: string[] }) {
  const entries = useAppStore((state) => state.compare.entries);
  const items = useAppStore((state) => state.list.items);
  return (
    <ul className="compare-failures" aria-label="ICPs that could not be loaded">
      {ids.map((id) => {
        const error = entries[id]?.error;
        if (!error) return null;
        const copy = errorCopy(error, 'detail');
        const name = items.find((icp) => icp.id === id)?.name ?? id;
        return (
          <li key={id} className={`compare-failure tone-border-${copy.tone}`} role="alert">
            <Icon name={copy.icon} className={`text-${copy.tone}`} />
            <div className="compare-failure-text">
              <p className="compare-failure-title">
                Could not load <IsolatedText className="compare-failure-name" text={name} />
              </p>
              <p className="compare-failure-body">
                {copy.title}. {error.message}
              </p>
            </div>
            {copy.retry ? (
              <Button size="sm" variant="secondary" icon="refresh" busy={entries[id]?.loading} onClick={() => retryCompareEntry(id)}>
                Try again
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
