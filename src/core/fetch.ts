// Fetching a widget's `src`: loaded on demand, the first time a page gives a URL.
import type { DataOptions } from './data.js';
import { DataFailure } from './failure.js';

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
 * Fetches `src` (see {@link fetchLimited}) and turns the body into raw data with the widget's
 * parser (JSON unless it knows other formats). A body that is not the expected format (an HTML
 * error page, a half-deployed file) is the server's state, like a 404: its failure is retryable.
 */
export async function fetchData(src: string, options: FetchLimitedOptions, format: Pick<DataOptions<unknown>, 'parseText' | 'formatName'>): Promise<unknown> {
  const { bytes, type } = await fetchLimited(src, options);
  const text = new TextDecoder().decode(bytes);
  try {
    // A parser may be async (CSV support loads its parser only when a CSV arrives).
    return format.parseText ? await format.parseText(text, type, src) : JSON.parse(text);
  } catch (error) {
    if (error instanceof DataFailure) throw new DataFailure({ ...error.detail, retryable: true });
    throw new DataFailure({ code: 'parse', retryable: true, format: format.formatName?.(type, src) ?? 'JSON' });
  }
}
