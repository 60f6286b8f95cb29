import type { MilestoneItem, Precision } from './types.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function dtf(tag: string, precision: Precision, long: boolean): Intl.DateTimeFormat {
  const key = `${tag}|${precision}|${long}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: long ? 'long' : 'short' }
          : { year: 'numeric', month: long ? 'long' : 'short', day: 'numeric' };
    f = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

/**
 * A milestone's date in the reader's locale, never more precise than the source:
 * "Aug 1999", "31 Oct 2002", "22–26 May 2017". `long` spells months out (detail panel).
 */
export function formatMilestoneDate(item: MilestoneItem, tag: string, long = false): string {
  const f = dtf(tag, item.precision, long);
  if (item.endTime === undefined || item.endTime === item.time) return f.format(item.time);
  // A range is printed at the coarser of its two precisions.
  const order: Precision[] = ['year', 'month', 'day'];
  const p = order[Math.min(order.indexOf(item.precision), order.indexOf(item.endPrecision ?? item.precision))];
  const g = dtf(tag, p, long);
  try {
    return g.formatRange(item.time, item.endTime);
  } catch {
    return `${g.format(item.time)} – ${g.format(item.endTime)}`;
  }
}
