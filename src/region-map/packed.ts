/**
 * How the built-in figures travel: each economy's cumulative series as yearly increments, with
 * no totals (each is its series' last value, the region's the sum of the economies) and the
 * consecutive years as their first. Increments are small, repeated numbers, so the 2017 module
 * is about a quarter smaller gzipped. `unpackParticipation` restores the
 * {@link ParticipationData} shape exactly; `packParticipation` is used by
 * scripts/data-participation.ts.
 */
import type { Metric, Totals } from './stats-parser.js';
import type { ParticipationData } from './participation-data.js';

export interface PackedParticipation extends Omit<ParticipationData, 'economies' | 'years' | 'total'> {
  /** The first of the consecutive `years`; the series give their number. */
  from: number;
  /** Per economy and metric: the increase in each year of `years`. */
  increments: Partial<Record<string, Record<Metric, number[]>>>;
}

export function packParticipation({ economies, years, total: _total, ...rest }: ParticipationData): PackedParticipation {
  const increments: PackedParticipation['increments'] = {};
  for (const [cc, e] of Object.entries(economies)) {
    if (!e) continue;
    const series = {} as Record<Metric, number[]>;
    for (const m of rest.metrics) series[m] = e.byYear[m].map((v, i, all) => (i ? v - all[i - 1] : v));
    increments[cc] = series;
  }
  return { ...rest, from: years[0], increments };
}

export function unpackParticipation({ increments, from, ...rest }: PackedParticipation): ParticipationData {
  const economies: ParticipationData['economies'] = {};
  const total = {} as Totals;
  let length = 0;
  for (const [cc, series] of Object.entries(increments)) {
    if (!series) continue;
    const totals = {} as Totals;
    const byYear = {} as Record<Metric, number[]>;
    for (const m of rest.metrics) {
      let sum = 0;
      byYear[m] = series[m].map((v) => (sum += v));
      totals[m] = sum;
      total[m] = (total[m] ?? 0) + sum;
      length = series[m].length;
    }
    economies[cc as keyof ParticipationData['economies']] = { ...totals, byYear };
  }
  const years = Array.from({ length }, (_, i) => from + i);
  return { source: rest.source, metrics: rest.metrics, years, economies, noData: rest.noData, total, outside: rest.outside };
}
