import { Icon } from '../../ui/Icon';

/** The account's initial on a tinted square (the demo: its sparkles), so accounts tell apart at a glance. */
export function AccountAvatar({ label, demo }: { label: string; demo: boolean }) {
  const initial = [...label.trim()][0]?.toLocaleUpperCase() ?? '?';
  return (
    <span className={demo ? 'account-avatar account-avatar-demo' : 'account-avatar'} aria-hidden="true">
      {demo ? <Icon name="sparkles" size={12} /> : initial}
    </span>
  );
}
