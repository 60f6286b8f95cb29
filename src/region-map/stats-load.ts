/**
 * Fetches a raw RIR statistics file (e.g. `delegated-lacnic-extended-latest`) and computes the
 * map's figures from it in a Web Worker, or on the main thread when no worker can start.
 * Failures reject with the kit's data failures (http-status, timeout, too-large, parse).
 */
import { dataFailure, fetchLimited } from '../core/data.js';
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

function inWorker(buffer: ArrayBuffer, file: string): Promise<ParticipationData> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
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

async function onMainThread(buffer: ArrayBuffer, file: string): Promise<ParticipationData> {
  const { computeParticipation } = await import('./stats-worker.js');
  const data = computeParticipation(buffer, file);
  statsRuntime.lastVia = 'main';
  return data;
}

/** Computes figures from statistics bytes: in a worker, else on the main thread. */
export async function computeFromBytes(buffer: ArrayBuffer, file: string, format = 'RIR statistics'): Promise<ParticipationData> {
  try {
    return await inWorker(buffer, file);
  } catch (error) {
    if ((error as { statsError?: string }).statsError) throw dataFailure('parse', { format, retryable: true });
  }
  try {
    return await onMainThread(buffer, file);
  } catch {
    throw dataFailure('parse', { format, retryable: true });
  }
}

export async function loadStats(src: string, options: StatsLoadOptions): Promise<ParticipationData> {
  const { bytes } = await fetchLimited(src, {
    timeout: options.timeout,
    maxBytes: options.maxBytes ?? MAX_STATS_BYTES,
    signal: options.signal,
  });
  const file = decodeURIComponent(new URL(src, document.baseURI).pathname.split('/').pop() || 'stats');
  return computeFromBytes(bytes.buffer as ArrayBuffer, file, options.format);
}
