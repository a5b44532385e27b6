import { formatNumber } from '../../../../shared/format/numbers';
import { cancelMarkAllShown, confirmMarkAllShown } from '../../store/history-actions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import './history.css';

/** "Mark all shown as reviewed" asks first, naming how many: a review mark is not undone by a click. */
export function MarkAllDialog({ count }: { count: number }) {
  const icps = `${formatNumber(count)} ${count === 1 ? 'ICP' : 'ICPs'}`;
  return (
    <Dialog title={`Mark ${icps} as reviewed?`} icon={<Icon name="checkCircle" />} onClose={cancelMarkAllShown} initialFocus=".btn-primary">
      <p className="history-dialog-text">
        {`The ${icps} the list shows as New or Changed will count as reviewed at their current version. Their Changes tab keeps every version.`}
      </p>
      <div className="dialog-actions">
        <Button variant="secondary" onClick={cancelMarkAllShown}>
          Cancel
        </Button>
        <Button variant="primary" onClick={() => void confirmMarkAllShown()}>
          Mark {icps} as reviewed
        </Button>
      </div>
    </Dialog>
  );
}
