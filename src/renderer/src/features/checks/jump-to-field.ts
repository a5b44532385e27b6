import type { PathSegment } from '../../../../shared/compare/diff-icps';

/*
 * A finding's path (Compare's addressing) to the part of the detail that shows it: the element
 * whose data-check-path is the longest prefix of the path, e.g. a finding about
 * leadProviderCriteria/0/filters/job_title lands on Search 1's card.
 */

const HIGHLIGHT_CLASS = 'check-target';

export function jumpToField(path: readonly PathSegment[]): boolean {
  const pane = document.querySelector('.detail-pane');
  if (!pane) return false;
  for (let length = path.length; length > 0; length--) {
    const anchor = path.slice(0, length).join('/');
    const target = pane.querySelector<HTMLElement>(`[data-check-path="${CSS.escape(anchor)}"]`);
    if (!target) continue;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.classList.remove(HIGHLIGHT_CLASS);
    // Restart the highlight's animation when the same field is chosen twice.
    void target.offsetWidth;
    target.classList.add(HIGHLIGHT_CLASS);
    target.addEventListener('animationend', () => target.classList.remove(HIGHLIGHT_CLASS), { once: true });
    return true;
  }
  return false;
}
