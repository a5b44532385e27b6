import { memo, useMemo, type ReactNode } from 'react';
import { containBidi, describeHiddenCharacters, splitIsolates } from '../../../shared/unicode/hidden-characters';
import { Icon } from './Icon';
import './badge.css';
import './isolated-text.css';

/*
 * Text that came from the API (a name, a description, a filter value) is shown in a <bdi>, with
 * its bidi controls balanced (containBidi): whatever direction it has or forces stays inside it
 * and cannot reorder the words around it. A <bdi> alone is not enough: a stray "pop directional
 * isolate" in the text ends the isolation early in Chromium.
 */

/** `text`, direction-isolated. `children`: the same text already split up (search highlights), made from `containBidi(text)`. */
export function IsolatedText({ text, children, className, title }: { text: string; children?: ReactNode; className?: string; title?: string }) {
  const shown = useMemo(() => (children === undefined ? containBidi(text) : null), [children, text]);
  return (
    <bdi className={className} title={title}>
      {children ?? shown}
    </bdi>
  );
}

/** A sentence whose values were marked with isolateText (a toast): each value in a <bdi> of its own. */
export function IsolatedSentence({ text }: { text: string }) {
  return <>{splitIsolates(text).map((part, index) => (part.isolated ? <bdi key={index}>{part.text}</bdi> : part.text))}</>;
}

/**
 * A visible marker for a name that hides characters (a direction override, a zero width space):
 * such a name may not be what it looks like. `compact` shows the icon only (list rows); the
 * detail says which characters and shows them written out.
 */
export const HiddenCharactersMark = memo(function HiddenCharactersMark({ text, compact = false }: { text: string; compact?: boolean }) {
  const hidden = useMemo(() => describeHiddenCharacters(text), [text]);
  if (hidden === null) return null;
  const label = `Hidden characters: ${hidden.replace(/^\d+ hidden characters?: /, '')}`;
  return (
    <span
      className={compact ? 'badge badge-violet hidden-mark hidden-mark-compact' : 'badge badge-violet hidden-mark'}
      role="img"
      aria-label={label}
      title={`${label}. It may not read as it looks.`}
    >
      <Icon name="alert" size={12} />
      {compact ? null : <span aria-hidden="true">Hidden characters</span>}
    </span>
  );
});
