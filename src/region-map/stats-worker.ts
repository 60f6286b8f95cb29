/// <reference lib="webworker" />
/**
 * Parses an RIR statistics file off the main thread: receives the bytes (transferred), answers
 * `{ data }` (a ParticipationData) or `{ error: code }`.
 */
import { toParticipationData } from './participation-data.js';
import { parseDelegatedStats, StatsFormatError } from './stats-parser.js';

export interface StatsRequest {
  buffer: ArrayBuffer;
  file: string;
}

export function computeParticipation(buffer: ArrayBuffer, file: string) {
  const text = new TextDecoder('latin1').decode(buffer);
  const result = parseDelegatedStats(text);
  const serial = result.version?.serial ?? /(\d{8})/.exec(file)?.[1] ?? '';
  return toParticipationData(result, { file, serial, enddate: result.version?.enddate ?? null, md5: null });
}

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
if (typeof (scope as { importScripts?: unknown }).importScripts === 'function') {
  scope.onmessage = (event: MessageEvent<StatsRequest>) => {
    try {
      scope.postMessage({ data: computeParticipation(event.data.buffer, event.data.file) });
    } catch (error) {
      scope.postMessage({ error: error instanceof StatsFormatError ? error.code : 'parse' });
    }
  };
}
