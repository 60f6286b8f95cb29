/** Small helpers shared by the browser tests. */
import { aTimeout, oneEvent } from '@open-wc/testing';
import type { LacnicErrorEvent } from '../src/core/events.js';
// The widgets load the sentences for failures on the first failure (test/core/on-demand.test.ts
// covers that). Loaded here up front, so a test can read an error's text right after a fixture.
import '../src/core/describe.js';

/** Collects every `lacnic-error` fired on (or inside) the document while a test runs. */
export function errorSpy(): { events: LacnicErrorEvent[]; stop: () => void } {
  const events: LacnicErrorEvent[] = [];
  const listener = (e: Event) => events.push(e as LacnicErrorEvent);
  document.addEventListener('lacnic-error', listener);
  return { events, stop: () => document.removeEventListener('lacnic-error', listener) };
}

/** Fails the test if an uncaught error or unhandled rejection happens while `fn` runs. */
export async function noUncaught<T>(fn: () => Promise<T>): Promise<T> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await fn();
    await aTimeout(20);
    if (errors.length) throw new Error(`uncaught: ${errors.map(String).join('; ')}`);
    return result;
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** A URL that answers like a real server: a Blob URL (JSON) or a data-less 404 path. */
export function jsonUrl(value: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
}

/** Waits until `check` is true (polling each frame), or fails after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * Waits until the map link's listening module is in (a widget loads it the first time its `for`
 * is set) and every widget waiting for it listens.
 */
export async function linkReady(): Promise<void> {
  await import('../src/core/link-follow.js');
  await aTimeout(0);
}

export { oneEvent };
