import './controls.css';

/** A shimmering placeholder of a given size, shown where data will appear (no layout jump). */
export function Skeleton({ width, height = 12 }: { width: number | string; height?: number }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}
