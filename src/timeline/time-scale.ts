import { utcTicks } from 'd3-time';

/**
 * A linear UTC time scale: what the axis needs from d3's `scaleUtc` (map a time to a pixel,
 * and d3-time's calendar-aware ticks) without d3-scale's interpolators, colour parsing and
 * d3-time-format, which the timeline never used (it labels ticks with `Intl`). About 10 KB
 * gzip lighter.
 */
export interface TimeScale {
  /** The pixel position of a time (ms since the epoch or a Date); linear, not clamped. */
  (time: number | Date): number;
  /** About `count` calendar-aligned UTC ticks across the domain (years, months, days…). */
  ticks(count: number): Date[];
}

export function timeScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): TimeScale {
  const span = d1 - d0 || 1;
  const k = (r1 - r0) / span;
  const scale = ((time: number | Date) => r0 + (+time - d0) * k) as TimeScale;
  scale.ticks = (count) => utcTicks(new Date(d0), new Date(d1), count);
  return scale;
}
