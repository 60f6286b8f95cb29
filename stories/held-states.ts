import { layoutSource } from '../src/region-map/layout.js';

// States a story holds while it is shown, and restores when it unmounts.
/**
 * The Loading stories: a same-origin URL whose fetch never settles while the story is shown,
 * so a widget with `src` set to it stays in its loading state (a static Storybook has no slow
 * server). Used as a story's `beforeEach`; its cleanup restores `fetch` when the story unmounts.
 * Every other request goes through untouched.
 */
export const PENDING_URL = '/__storybook/pending.json';

let holders = 0;
let original: typeof fetch | undefined;

const isPending = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : String(input), location.href).pathname === PENDING_URL;

export function holdPendingFetch(): () => void {
  if (holders++ === 0) {
    const native = window.fetch;
    original = native;
    window.fetch = (input, init) => (isPending(input) ? new Promise<Response>(() => {}) : native(input, init));
  }
  return () => {
    if (--holders === 0 && original) {
      window.fetch = original;
      original = undefined;
    }
  };
}

/**
 * The map's "shapes failed" story: its geometry chunk cannot be fetched while the story is shown
 * (as on a flaky network), so the map shows its message, the figures table and Retry. Used as a
 * story's `beforeEach`; its cleanup restores the real chunk (Retry then draws the map).
 */
export function failMapShapes(): () => void {
  const real = layoutSource.load;
  layoutSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module (story)'));
  return () => {
    layoutSource.load = real;
  };
}
