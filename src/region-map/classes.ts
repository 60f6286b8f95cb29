/** Class breaks for the choropleth, without d3-scale: small and exact for 31 values. */
import { MAX_CLASSES } from './region-map.styles.js';

export type ScaleKind = 'quantile' | 'quantize' | 'threshold' | 'log';

export interface Classing {
  /** Upper-exclusive breaks: class i holds values in [breaks[i-1], breaks[i]). */
  breaks: number[];
  classOf(value: number): number;
  count: number;
}

function quantileSorted(sorted: number[], p: number): number {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

export function classify(values: number[], kind: ScaleKind, thresholds: number[] = [], k = MAX_CLASSES): Classing {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  let breaks: number[] = [];
  if (kind === 'threshold' && thresholds.length) {
    breaks = [...thresholds].sort((a, b) => a - b).slice(0, MAX_CLASSES - 1);
  } else if (kind === 'quantize') {
    for (let i = 1; i < k; i++) breaks.push(min + ((max - min) * i) / k);
  } else if (kind === 'log') {
    const lo = Math.log10(Math.max(1, min));
    const hi = Math.log10(Math.max(1, max));
    for (let i = 1; i < k; i++) breaks.push(10 ** (lo + ((hi - lo) * i) / k));
  } else {
    for (let i = 1; i < k; i++) breaks.push(quantileSorted(sorted, i / k));
  }
  // Equal breaks would leave empty classes: keep distinct ones above the minimum only.
  breaks = breaks.filter((b, i) => b > min && (i === 0 || b !== breaks[i - 1]));
  if (kind !== 'threshold') breaks = breaks.filter((b, i, all) => all.indexOf(b) === i && b <= max);
  const classOf = (value: number) => {
    let c = 0;
    while (c < breaks.length && value >= breaks[c]) c++;
    return c;
  };
  return { breaks, classOf, count: breaks.length + 1 };
}
