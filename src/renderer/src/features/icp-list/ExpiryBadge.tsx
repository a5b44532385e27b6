import { memo } from 'react';
import { exactTime } from '../../../../shared/format/relative-time';
import { expiryLabel, expiryOf, type Expiry } from '../../../../shared/format/expiry';
import { Badge, type Tone } from '../../ui/Badge';

const TONES: Record<Expiry['state'], Tone> = { active: 'green', expiring: 'amber', expired: 'red', noExpiry: 'gray' };

/** "Active", "Expires in 12 days", "Expired 3 days ago", "No expiry": calendar days, local zone. */
export const ExpiryBadge = memo(function ExpiryBadge({ activeUntil, now }: { activeUntil: string | null; now: number }) {
  const expiry = expiryOf(activeUntil, new Date(now));
  const title = activeUntil === null ? 'This ICP never expires' : `Active until ${exactTime(activeUntil)}`;
  return (
    <Badge tone={TONES[expiry.state]} dot title={title}>
      {expiryLabel(expiry)}
    </Badge>
  );
});
