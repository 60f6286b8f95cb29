import type { DataError } from './data.js';

/** A failure with the facts needed to report it; thrown by fetchers, parsers and loaders. */
export class DataFailure extends Error {
  constructor(readonly detail: Omit<DataError, 'source'>) {
    super(detail.code);
  }
}
