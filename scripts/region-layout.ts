/**
 * Geometry → screen, at build time: projects the region with d3-geo (a conic equal-area view of
 * the 31 economies and their neighbours, plus an enlarged Caribbean inset) and decides which
 * economies are too small to see and get a marker, placed in the inset when they lie in it.
 * The map's view box is fixed, so the result is the same for every reader: `npm run data:layout`
 * writes it to src/data/region-layout.ts and the map ships that, never projecting in the browser.
 * test/data/region-layout.test.ts checks the shipped file against this.
 */
import { geoConicEqualArea, geoMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { HEIGHT, HIT_R, SMALL_AREA_PX, WIDTH } from '../src/region-map/layout.js';
import type { EconomyShape, ShippedLayout } from '../src/region-map/layout.js';
import { projectShape } from './geo-path.js';

/** West, south, east, north of the inset (degrees): the ABC islands to Trinidad and Sint Maarten. */
const INSET_BOX: [number, number, number, number] = [-70.4, 9.9, -60.4, 18.4];
// In the empty Pacific, bottom left, so it hides no land.
const INSET = { x: 6, y: HEIGHT - 236, w: 270, h: 230 };


type Props = { c?: [number, number]; a?: number };

export function buildLayout(topo: Topology): ShippedLayout {
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

/** Tenths of a view-box unit: about 0.2 CSS px at the map's widest. */
const tenths = (v: number) => Math.round(v * 10);
const num = (t: number) => String(t / 10).replace(/^(-?)0\./, '$1.');

/**
 * Rewrites `M x,y L x,y … Z` path data (absolute) as compact relative path data at 0.1
 * precision: `M43.8 44.6l-.2.2.1.5z`. Each point is rounded on its own (no drift), repeated
 * points are dropped, and numbers are separated only where SVG's grammar needs it.
 */
export function compactPath(d: string): string {
  let out = '';
  let last = '';
  const put = (n: string) => {
    const glue = /\d$/.test(last) && !n.startsWith('-') && !(n.startsWith('.') && /\.\d*$/.test(last.replace(/.*[^\d.]/, ''))) ? ' ' : '';
    out += glue + n;
    last = out;
  };
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  let command = '';
  for (const [, op, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (op === 'Z') {
      out += 'z';
      last = out;
      command = 'z';
      [cx, cy] = [sx, sy];
      continue;
    }
    const [x, y] = args.split(',').map((v) => tenths(Number(v)));
    if (op === 'M') {
      out += 'M';
      last = out;
      put(num(x));
      put(num(y));
      [sx, sy, cx, cy] = [x, y, x, y];
      command = 'M';
      continue;
    }
    if (x === cx && y === cy) continue;
    if (command !== 'l') {
      out += 'l';
      last = out;
      command = 'l';
    }
    put(num(x - cx));
    put(num(y - cy));
    [cx, cy] = [x, y];
  }
  return out;
}

const point = ([x, y]: [number, number]): [number, number] => [tenths(x) / 10, tenths(y) / 10];

/** The layout as the map ships it: compact paths, points at 0.1. */
export function shippedLayout(topo: Topology): ShippedLayout {
  const full = buildLayout(topo);
  return {
    ...full,
    economies: full.economies.map((e): EconomyShape => ({
      code: e.code,
      d: compactPath(e.d),
      anchor: point(e.anchor),
      small: e.small,
      ...(e.marker ? { marker: point(e.marker) } : {}),
      ...(e.insetD ? { insetD: compactPath(e.insetD) } : {}),
    })),
    context: compactPath(full.context),
    inset: { ...full.inset, context: compactPath(full.inset.context), outline: compactPath(full.inset.outline) },
  };
}
