/**
 * Fetches a raw RIR statistics file (e.g. `delegated-lacnic-extended-latest`) and computes the
 * map's figures from it in a Web Worker, or on the main thread when no worker can start.
 * Failures reject with the kit's data failures (http-status, timeout, too-large, parse).
 */
import { dataFailure, fetcher } from '../core/data.js';
import type { ParticipationData } from './participation-data.js';

/** Largest statistics file accepted (LACNIC's full file is about 4 MB). */
export const MAX_STATS_BYTES = 12 * 1024 * 1024;

export interface StatsLoadOptions {
  timeout: number;
  signal?: AbortSignal;
  maxBytes?: number;
  format: string;
}

/** Which path computed the last result (for tests and the bench). */
export const statsRuntime = { lastVia: '' as '' | 'worker' | 'main' };

/** The name of the Trusted Types policy the kit creates (only to start its own worker). */
export const TRUSTED_TYPES_POLICY = 'lacnic-widgets';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null | undefined;

/** The kit's own worker script, and nothing else, may pass the policy. */
const WORKER_PATH = /\/stats-worker[\w-]*\.[jt]s$/;

function scriptUrlPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  try {
    policy = factory
      ? factory.createPolicy(TRUSTED_TYPES_POLICY, {
          createScriptURL(url: string) {
            const parsed = new URL(url);
            if (!['https:', 'http:'].includes(parsed.protocol) || !WORKER_PATH.test(parsed.pathname)) throw new TypeError('not the kit worker');
            return url;
          },
        })
      : null;
  } catch {
    // The page's `trusted-types` directive does not name the kit's policy: no worker then.
    policy = null;
  }
  return policy;
}

/**
 * The page's Worker, given a Trusted Types script URL where the browser has Trusted Types (a
 * page with `require-trusted-types-for 'script'` blocks a plain URL). Throws when the policy
 * could not be created, so the figures are computed on the main thread instead.
 */
function trustedWorker(): typeof Worker {
  const Base = globalThis.Worker;
  if (!(globalThis as { trustedTypes?: unknown }).trustedTypes) return Base;
  const trusted = scriptUrlPolicy();
  if (!trusted) throw new Error('no Trusted Types policy for the worker');
  return function TrustedWorker(url: URL, options?: WorkerOptions) {
    return new Base(trusted.createScriptURL(url.href) as string, options);
  } as unknown as typeof Worker;
}

function inWorker(buffer: ArrayBuffer, file: string): Promise<ParticipationData> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      // Named `Worker` and written as `new Worker(new URL(…, import.meta.url))` so the bundler
      // still finds the worker script and builds it.
      const Worker = trustedWorker();
      worker = new Worker(new URL('./stats-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(error);
      return;
    }
    worker.onmessage = (e: MessageEvent<{ data?: ParticipationData; error?: string }>) => {
      worker.terminate();
      if (e.data.data) {
        statsRuntime.lastVia = 'worker';
        resolve(e.data.data);
      } else reject(Object.assign(new Error(e.data.error ?? 'parse'), { statsError: e.data.error ?? 'parse' }));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      reject(new Error('worker failed to start'));
    };
    // The worker gets a copy: the main thread keeps the bytes for a fallback parse.
    worker.postMessage({ buffer: buffer.slice(0), file });
  });
}

/**
 * Computes figures from statistics bytes: in a worker, else on the main thread. When neither the
 * worker nor the parser's own file loads (offline, or a redeploy replaced the kit's files), that
 * is a network failure to retry, not a file "in the wrong format".
 */
export async function computeFromBytes(buffer: ArrayBuffer, file: string, format = 'RIR statistics'): Promise<ParticipationData> {
  try {
    return await inWorker(buffer, file);
  } catch (error) {
    if ((error as { statsError?: string }).statsError) throw dataFailure('parse', { format, retryable: true });
  }
  let compute: (buffer: ArrayBuffer, file: string) => ParticipationData;
  try {
    compute = (await import('./stats-worker.js')).computeParticipation;
  } catch {
    throw dataFailure('fetch-failed', { retryable: true });
  }
  try {
    const data = compute(buffer, file);
    statsRuntime.lastVia = 'main';
    return data;
  } catch {
    throw dataFailure('parse', { format, retryable: true });
  }
}

export async function loadStats(src: string, options: StatsLoadOptions): Promise<ParticipationData> {
  // Loaded with the first URL: a map on its built-in figures never needs it.
  const { fetchLimited } = await fetcher();
  const { bytes } = await fetchLimited(src, {
    timeout: options.timeout,
    maxBytes: options.maxBytes ?? MAX_STATS_BYTES,
    signal: options.signal,
  });
  const file = decodeURIComponent(new URL(src, document.baseURI).pathname.split('/').pop() || 'stats');
  return computeFromBytes(bytes.buffer as ArrayBuffer, file, options.format);
}
