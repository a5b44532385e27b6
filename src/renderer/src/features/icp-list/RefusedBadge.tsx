import { memo } from 'react';
import { refusedDetailBadge, refusedDetailSentence, type RefusedStatus } from '../../../../shared/offline/refused-details';
import { Badge } from '../../ui/Badge';
import { Icon } from '../../ui/Icon';

/** "No access" / "Not found" on a row whose details the server refused: the list still has the ICP. */
export const RefusedBadge = memo(function RefusedBadge({ status }: { status: RefusedStatus }) {
  const sentence = refusedDetailSentence(status);
  return (
    <Badge tone={status === 403 ? 'amber' : 'gray'} title={`${sentence}. It is still in your list, and opens with the copy the list carried.`}>
      <Icon name={status === 403 ? 'lock' : 'fileMissing'} size={12} />
      <span aria-hidden="true">{refusedDetailBadge(status)}</span>
      <span className="visually-hidden">{sentence}</span>
    </Badge>
  );
});
