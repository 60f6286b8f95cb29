/**
 * The compact JSON the region map loads (src/data/participation-<year>.json), built from a
 * {@link ParticipationResult}. Pure; shared by scripts/data-participation.ts and the tests.
 *
 * Shape:
 * {
 *   source:   { file, serial, enddate, md5, records, malformed },
 *   metrics:  ["holders","asn","ipv4","ipv6"],
 *   years:    [first, ..., last],                  // consecutive
 *   economies:{ BR: { holders, asn, ipv4, ipv6,    // totals
 *                     byYear: { holders: [...], asn: [...], ipv4: [...], ipv6: [...] } } },
 *                                                  // cumulative, aligned with `years`
 *   noData:   ["FK","GS"],                         // region economies with no delegations
 *   total:    { holders, asn, ipv4, ipv6 },        // the region (31 economies)
 *   outside:  { US: { holders, asn, ipv4, ipv6 } } // codes outside the region
 * }
 * Economies without data are absent from `economies` (and listed in `noData`), never zero.
 */
import { LACNIC_ECONOMIES, type LacnicEconomy } from './economies.js';
import { METRICS, type Metric, type ParticipationResult, type Totals } from './stats-parser.js';

export interface ParticipationSource {
  /** File name the figures were computed from. */
  file: string;
  /** Serial of the version line, or the yyyymmdd date in the file name. */
  serial: string;
  /** End date of the version line; null when the file has none. */
  enddate: string | null;
  /** MD5 of the file's bytes; null when not computed. */
  md5: string | null;
}

export interface EconomySeries extends Totals {
  byYear: Record<Metric, number[]>;
}

export interface ParticipationData {
  source: ParticipationSource & { records: number; malformed: number };
  metrics: Metric[];
  years: number[];
  economies: Partial<Record<LacnicEconomy, EconomySeries>>;
  noData: LacnicEconomy[];
  total: Totals;
  outside: Partial<Record<string, Totals>>;
}

function totals(t: Totals): Totals {
  return { holders: t.holders, asn: t.asn, ipv4: t.ipv4, ipv6: t.ipv6 };
}

/** Reduce a parse result to the JSON the widget ships. */
export function toParticipationData(result: ParticipationResult, source: ParticipationSource): ParticipationData {
  const economies: Partial<Record<LacnicEconomy, EconomySeries>> = {};
  const noData: LacnicEconomy[] = [];
  for (const cc of LACNIC_ECONOMIES) {
    const e = result.economies[cc];
    if (!e) {
      noData.push(cc);
      continue;
    }
    economies[cc] = {
      ...totals(e),
      byYear: { holders: e.byYear.holders, asn: e.byYear.asn, ipv4: e.byYear.ipv4, ipv6: e.byYear.ipv6 },
    };
  }
  const outside: Partial<Record<string, Totals>> = {};
  for (const [cc, e] of Object.entries(result.outside)) if (e) outside[cc] = totals(e);
  return {
    source: { ...source, records: result.records.total, malformed: result.malformed.count },
    metrics: [...METRICS],
    years: result.years,
    economies,
    noData,
    total: totals(result.regionTotal),
    outside,
  };
}
