import type { ReviewMark } from '../../list-query/review-filter';
import { Badge } from '../../ui/Badge';

const BADGES: Record<ReviewMark, { text: string; title: string }> = {
  new: { text: 'New', title: 'Not reviewed yet: appeared since you last reviewed' },
  changed: { text: 'Changed', title: 'Changed on the server since you last reviewed it' },
};

/** "New" / "Changed" beside a row's or the detail's expiry: what the history says since the last review. */
export function ReviewBadge({ mark }: { mark: ReviewMark }) {
  const { text, title } = BADGES[mark];
  return (
    <Badge tone={mark === 'new' ? 'accent' : 'violet'} title={title}>
      {text}
    </Badge>
  );
}
