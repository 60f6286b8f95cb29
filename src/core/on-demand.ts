import { DataFailure } from './failure.js';

/** A module the kit loads the first time a page needs it; see {@link onDemand}. */
export interface OnDemand<M> {
  (): Promise<M>;
  /** The module, once it has arrived: code that runs often can then stay synchronous. */
  loaded?: M;
}

/**
 * Wraps a dynamic `import()` of a feature a page may never use (fetching a URL, wording a
 * failure, reading markup…), so that it costs nothing until then. The first call starts the
 * load and later calls share it. If the kit's own file cannot be fetched, the promise rejects
 * with a retryable network failure (the widget shows Retry) and the next call tries again.
 */
export function onDemand<M>(load: () => Promise<M>): OnDemand<M> {
  let pending: Promise<M> | undefined;
  const get = (() =>
    (pending ??= load().then(
      (m) => (get.loaded = m),
      () => {
        pending = undefined;
        throw new DataFailure({ code: 'fetch-failed', retryable: true });
      },
    ))) as OnDemand<M>;
  return get;
}
