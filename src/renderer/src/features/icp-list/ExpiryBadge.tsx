import { memo } from 'react';
import { expiryView, type ExpiryView } from '../../../../shared/format/header-view';
import { Badge, type Tone } from '../../ui/Badge';

const TONES: Record<ExpiryView['state'], Tone> = { active: 'green', expiring: 'amber', expired: 'red', noExpiry: 'gray' };

/** "Active", "Expires in 12 days", "Expired 3 days ago", "No expiry": calendar days, local zone. */
export const ExpiryBadge = memo(function ExpiryBadge({ activeUntil, now }: { activeUntil: string | null; now: number }) {
  const expiry = expiryView(activeUntil, { now: new Date(now) });
  return (
    <Badge tone={TONES[expiry.state]} dot title={expiry.title}>
      {expiry.label}
    </Badge>
  );
});
