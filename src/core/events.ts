/**
 * Where a widget's data came from, in the order of precedence the kit applies. `stats-src` is the
 * map's RIR statistics file, which stands in for its built-in figures.
 */
export type DataSource = 'data' | 'inline' | 'src' | 'markup' | 'stats-src' | 'default';

/** Why loading or validating data failed. */
export type ErrorCode =
  | 'fetch-failed'
  | 'timeout'
  | 'http-status'
  | 'too-large'
  | 'parse'
  | 'invalid-data'
  | 'invalid-item';

export interface LacnicErrorDetail {
  code: ErrorCode;
  /** A short sentence in the reader's language; the same text the widget shows. */
  message: string;
  source: DataSource;
  /** Item-level problems, when the code is `invalid-data` or `invalid-item`. */
  problems?: readonly ItemProblem[];
}

/** What is wrong with one item: which item (0-based index, and its name when it has one) and field. */
export interface ItemProblem {
  index: number;
  name?: string;
  field: string;
  reason: ProblemReason;
}

export type ProblemReason = 'missing' | 'type' | 'unsafe-url' | 'duplicate' | 'invalid' | 'unknown' | 'not-a-list';

export class LacnicErrorEvent extends CustomEvent<LacnicErrorDetail> {
  constructor(detail: LacnicErrorDetail) {
    super('lacnic-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lacnic-error': LacnicErrorEvent;
  }
}

/** Fires a kit event: `lacnic-` prefixed, bubbling, composed. */
export function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
