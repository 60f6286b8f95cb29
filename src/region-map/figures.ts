/**
 * The figures the region map colours: one row per economy, validated from any source (the
 * built-in participation data, a custom JSON/CSV, or an RIR statistics file parsed client-side).
 */
import { dataFailure } from '../core/data.js';
import { isCsv, validateList } from '../core/validate.js';
import type { Validated } from '../core/data.js';
import type { ItemProblem } from '../core/events.js';
import { cleanText } from '../core/text.js';
import { isLacnicEconomy } from './economies.js';
import type { ParticipationData } from './participation-data.js';

/** One economy's figures: `values` by metric; `series` cumulative by year (aligned with `years`). */
export interface EconomyFigures {
  code: string;
  values: Record<string, number>;
  series?: Record<string, number[]>;
  years?: number[];
  label?: string;
}

/** A custom datum: `{ code, value, label? }` (any other numeric keys are metrics too). */
export interface RegionDatum {
  code: string;
  value?: number | string;
  label?: string;
  [metric: string]: unknown;
}

/** Custom data: a list of {@link RegionDatum} or an object `{ BR: 5017, AR: 790 }`. */
export type RegionData = RegionDatum[] | Record<string, number>;

/** Rows from a participation file (built-in or computed from a statistics file). */
export function figuresFromParticipation(data: ParticipationData): EconomyFigures[] {
  return Object.entries(data.economies).map(([code, e]) => ({
    code,
    values: { holders: e!.holders, asn: e!.asn, ipv4: e!.ipv4, ipv6: e!.ipv6 },
    series: e!.byYear,
    years: data.years,
  }));
}

const RESERVED = new Set(['code', 'label', 'name']);

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') return Number(v.trim());
  return undefined;
}

/** Checks custom data; unknown codes, codes outside the region, bad values are reported, never dropped silently. */
export function validateFigures(raw: unknown): Validated<EconomyFigures> {
  let list = raw;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    list = Object.entries(raw as Record<string, unknown>).map(([code, value]) => ({ code, value }));
  }
  const seen = new Set<string>();
  const result = validateList<EconomyFigures>(
    list,
    (item, report) => {
      const rawCode = item.code;
      if (typeof rawCode !== 'string' || !rawCode.trim()) {
        report('code', rawCode === undefined ? 'missing' : 'type');
        return undefined;
      }
      const code = rawCode.trim().toUpperCase();
      if (!isLacnicEconomy(code)) {
        report('code', 'unknown');
        return undefined;
      }
      if (seen.has(code)) {
        report('code', 'duplicate');
        return undefined;
      }
      const values: Record<string, number> = {};
      let bad = false;
      for (const [key, v] of Object.entries(item)) {
        if (RESERVED.has(key)) continue;
        const n = toNumber(v);
        bad ||= n === undefined || !Number.isFinite(n) || n < 0;
        if (n === undefined || !Number.isFinite(n)) report(key, v === undefined || v === '' ? 'missing' : 'type');
        else if (n < 0) report(key, 'invalid');
        else values[key] = n;
      }
      if (bad) return undefined;
      if (!Object.keys(values).length) {
        report('value', 'missing');
        return undefined;
      }
      seen.add(code);
      const label = typeof item.label === 'string' ? cleanText(item.label).trim() || undefined : undefined;
      return { code, values, label };
    },
    (item) => item.code,
  );
  return result;
}

/**
 * Reads a fetched body: CSV (code,value[,label]) by type or extension, else JSON. The CSV
 * parser is loaded only when a CSV arrives, so pages with JSON or the built-in figures never
 * fetch it.
 */
export async function parseFigures(text: string, contentType: string, url: string): Promise<unknown> {
  if (!isCsv(contentType, url) && /^\s*[[{]/.test(text)) return JSON.parse(text);
  const { parseCsv } = await import('../core/csv.js');
  const { columns, rows } = parseCsv(text);
  if (!columns.includes('code')) throw dataFailure('parse', { format: 'CSV' });
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const c of columns) if (r[c] !== undefined) out[c.trim()] = r[c];
    if (out.label === '') delete out.label;
    return out;
  });
}

export function figuresFormat(contentType: string, url: string): string {
  return isCsv(contentType, url) ? 'CSV' : 'JSON';
}

export type { ItemProblem };
