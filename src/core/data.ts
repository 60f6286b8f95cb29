import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LacnicErrorEvent } from './events.js';
import type { DataSource, ErrorCode, ItemProblem } from './events.js';
import type { ResolvedLocale } from './i18n.js';
import { coreMessages } from './messages.js';
import { DataFailure } from './failure.js';
import { onDemand } from './on-demand.js';

export type DataState = 'loading' | 'ready' | 'empty' | 'error';

export interface Validated<T> {
  items: T[];
  problems: ItemProblem[];
}

/** A failure with the facts needed to word it in any language later. */
export interface DataError {
  code: ErrorCode;
  source: DataSource;
  /**
   * Anything that went wrong fetching a URL can be retried (the server may fix it: a 404, a
   * timeout, an HTML error page or an oversized file); bad content given in the page cannot.
   */
  retryable: boolean;
  status?: number;
  format?: string;
  limit?: number;
  problems?: ItemProblem[];
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** False until the host's first update (Lit's `hasUpdated`). */
  readonly hasUpdated?: boolean;
  /**
   * Lets a controller see changed properties at the start of each update, before the host's
   * `willUpdate()` reads its state (see LacnicElement). Without it, `hostUpdate()` does.
   */
  addUpdateStart?(controller: { hostUpdateStart(): void }): void;
  data?: unknown;
  src?: string;
  fetchTimeout?: number;
  readonly locale: ResolvedLocale;
}

export interface DataOptions<T> {
  /**
   * Checks the shape of every item; bad items are dropped and reported. May answer with a
   * promise the first time (a validator loaded on demand); the last good items stay meanwhile.
   */
  validate(raw: unknown): Validated<T> | Promise<Validated<T>>;
  /** The built-in content, used when no other source is given. */
  defaults(): T[] | Promise<T[]>;
  /** What to report `defaults()` as (default `'default'`; the map says `'stats-src'` for its file). */
  defaultsSource?(): DataSource;
  /**
   * Progressive enhancement: reads light-DOM markup; `undefined` when there is none. May answer
   * with a promise (a reader loaded on demand) that also resolves to `undefined` for none.
   */
  fromMarkup?(host: HTMLElement): unknown;
  /** Turns a fetched body into raw data; JSON unless the widget knows other formats. */
  parseText?(text: string, contentType: string, url: string): unknown;
  /** Name of the format for messages ("JSON", "CSV", …), given the content type. */
  formatName?(contentType: string, url: string): string;
  /** Largest body accepted from `src`, in bytes (default 10 MB). */
  maxBytes?: number;
}

const MB = 1024 * 1024;

// The sentences for failures load the first time one happens (./describe.ts): a page whose data
// is fine never downloads them. Until they arrive a failure is not shown or reported, so the
// error box, its message and `lacnic-error` always come together. The fetcher (./fetch.ts) loads
// with the first `src`.
const describer = onDemand(() => import('./describe.js'));
/** The byte-capped fetcher and reader of `src`, loaded with the first URL a widget is given. */
export const fetcher = onDemand(() => import('./fetch.js'));

/** Settles once the sentences are here, or could not be fetched (offline?): then the title is used. */
const whenDescribed = (): Promise<unknown> => describer().catch(() => undefined);

/** The sentence a widget shows, and `lacnic-error` carries, for a failure. */
export function describeError(error: DataError, locale: ResolvedLocale): string {
  return describer.loaded?.describeError(error, locale) ?? `${coreMessages[locale.lang].errorTitle} (${error.code})`;
}

/**
 * Resolves a widget's data from, in order: the `data` property, an inline
 * `<script type="application/json">` child, the `src` URL, light-DOM markup, the built-in
 * content. Tracks loading / ready / empty / error, fires `lacnic-error` for every failure and
 * never lets one escape as an uncaught exception or unhandled rejection.
 */
export class DataController<T> implements ReactiveController {
  state: DataState = 'loading';
  items: T[] = [];
  source: DataSource = 'default';
  /** The current failure: the whole set (`state === 'error'`) or skipped items (`state === 'ready'`). */
  error?: DataError;

