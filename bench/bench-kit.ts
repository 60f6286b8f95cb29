/** What the bench pages share: the row contract of scripts/bench.mjs and two timing helpers. */

/** One measure; scripts/bench.mjs prints it and compares it with `goal` when given. */
export interface Row {
  name: string;
  value: number;
  unit: string;
  goal?: number;
}

/** Resolves at the next animation frame (after the browser has had a chance to paint). */
export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
