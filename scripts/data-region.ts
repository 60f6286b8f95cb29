/**
 * npm run data:region
 *
 * Builds src/data/region.topo.json, the map geometry of LACNIC's 31 economies, from
 * Natural Earth's 1:50m countries as packaged by `world-atlas` (public domain).
 *
 * Output: a quantized TopoJSON with two objects
 *   economies  one geometry per economy, `id` = ISO 3166-1 alpha-2 (the 31 of FACTS.md),
 *              properties { c: [lon, lat] label point (centre of the largest polygon),
 *                           a: land area in km² } — hints for markers on tiny economies
 *   context    nearby land outside LACNIC drawn muted (ARIN's Caribbean, Guadeloupe,
 *              Martinique, the southern United States), `id` = alpha-2, clipped to the region
 * French Guiana is cut out of France's MultiPolygon; Bonaire, Sint Eustatius and Saba out of
 * the Netherlands' and combined as BQ. Exits 1 if an economy is missing or over budget.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { LACNIC_ECONOMIES } from '../src/region-map/economies.js';
import { writeJsonModule } from './data-module.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(root, 'src/data/region.topo.json');
const BUDGET_GZIP = 25 * 1024;

/** West, south, east, north (degrees): the region with its outlying islands. */
const BBOX = [-119, -60, -25, 33] as const;
/** Polygons below this area (km²) are dropped unless they are a feature's largest or in KEEP_ALL. */
const MIN_AREA_KM2 = 150;
/** Economies made of small islands (GS: the South Sandwich Islands): every polygon is kept. */
const KEEP_ALL = new Set(['AW', 'BQ', 'CW', 'SX', 'GS']);
/**
 * Visvalingam weight threshold, in square degrees of a Mercator-like plane. At 1,200 px for the
 * region's ~94° of longitude one pixel is ~0.08°; points whose triangle is under ~0.1 px² go.
 */
const MIN_WEIGHT = 0.0006;
const QUANTIZATION = 1e4;

/** ISO 3166-1 numeric → alpha-2, with the name world-atlas gives (checked below). */
const ECONOMY_CODES: Record<string, [string, string]> = {
  '032': ['AR', 'Argentina'],
  '533': ['AW', 'Aruba'],
  '068': ['BO', 'Bolivia'],
  '076': ['BR', 'Brazil'],
  '084': ['BZ', 'Belize'],
  '152': ['CL', 'Chile'],
  '170': ['CO', 'Colombia'],
  '188': ['CR', 'Costa Rica'],
  '192': ['CU', 'Cuba'],
  '531': ['CW', 'Curaçao'],
  '214': ['DO', 'Dominican Rep.'],
  '218': ['EC', 'Ecuador'],
  '238': ['FK', 'Falkland Is.'],
  '239': ['GS', 'S. Geo. and the Is.'],
  '320': ['GT', 'Guatemala'],
  '328': ['GY', 'Guyana'],
  '340': ['HN', 'Honduras'],
  '332': ['HT', 'Haiti'],
  '484': ['MX', 'Mexico'],
  '558': ['NI', 'Nicaragua'],
  '591': ['PA', 'Panama'],
  '604': ['PE', 'Peru'],
  '600': ['PY', 'Paraguay'],
  '740': ['SR', 'Suriname'],
  '222': ['SV', 'El Salvador'],
  '534': ['SX', 'Sint Maarten'],
  '780': ['TT', 'Trinidad and Tobago'],
  '858': ['UY', 'Uruguay'],
  '862': ['VE', 'Venezuela'],
  // GF (254) and BQ (535) are not separate features in world-atlas: cut out below.
};
const CONTEXT_CODES: Record<string, [string, string]> = {
  '840': ['US', 'United States of America'],
  '044': ['BS', 'Bahamas'],
  '060': ['BM', 'Bermuda'],
  '136': ['KY', 'Cayman Is.'],
  '388': ['JM', 'Jamaica'],
  '630': ['PR', 'Puerto Rico'],
  '796': ['TC', 'Turks and Caicos Is.'],
  '850': ['VI', 'U.S. Virgin Is.'],
  '092': ['VG', 'British Virgin Is.'],
  '660': ['AI', 'Anguilla'],
  '663': ['MF', 'St-Martin'],
  '652': ['BL', 'St-Barthélemy'],
  '659': ['KN', 'St. Kitts and Nevis'],
  '028': ['AG', 'Antigua and Barb.'],
  '500': ['MS', 'Montserrat'],
  '212': ['DM', 'Dominica'],
  '662': ['LC', 'Saint Lucia'],
  '670': ['VC', 'St. Vin. and Gren.'],
  '052': ['BB', 'Barbados'],
  '308': ['GD', 'Grenada'],
};
const FRANCE = '250';
const NETHERLANDS = '528';
/** Polygons cut out of France and the Netherlands, by the centre they must be near. */
const CUTS: { from: string; id: string; near: [number, number]; within: number; object: 'economies' | 'context' }[] = [
  { from: FRANCE, id: 'GF', near: [-53.1, 3.9], within: 1.5, object: 'economies' },
  { from: NETHERLANDS, id: 'BQ', near: [-68.3, 12.2], within: 0.3, object: 'economies' },
  { from: NETHERLANDS, id: 'BQ', near: [-63.0, 17.5], within: 0.1, object: 'economies' },
  { from: NETHERLANDS, id: 'BQ', near: [-63.2, 17.6], within: 0.1, object: 'economies' },
  { from: FRANCE, id: 'GP', near: [-61.4, 16.2], within: 0.6, object: 'context' },
  { from: FRANCE, id: 'MQ', near: [-61.0, 14.65], within: 0.3, object: 'context' },
];

