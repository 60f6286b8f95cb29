/**
 * The region on screen. Its projection is fixed (one view box), so it is done once, at build
 * time, by scripts/region-layout.ts with d3-geo: the map ships the projected paths
 * (src/data/region-layout.ts, a lazy chunk) and never projects in the reader's browser.
 */

export const WIDTH = 600;
export const HEIGHT = 670;
/** Economies whose shape covers fewer square pixels than this get a marker. */
export const SMALL_AREA_PX = 60;
/** Visual marker radius and hit radius (a 24 px target, WCAG 2.5.8). */
export const MARKER_R = 6;
export const HIT_R = 12;

export interface EconomyShape {
  code: string;
  d: string;
  /** Where the tooltip points and keyboard distance is measured from (screen space). */
  anchor: [number, number];
  small: boolean;
  /** Where the marker sits (in the inset for the islands in it). */
  marker?: [number, number];
  /** Path in the inset, when the economy appears there. */
  insetD?: string;
}

/** The projected region as shipped (scripts/region-layout.ts writes it). */
export interface ShippedLayout {
  width: number;
  height: number;
  economies: EconomyShape[];
  context: string;
  inset: { x: number; y: number; w: number; h: number; context: string; outline: string };
}

export interface MapLayout {
  width: number;
  height: number;
  economies: EconomyShape[];
  byCode: Map<string, EconomyShape>;
  context: string;
  inset: { x: number; y: number; w: number; h: number; context: string; outline: string };
}

let cached: Promise<MapLayout> | undefined;
let cachedFrom: unknown;

/**
 * Where the shapes come from: the kit's chunk. Tests and the "shapes failed" story stand in a
 * failing load; a different loader starts afresh.
 */
export const layoutSource = { load: () => import('../data/region-layout.js') };

/** The projected region: a lazy chunk, loaded once per page; a failed load is tried again next time. */
export function loadLayout(): Promise<MapLayout> {
  if (cachedFrom !== layoutSource.load) cached = undefined;
  cachedFrom = layoutSource.load;
  cached ??= layoutSource.load().then(({ default: shipped }) => ({
    ...shipped,
    byCode: new Map(shipped.economies.map((e) => [e.code, e])),
  }));
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The economy nearest to `from` in a direction (screen space), or undefined at the edge. */
export function nearestInDirection(from: EconomyShape, all: readonly EconomyShape[], dir: Direction): EconomyShape | undefined {
  let best: EconomyShape | undefined;
  let bestScore = Infinity;
  for (const e of all) {
    if (e === from) continue;
    const dx = e.anchor[0] - from.anchor[0];
    const dy = e.anchor[1] - from.anchor[1];
    const primary = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const secondary = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    if (primary <= 0.5) continue;
    // Prefer what lies within the 45° cone; off-axis candidates pay for their drift.
    const score = primary + secondary * (secondary > primary ? 4 : 1.5);
    if (score < bestScore) {
      bestScore = score;
      best = e;
    }
  }
  return best;
}
