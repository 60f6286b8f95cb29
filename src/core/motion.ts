const QUERY = '(prefers-reduced-motion: reduce)';

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches;
}

/** Calls back whenever the reduced-motion preference changes; returns the unsubscribe. */
export function onReducedMotionChange(callback: (reduce: boolean) => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const mql = matchMedia(QUERY);
  const listener = (e: MediaQueryListEvent) => callback(e.matches);
  mql.addEventListener('change', listener);
  return () => mql.removeEventListener('change', listener);
}