// --- planar helpers (degrees; areas scaled by cos(latitude) to km²) ---------------------------

const KM_PER_DEG = 111.32;
const toRad = Math.PI / 180;

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  return (Math.abs(a) / 2) * Math.cos(lat * toRad) * KM_PER_DEG * KM_PER_DEG;
}

function ringCentre(ring: Position[]): [number, number] {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    x += (ring[j][0] + ring[i][0]) * f;
    y += (ring[j][1] + ring[i][1]) * f;
  }
  if (a === 0) return [ring[0][0], ring[0][1]];
  return [x / (3 * a), y / (3 * a)];
}

function polygonsOf(f: Feature): Position[][][] {
  const g = f.geometry as Polygon | MultiPolygon;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function polygonBox(p: Position[][]): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of p[0]) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

function inBbox(p: Position[][]): 'in' | 'out' | 'cross' {
  const [x0, y0, x1, y1] = polygonBox(p);
  if (x1 < BBOX[0] || x0 > BBOX[2] || y1 < BBOX[1] || y0 > BBOX[3]) return 'out';
  if (x0 >= BBOX[0] && x1 <= BBOX[2] && y0 >= BBOX[1] && y1 <= BBOX[3]) return 'in';
  return 'cross';
}

/** Sutherland–Hodgman clip of one closed ring to BBOX (a convex window). */
function clipRing(ring: Position[]): Position[] | null {
  let pts = ring.slice(0, -1);
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= BBOX[0], (a, b) => cutX(a, b, BBOX[0])],
    [(p) => p[0] <= BBOX[2], (a, b) => cutX(a, b, BBOX[2])],
    [(p) => p[1] >= BBOX[1], (a, b) => cutY(a, b, BBOX[1])],
    [(p) => p[1] <= BBOX[3], (a, b) => cutY(a, b, BBOX[3])],
  ];
  for (const [inside, cut] of edges) {
    const input = pts;
    pts = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) pts.push(cut(prev, cur));
        pts.push(cur);
      } else if (inside(prev)) {
        pts.push(cut(prev, cur));
      }
    }
    if (pts.length < 3) return null;
  }
  return [...pts, pts[0]];
}
function cutX(a: Position, b: Position, x: number): Position {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}
function cutY(a: Position, b: Position, y: number): Position {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

/** Keep the polygons worth drawing: see MIN_AREA_KM2 and KEEP_ALL. Clips when asked. */
function selectPolygons(id: string, polygons: Position[][][], clip: boolean): Position[][][] {
  let kept: Position[][][] = [];
  for (const p of polygons) {
    const where = inBbox(p);
    if (where === 'out') continue;
    if (where === 'cross' && !clip) {
      console.warn(`warning: a polygon of ${id} crosses the region's box; kept whole`);
    }
    if (where === 'cross' && clip) {
      const outer = clipRing(p[0]);
      if (outer) kept.push([outer, ...p.slice(1).map(clipRing).filter((r): r is Position[] => r !== null)]);
      continue;
    }
    kept.push(p);
  }
  if (kept.length === 0) return kept;
  const areas = kept.map((p) => ringArea(p[0]));
  const largest = areas.indexOf(Math.max(...areas));
  kept = kept.filter((_, i) => i === largest || KEEP_ALL.has(id) || areas[i] >= MIN_AREA_KM2);
  // Holes (rare in this data) follow the same rule.
  return kept.map((p) => [p[0], ...p.slice(1).filter((h) => ringArea(h) >= MIN_AREA_KM2)]);
}

function makeFeature(id: string, polygons: Position[][][]): Feature<MultiPolygon | Polygon> {
  const areas = polygons.map((p) => ringArea(p[0]) - p.slice(1).reduce((s, h) => s + ringArea(h), 0));
  const largest = polygons[areas.indexOf(Math.max(...areas))];
  const c = ringCentre(largest[0]).map((v) => Math.round(v * 100) / 100);
  const a = Math.round(areas.reduce((s, v) => s + v, 0));
  return {
    type: 'Feature',
    id,
    properties: { c, a },
    geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
  };
}

// --- build ---------------------------------------------------------------------------------

const atlasPath = resolve(root, 'node_modules/world-atlas/countries-50m.json');
const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology;
const countries = feature(atlas, atlas.objects.countries as GeometryCollection) as FeatureCollection;
const byNumeric = new Map(countries.features.map((f) => [String(f.id), f]));

let failed = false;
function fail(message: string) {
  console.error(`error: ${message}`);
  failed = true;
}

const economies = new Map<string, Position[][][]>();
const context = new Map<string, Position[][][]>();

for (const [table, target, clip] of [[ECONOMY_CODES, economies, false], [CONTEXT_CODES, context, true]] as const) {
  for (const [numeric, [alpha2, name]] of Object.entries(table)) {
    const f = byNumeric.get(numeric);
    if (!f) {
      fail(`${alpha2}: no feature with id ${numeric} in world-atlas`);
      continue;
    }
    const atlasName = (f.properties as { name?: string } | null)?.name;
    if (atlasName !== name) fail(`${alpha2}: id ${numeric} is named "${atlasName}" in world-atlas, expected "${name}"`);
    const polygons = selectPolygons(alpha2, polygonsOf(f), clip);
    if (polygons.length) target.set(alpha2, polygons);
  }
}

for (const cut of CUTS) {
  const from = byNumeric.get(cut.from);
  const found = from
    ? polygonsOf(from).filter((p) => {
        const [x, y] = ringCentre(p[0]);
        return Math.hypot(x - cut.near[0], y - cut.near[1]) <= cut.within;
      })
    : [];
  if (found.length === 0) {
    fail(`${cut.id}: no polygon of ${cut.from} near ${cut.near.join(', ')}`);
    continue;
  }
  const target = cut.object === 'economies' ? economies : context;
  target.set(cut.id, [...(target.get(cut.id) ?? []), ...found]);
}
for (const [id, polygons] of [...economies, ...context]) {
  if (id === 'GF' || id === 'BQ' || id === 'GP' || id === 'MQ') {
    (economies.has(id) ? economies : context).set(id, selectPolygons(id, polygons, id === 'GP' || id === 'MQ'));
  }
}

const order = (m: Map<string, Position[][][]>) => [...m.keys()].sort().map((id) => makeFeature(id, m.get(id)!));
const collections = {
  economies: { type: 'FeatureCollection', features: order(economies) } as FeatureCollection,
  context: { type: 'FeatureCollection', features: order(context) } as FeatureCollection,
};

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * toRad) / 2)) / toRad;
const weight = (t: number[][]) => {
  const [a, b, c] = t.map((p) => [p[0], mercY(p[1])]);
  return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
};

