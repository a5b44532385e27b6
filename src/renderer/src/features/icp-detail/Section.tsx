import { useId, type ReactNode } from 'react';
import '../../ui/badge.css';
import './detail.css';

/** A titled part of the detail view, with an optional count beside the title. */
export function Section({ title, count, note, anchor, children }: { title: string; count?: number; note?: string; anchor?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id} data-check-path={anchor}>
      <div className="section-head">
        <h2 id={id} className="section-title">
          {title}
        </h2>
        {count !== undefined ? <span className="count-pill">{count}</span> : null}
      </div>
      {note ? <p className="section-note">{note}</p> : null}
      {children}
    </section>
  );
}
