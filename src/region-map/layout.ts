/**
 * Geometry → screen: projects the region once (re-colouring never re-projects) and decides
 * which economies are too small to see and get a marker, placed in the Caribbean inset when
 * they lie in it.
 */
import { geoConicEqualArea, geoMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { projectShape } from './geo-path.js';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const WIDTH = 600;
export const HEIGHT = 670;
/** Economies whose shape covers fewer square pixels than this get a marker. */
export const SMALL_AREA_PX = 60;
/** Visual marker radius and hit radius (a 24 px target, WCAG 2.5.8). */
export const MARKER_R = 6;
export const HIT_R = 12;

/** West, south, east, north of the inset (degrees): the ABC islands to Trinidad and Sint Maarten. */
const INSET_BOX: [number, number, number, number] = [-70.4, 9.9, -60.4, 18.4];
// In the empty Pacific, bottom left, so it hides no land.
const INSET = { x: 6, y: HEIGHT - 236, w: 270, h: 230 };

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

export interface MapLayout {
  width: number;
  height: number;
  economies: EconomyShape[];
  byCode: Map<string, EconomyShape>;
  context: string;
  inset: { x: number; y: number; w: number; h: number; context: string; outline: string };
}

type Props = { c?: [number, number]; a?: number };

let cached: Promise<MapLayout> | undefined;

/** The projected region; its geometry is a lazy chunk, loaded and projected once per page. */
export function loadLayout(): Promise<MapLayout> {
  cached ??= import('../data/region-geometry.js').then((m) => buildLayout(m.default));
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

export function buildLayout(topo: Topology): MapLayout {
  const econ = feature(topo, topo.objects.economies as GeometryCollection) as FeatureCollection<Geometry, Props>;
  const ctx = feature(topo, topo.objects.context as GeometryCollection) as FeatureCollection<Geometry, Props>;
  const projection = geoConicEqualArea()
    .parallels([-32, 8])
    .rotate([68, 0])
    .fitExtent(
      [
        [6, 6],
        [WIDTH - 6, HEIGHT - 6],
      ],
      econ,
    );
  const path = (object: Parameters<typeof projectShape>[1]) => projectShape(projection, object);
  const [[x0, y0], [x1, y1]] = [
    [INSET.x, INSET.y],
    [INSET.x + INSET.w, INSET.y + INSET.h],
  ];
  const insetProjection = geoMercator().fitExtent(
    [
      [x0 + 4, y0 + 16],
      [x1 - 4, y1 - 4],
    ],
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [INSET_BOX[0], INSET_BOX[1]],
          [INSET_BOX[2], INSET_BOX[3]],
        ],
      },
    },
  );
  insetProjection.clipExtent([
    [x0, y0],
    [x1, y1],
  ]);
  const insetPath = (object: Parameters<typeof projectShape>[1]) => projectShape(insetProjection, object).d;
  const inBox = ([lon, lat]: [number, number]) =>
    lon >= INSET_BOX[0] && lon <= INSET_BOX[2] && lat >= INSET_BOX[1] && lat <= INSET_BOX[3];

  const economies: EconomyShape[] = econ.features.map((f: Feature<Geometry, Props>) => {
    const code = String(f.id);
    const { d, area, centre = [0, 0] } = path(f);
    // Every built-in shape carries its label point `c` (scripts/data-region.ts); else the box centre.
    const c = f.properties?.c ?? (projection.invert?.(centre) as [number, number]);
    const anchor = (projection(c) ?? centre) as [number, number];
    const small = area < SMALL_AREA_PX;
    const insetD = insetPath(f) || undefined;
    let marker: [number, number] | undefined;
    if (small) marker = inBox(c) ? (insetProjection(c) as [number, number]) : anchor;
    return { code, d, anchor: marker ?? anchor, small, marker, insetD };
  });
  spreadMarkers(economies.filter((e) => e.marker));
  const outline = path({
    type: 'Polygon',
    coordinates: [
      [
        [INSET_BOX[0], INSET_BOX[1]],
        [INSET_BOX[0], INSET_BOX[3]],
        [INSET_BOX[2], INSET_BOX[3]],
        [INSET_BOX[2], INSET_BOX[1]],
        [INSET_BOX[0], INSET_BOX[1]],
      ],
    ],
  });
  return {
    width: WIDTH,
    height: HEIGHT,
    economies,
    byCode: new Map(economies.map((e) => [e.code, e])),
    context: path(ctx).d,
    inset: { ...INSET, context: insetPath(ctx), outline: outline.d },
  };
}

/** Pushes markers apart until their 24 px targets no longer overlap (a few passes suffice). */
function spreadMarkers(marked: EconomyShape[]): void {
  const min = HIT_R * 2;
  for (let pass = 0; pass < 20; pass++) {
    let moved = false;
    for (let i = 0; i < marked.length; i++) {
      for (let j = i + 1; j < marked.length; j++) {
        const a = marked[i].marker!;
        const b = marked[j].marker!;
        const dx = b[0] - a[0] || 0.01;
        const dy = b[1] - a[1];
        const dist = Math.hypot(dx, dy);
        if (dist >= min) continue;
        const push = (min - dist) / 2 + 0.1;
        const ux = dx / dist;
        const uy = dy / dist;
        marked[i].marker = [a[0] - ux * push, a[1] - uy * push];
        marked[j].marker = [b[0] + ux * push, b[1] + uy * push];
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const e of marked) e.anchor = e.marker!;
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