const raw = topology(collections);
const pre = presimplify(raw as Topology<Objects<object>>, weight);

// Every ring kept above must stay a ring: give it at least three vertices after simplification.
type Arcs = number[][];
function protectRing(ring: Arcs[number]) {
  const arcs = ring.map((i) => pre.arcs[i < 0 ? ~i : i]);
  const kept = arcs.reduce((s, arc) => s + arc.filter((p) => p[2] >= MIN_WEIGHT).length - 1, 0);
  if (kept >= 3) return;
  const candidates = arcs.flatMap((arc) => arc.filter((p) => p[2] < MIN_WEIGHT)).sort((p, q) => q[2] - p[2]);
  for (const p of candidates.slice(0, 3 - kept)) p[2] = Infinity;
}
for (const key of ['economies', 'context'] as const) {
  for (const g of (pre.objects[key] as GeometryCollection).geometries) {
    if (g.type === 'Polygon') g.arcs.forEach(protectRing);
    else if (g.type === 'MultiPolygon') g.arcs.forEach((p) => p.forEach(protectRing));
  }
}

const out = quantize(simplify(pre, MIN_WEIGHT), QUANTIZATION);
delete out.bbox;

// --- check and write -------------------------------------------------------------------------

const decoded = feature(out, out.objects.economies as GeometryCollection) as FeatureCollection;
const present = new Set<string>();
for (const f of decoded.features) {
  const polygons = polygonsOf(f);
  const area = polygons.reduce((s, p) => s + ringArea(p[0]), 0);
  if (!polygons.length || area <= 0) fail(`${f.id}: empty geometry after simplification`);
  else present.add(String(f.id));
  if (!(LACNIC_ECONOMIES as readonly string[]).includes(String(f.id))) fail(`${f.id}: not a LACNIC economy`);
}
const missing = LACNIC_ECONOMIES.filter((cc) => !present.has(cc));
if (missing.length) fail(`missing economies: ${missing.join(' ')}`);

const json = JSON.stringify(out);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);
writeJsonModule(resolve(root, 'src/data/region-geometry.ts'), out, 'topojson-specification', 'Topology', 'scripts/data-region.ts');
const gz = gzipSync(json, { level: 9 }).length;
console.log(`economies ${present.size}/${LACNIC_ECONOMIES.length}; context ${context.size}; arcs ${out.arcs.length}`);
console.log(`wrote ${OUT}: ${json.length} bytes raw, ${gz} bytes gzip -9 (budget ${BUDGET_GZIP})`);
if (gz > BUDGET_GZIP) fail(`over the gzip budget by ${gz - BUDGET_GZIP} bytes`);
if (failed) process.exit(1);
