import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LacnicErrorEvent } from './events.js';
import type { DataSource, ErrorCode, ItemProblem, ProblemReason } from './events.js';
import { fmt, formatNumber } from './i18n.js';
import type { ResolvedLocale } from './i18n.js';
import { coreMessages } from './messages.js';
import { cleanText } from './text.js';

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
  data?: unknown;
  src?: string;
  fetchTimeout?: number;
  readonly locale: ResolvedLocale;
}

export interface DataOptions<T> {
  /** Checks the shape of every item; bad items are dropped and reported. */
  validate(raw: unknown): Validated<T>;
  /** The built-in content, used when no other source is given. */
  defaults(): T[] | Promise<T[]>;
  /** What to report `defaults()` as (default `'default'`; the map says `'stats-src'` for its file). */
  defaultsSource?(): DataSource;
  /** Progressive enhancement: reads light-DOM markup; `undefined` when there is none. */
  fromMarkup?(host: HTMLElement): unknown;
  /** Turns a fetched body into raw data; JSON unless the widget knows other formats. */
  parseText?(text: string, contentType: string, url: string): unknown;
  /** Name of the format for messages ("JSON", "CSV", …), given the content type. */
  formatName?(contentType: string, url: string): string;
  /** Largest body accepted from `src`, in bytes (default 10 MB). */
  maxBytes?: number;
}

class DataFailure extends Error {
  constructor(readonly detail: Omit<DataError, 'source'>) {
    super(detail.code);
  }
}

const MB = 1024 * 1024;

/**
 * Reads a response body, refusing it as soon as it grows past `max` bytes (a declared
 * Content-Length over the cap is refused before reading). Throws a `too-large` data failure.
 */
export async function readLimitedBytes(response: Response, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) throw new DataFailure({ code: 'too-large', retryable: true, limit: max });
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => {});
      throw new DataFailure({ code: 'too-large', retryable: true, limit: max });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export interface FetchLimitedOptions {
  /** Milliseconds allowed for the whole request, body included. */
  timeout: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Aborts the request (e.g. `src` changed, or the element left the page). */
  signal?: AbortSignal;
}

