import { patchState, useAppStore } from '../../store/app-store';
import { closeIcp, reloadOpenIcp } from '../../store/detail-actions';
import { summaryOf } from '../../store/visible-icps';
import { focusList } from '../../app/focus-targets';
import { Button } from '../../ui/Button';
import { refusedStatusOf } from '../../../../shared/offline/refused-details';
import { listedRefusalCopy } from '../errors/error-copy';
import { ErrorView } from '../errors/ErrorView';
import { DetailHeader, DetailSourceStatus } from './DetailHeader';
import { DetailNotice } from './DetailNotice';
import { DetailPlaceholder } from './DetailPlaceholder';
import { DetailSections } from './DetailSections';
import { ChecksSection } from '../checks/ChecksSection';
import { DetailSkeleton } from './DetailSkeleton';
import { headerFromIcp, headerFromSummary } from '../../../../shared/format/header-view';
import { JsonView } from './JsonView';
import { ChangesTab } from '../history/ChangesTab';
import { DetailTabs, detailTabPanelId } from '../history/DetailTabs';
import { RemovedIcpPane } from '../history/RemovedIcpPane';
import './detail.css';

/**
 * The right pane: the open ICP (cached copy first, then the server's), or why it cannot be shown.
 * The header comes from the list's summary until the detail arrives, so nothing jumps. An ICP
 * whose details the server refused (403) or did not find (404) shows the copy the list carried
 * for as long as the list has it; once the list no longer does, the pane says it has gone.
 */
export function DetailPane() {
  const { openId, detail, error, loading } = useAppStore((state) => state.detail);
  const summary = useAppStore((state) => summaryOf(state, state.detail.openId));
  const showJson = useAppStore((state) => state.ui.showJson);
  const now = useAppStore((state) => state.ui.now);
  const removedId = useAppStore((state) => state.history.openRemovedId);
  const tab = useAppStore((state) => state.history.tab);

  if (openId === null) return removedId !== null ? <RemovedIcpPane id={removedId} /> : <DetailPlaceholder />;

  const close = () => {
    closeIcp();
    focusList();
  };
  const retry = () => void reloadOpenIcp();
  const signInAgain = () => patchState('session', { reauth: error });

  const refused = error ? refusedStatusOf(error) : null;
  if (error && refused !== null && !summary) {
    return (
      <section className="detail-pane" aria-label="ICP details">
        <ErrorView
          error={error}
          place="detail"
          actions={
            <Button variant="primary" onClick={close}>
              Back to the list
            </Button>
          }
        />
      </section>
    );
  }

  const model = detail ? headerFromIcp(detail.icp) : summary ? headerFromSummary(summary) : null;
  const retryAction =
    error?.kind === 'unauthorized' ? (
      <Button variant="primary" icon="key" onClick={signInAgain}>
        Sign in again
      </Button>
    ) : (
      <Button variant="primary" icon="refresh" busy={loading} onClick={retry}>
        Try again
      </Button>
    );

  return (
    <section className="detail-pane" aria-label="ICP details" aria-busy={loading}>
      <div className="detail-scroll">
        {model ? (
          <DetailHeader
            model={model}
            canShowJson={detail !== null}
            status={detail ? <DetailSourceStatus source={detail.source} fetchedAt={detail.fetchedAt} loading={loading} now={now} /> : null}
          />
        ) : null}
        <DetailTabs id={openId} />
        {tab === 'changes' ? (
          <div className="changes-panel" role="tabpanel" id={detailTabPanelId} aria-labelledby="detail-tab-changes">
            <ChangesTab id={openId} />
          </div>
        ) : (
          <div role="tabpanel" id={detailTabPanelId} aria-labelledby="detail-tab-details">
            {/* Offline and a refused token are said once, app-wide, by the banner or the sign-in prompt. */}
            {detail && error && error.kind !== 'network' && error.kind !== 'unauthorized' ? (
              <DetailNotice error={error} copy={refused !== null ? listedRefusalCopy(refused) : undefined} fetchedAt={detail.fetchedAt} onRetry={retry} />
            ) : null}
            {detail ? (
              showJson ? (
                <JsonView icp={detail.icp} />
              ) : (
                <>
                  <ChecksSection icp={detail.icp} />
                  <DetailSections icp={detail.icp} />
                </>
              )
            ) : error ? (
              <ErrorView
                error={error}
                place="detail"
                compact={model !== null}
                body={
                  error.kind === 'network'
                    ? `${error.message} This ICP has not been saved for offline use yet.`
                    : refused !== null
                      ? `${listedRefusalCopy(refused).title}. It is still in your ICP list, but no copy of it is saved on this computer.`
                      : undefined
                }
                actions={retryAction}
              />
            ) : (
              <DetailSkeleton withHeader={model === null} />
            )}
          </div>
        )}
      </div>
    </section>
  );
}
