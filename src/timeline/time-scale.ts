import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { CountableTimeInterval } from 'd3-time';

/**
 * A linear UTC time scale: what the axis needs from d3's `scaleUtc` (map a time to a pixel,
 * calendar-aligned ticks) without d3-scale's interpolators and d3-time-format, which the
 * timeline never used (it labels ticks with `Intl`). Milestones are dated to the day at most,
 * so ticks are days, months or years: d3-time's day, month and year intervals, stepped.
 */
export interface TimeScale {
  /** The pixel position of a time (ms since the epoch or a Date); linear, not clamped. */
  (time: number | Date): number;
  /** About `count` calendar-aligned UTC ticks across the domain, ends included. */
  ticks(count: number): Date[];
}

const DAY = 86_400_000;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Steps from fine to coarse, with their approximate length. */
const STEPS: [CountableTimeInterval, number, number][] = [
  [utcDay, 1, DAY],
  [utcDay, 2, 2 * DAY],
  [utcDay, 7, 7 * DAY],
  [utcMonth, 1, MONTH],
  [utcMonth, 3, 3 * MONTH],
  [utcMonth, 6, 6 * MONTH],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n): [CountableTimeInterval, number, number] => [utcYear, n, n * YEAR]),
];

/** The step whose length is nearest (by ratio) to the span divided by `count`. */
function step(span: number, count: number): [CountableTimeInterval, number] {
  const target = span / Math.max(1, count);
  let i = STEPS.findIndex(([, , length]) => length >= target);
  if (i < 0) i = STEPS.length - 1;
  else if (i > 0 && target / STEPS[i - 1][2] < STEPS[i][2] / target) i -= 1;
  return [STEPS[i][0], STEPS[i][1]];
}

export function timeScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): TimeScale {
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((time: number | Date) => r0 + (+time - d0) * k) as TimeScale;
  scale.ticks = (count) => {
    const [interval, n] = step(d1 - d0, count);
    const every = n === 1 ? interval : interval.every(n);
    return every ? every.range(new Date(d0), new Date(d1 + 1)) : [];
  };
  return scale;
}