  private token = 0;
  private abort?: AbortController;
  private seenData: unknown = undefined;
  private seenSrc: string | undefined = undefined;
  private started = false;
  private childObserver?: MutationObserver;
  private readonly maxBytes: number;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions<T>,
  ) {
    this.maxBytes = options.maxBytes ?? 10 * MB;
    host.addController(this);
    host.addUpdateStart?.(this);
  }

  hostConnected(): void {
    this.childObserver ??= new MutationObserver(() => {
      if (this.source !== 'data' && this.source !== 'src') this.load();
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Before the first update the sources are not all known yet: a `data` the site set before
    // the element was upgraded is given back to it in that update. The update loads then.
    if (this.host.hasUpdated === false) return;
    if (!this.started || this.state === 'loading') this.load();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    if (this.abort) {
      this.abort.abort();
      this.abort = undefined;
      this.token++;
      if (this.state === 'loading') this.started = false;
    }
  }

  /**
   * Loads when `data` or `src` changed (or nothing loaded yet). Runs as an update starts, before
   * the host's `willUpdate()` computes what to show: a synchronous validation then lands in that
   * same update (inside Lit's update a `requestUpdate()` would be dropped, and the site's data
   * would wait for some unrelated change).
   */
  hostUpdateStart(): void {
    if (!this.started || this.host.data !== this.seenData || (this.host.src || undefined) !== this.seenSrc) this.load();
  }

  hostUpdate(): void {
    this.hostUpdateStart();
  }

  /** Loads again from the current sources (the Retry button calls this). */
  retry(): void {
    this.load();
  }

  /** Re-reads the sources now; safe to call at any time. */
  load(): void {
    this.started = true;
    this.seenData = this.host.data;
    this.seenSrc = this.host.src || undefined;
    this.abort?.abort();
    this.abort = undefined;
    const token = ++this.token;
    this.run(token).catch((error: unknown) => {
      // Nothing may escape: anything unexpected becomes a visible, reported error.
      if (token !== this.token) return;
      // A DataFailure (e.g. thrown by an async `defaults()`) is an expected, reported failure.
      if (!(error instanceof DataFailure)) console.error('[lacnic-widgets]', error);
      this.fail(error instanceof DataFailure ? error.detail : { code: 'invalid-data', retryable: false }, this.source);
    });
  }

  private async run(token: number): Promise<void> {
    const { host, options } = this;
    if (host.data !== undefined && host.data !== null) {
      await this.settle(options.validate(host.data), 'data', token);
      return;
    }
    const inline = host.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      let raw: unknown;
      try {
        raw = JSON.parse(inline.textContent ?? '');
      } catch {
        this.fail({ code: 'parse', retryable: false, format: 'JSON' }, 'inline');
        return;
      }
      await this.settle(options.validate(raw), 'inline', token);
      return;
    }
    const src = host.src?.trim();
    if (src) {
      await this.fetchSrc(src, token);
      return;
    }
    let markup = options.fromMarkup?.(host);
    if (markup instanceof Promise) {
      markup = await markup;
      if (token !== this.token) return;
    }
    if (markup !== undefined) {
      await this.settle(options.validate(markup), 'markup', token);
      return;
    }
    const source = options.defaultsSource?.() ?? 'default';
    const defaults = options.defaults();
    if (defaults instanceof Promise) {
      this.setLoading(source);
      const items = await defaults;
      if (token !== this.token) return;
      this.accept({ items, problems: [] }, source);
    } else {
      this.accept({ items: defaults, problems: [] }, source);
    }
  }

  private async fetchSrc(src: string, token: number): Promise<void> {
    this.setLoading('src');
    const abort = new AbortController();
    this.abort = abort;
    let raw: unknown;
    try {
      const { fetchData } = await fetcher();
      raw = await fetchData(src, { timeout: Number(this.host.fetchTimeout), maxBytes: this.maxBytes, signal: abort.signal }, this.options);
    } catch (error) {
      if (token !== this.token) return;
      this.fail(error instanceof DataFailure ? error.detail : { code: 'fetch-failed', retryable: true }, 'src');
      return;
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
    if (token !== this.token) return;
    await this.settle(this.options.validate(raw), 'src', token);
  }


  private setLoading(source: DataSource): void {
    this.source = source;
    this.state = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Accepts a validation now, or when an on-demand validator answers (if still current). */
  private async settle(result: Validated<T> | Promise<Validated<T>>, source: DataSource, token: number): Promise<void> {
    if (result instanceof Promise) {
      result = await result;
      if (token !== this.token) return;
    }
    this.accept(result, source);
  }

  private accept({ items, problems }: Validated<T>, source: DataSource): void {
    this.source = source;
    if (!items.length && problems.length) {
      this.fail({ code: 'invalid-data', retryable: false, problems }, source);
      return;
    }
    this.items = items;
    this.state = items.length ? 'ready' : 'empty';
    this.error = undefined;
    this.host.requestUpdate();
    if (!problems.length) return;
    // The good items show at once; the notice about the skipped ones once it can be worded.
    const token = this.token;
    const error: DataError = { code: 'invalid-item', source, retryable: false, problems };
    void whenDescribed().then(() => {
      if (token !== this.token) return;
      this.error = error;
      this.host.requestUpdate();
      this.report(error);
    });
  }

  private fail(detail: Omit<DataError, 'source'>, source: DataSource): void {
    const token = this.token;
    void whenDescribed().then(() => {
      if (token !== this.token) return;
      // The last good items stay, so a widget can keep its last good picture under the message.
      this.source = source;
      this.state = 'error';
      this.error = { ...detail, source };
      this.host.requestUpdate();
      this.report(this.error);
    });
  }

  private report(error: DataError): void {
    const message = describeError(error, this.host.locale);
    this.host.dispatchEvent(new LacnicErrorEvent({ code: error.code, message, source: error.source, problems: error.problems }));
  }
}

/** A data failure a parser may throw to be reported as such. */
export function dataFailure(code: ErrorCode, extra: Partial<DataError> = {}): Error {
  return new DataFailure({ code, retryable: false, ...extra });
}
