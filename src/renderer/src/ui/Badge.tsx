import type { ReactNode } from 'react';
import './badge.css';

export type Tone = 'green' | 'amber' | 'red' | 'gray' | 'accent' | 'violet';

/** A small colored label. `dot` adds a status dot before the text. */
export function Badge({ tone, dot = false, title, children }: { tone: Tone; dot?: boolean; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {dot ? <span className="badge-dot" aria-hidden="true" /> : null}
      {children}
    </span>
  );
}