/** Whether a fetched body is CSV: served as `text/csv`, or named `*.csv`. */
export function isCsv(contentType: string, url: string): boolean {
  return /csv/i.test(contentType) || /\.csv(?:[?#]|$)/i.test(url);
}

/**
 * Fetches an http(s) or blob: URL with a timeout and a byte cap. Every failure throws a data
 * failure, all retryable but a refused URL scheme: `fetch-failed`, `timeout`, `http-status`,
 * `too-large`.
 * An abort through `signal` throws `fetch-failed` too; callers that aborted ignore it.
 */
export async function fetchLimited(src: string, options: FetchLimitedOptions): Promise<{ bytes: Uint8Array; type: string }> {
  const abort = new AbortController();
  const onAbort = () => abort.abort();
  options.signal?.addEventListener('abort', onAbort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, Math.max(1, options.timeout || 15_000));
  try {
    const url = new URL(src, document.baseURI);
    if (!['https:', 'http:', 'blob:'].includes(url.protocol)) throw new DataFailure({ code: 'fetch-failed', retryable: false });
    const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
    if (!response.ok) throw new DataFailure({ code: 'http-status', retryable: true, status: response.status });
    const type = response.headers.get('content-type') ?? '';
    return { bytes: await readLimitedBytes(response, options.maxBytes), type };
  } catch (error) {
    if (error instanceof DataFailure) throw error;
    throw new DataFailure({ code: timedOut ? 'timeout' : 'fetch-failed', retryable: true });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
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
  }

  hostConnected(): void {
    this.childObserver ??= new MutationObserver(() => {
      if (this.source !== 'data' && this.source !== 'src') this.load();
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
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

  hostUpdate(): void {
    if (this.host.data !== this.seenData || (this.host.src || undefined) !== this.seenSrc) this.load();
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
      this.accept(options.validate(host.data), 'data');
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
      this.accept(options.validate(raw), 'inline');
      return;
    }
    const src = host.src?.trim();
    if (src) {
      await this.fetchSrc(src, token);
      return;
    }
    const markup = options.fromMarkup?.(host);
    if (markup !== undefined) {
      this.accept(options.validate(markup), 'markup');
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
    let text: string;
    let type: string;
    try {
      const body = await fetchLimited(src, { timeout: Number(this.host.fetchTimeout), maxBytes: this.maxBytes, signal: abort.signal });
      text = new TextDecoder().decode(body.bytes);
      type = body.type;
    } catch (error) {
      if (token !== this.token) return;
      this.fail(error instanceof DataFailure ? error.detail : { code: 'fetch-failed', retryable: true }, 'src');
      return;
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
    if (token !== this.token) return;
    let raw: unknown;
    try {
      // A parser may be async (CSV support loads its parser only when a CSV arrives).
      raw = this.options.parseText ? await this.options.parseText(text, type, src) : JSON.parse(text);
    } catch (error) {
      if (token !== this.token) return;
      // A body that is not the expected format (an HTML error page, a half-deployed file) is the
      // server's state, like a 404: Retry may well succeed later.
      if (error instanceof DataFailure) this.fail({ ...error.detail, retryable: true }, 'src');
      else this.fail({ code: 'parse', retryable: true, format: this.options.formatName?.(type, src) ?? 'JSON' }, 'src');
      return;
    }
    if (token !== this.token) return;
    this.accept(this.options.validate(raw), 'src');
  }

  private setLoading(source: DataSource): void {
    this.source = source;
    this.state = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
  }

  private accept({ items, problems }: Validated<T>, source: DataSource): void {
    this.source = source;
    if (!items.length && problems.length) {
      this.fail({ code: 'invalid-data', retryable: false, problems }, source);
      return;
    }
    this.items = items;
    this.state = items.length ? 'ready' : 'empty';
    this.error = problems.length ? { code: 'invalid-item', source, retryable: false, problems } : undefined;
    this.host.requestUpdate();
    if (this.error) this.report(this.error);
  }

  private fail(detail: Omit<DataError, 'source'>, source: DataSource): void {
    // The last good items stay, so a widget can keep its last good picture under the message.
    this.source = source;
    this.state = 'error';
    this.error = { ...detail, source };
    this.host.requestUpdate();
    this.report(this.error);
  }

  private report(error: DataError): void {
    const message = describeError(error, this.host.locale);
    this.host.dispatchEvent(new LacnicErrorEvent({ code: error.code, message, source: error.source, problems: error.problems }));
  }
}

function itemLabel(p: ItemProblem, locale: ResolvedLocale): string {
  const m = coreMessages[locale.lang];
  const name = p.name ? cleanText(p.name).replace(/\s+/g, ' ').slice(0, 40) : '';
  return name ? fmt(m.itemNamed, { n: p.index + 1, name }) : fmt(m.item, { n: p.index + 1 });
}

/** One problem in words: "item 3 (“ISOC”): “url” is not a safe link". */
export function describeProblem(p: ItemProblem, locale: ResolvedLocale): string {
  const m = coreMessages[locale.lang];
  const reason = fmt(m.reasons[p.reason], { field: cleanText(p.field).slice(0, 40) });
  return p.reason === 'not-a-list' ? reason : `${itemLabel(p, locale)}: ${reason}`;
}

/** The sentence a widget shows, and `lacnic-error` carries, for a failure. */
export function describeError(error: DataError, locale: ResolvedLocale): string {
  const m = coreMessages[locale.lang];
  const problems = error.problems ?? [];
  const shown = problems.slice(0, 3).map((p) => describeProblem(p, locale));
  if (problems.length > 3) shown.push(fmt(m.more, { count: formatNumber(problems.length - 3, locale.tag) }));
  const skipped = new Set(problems.map((p) => p.index)).size;
  return fmt(m.errors[error.code], {
    status: error.status ?? '',
    format: error.format ?? 'JSON',
    limit: error.limit ? `${formatNumber(error.limit / MB, locale.tag, { maximumFractionDigits: 1 })} MB` : '',
    count: formatNumber(skipped, locale.tag),
    detail: shown.join('; '),
  });
}

/** A data failure a parser may throw to be reported as such. */
export function dataFailure(code: ErrorCode, extra: Partial<DataError> = {}): Error {
  return new DataFailure({ code, retryable: false, ...extra });
}

/** Builds a validator: checks the value is a list and runs `each` on every object in it. */
export function validateList<T>(
  raw: unknown,
  each: (item: Record<string, unknown>, report: (field: string, reason: ProblemReason) => void, index: number) => T | undefined,
  nameOf: (item: Record<string, unknown>) => unknown = (item) => item.name ?? item.title ?? item.id,
): Validated<T> {
  const problems: ItemProblem[] = [];
  if (!Array.isArray(raw)) {
    return { items: [], problems: [{ index: 0, field: '', reason: 'not-a-list' }] };
  }
  const items: T[] = [];
  raw.forEach((value, index) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ index, field: 'item', reason: 'type' });
      return;
    }
    const obj = value as Record<string, unknown>;
    const rawName = nameOf(obj);
    const name = typeof rawName === 'string' ? rawName : undefined;
    let bad = false;
    const item = each(obj, (field, reason) => {
      bad = true;
      problems.push({ index, name, field, reason });
    }, index);
    if (item !== undefined && !bad) items.push(item);
  });
  return { items, problems };
}

