import type { Icp } from '../../../../shared/icp-schema';
import { toDisplayJson } from '../../../../shared/format/display-json';
import './detail.css';

/** The exact object the API sent (key order and unknown fields included), pretty-printed. */
export function JsonView({ icp }: { icp: Icp }) {
  return (
    <div className="json-view-wrap">
      <pre className="json-view" tabIndex={0} aria-label="ICP as JSON" data-testid="icp-json">
        {toDisplayJson(icp)}
      </pre>
    </div>
  );
}
