import { expect } from '@open-wc/testing';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { LACNIC_ECONOMIES } from '../../src/region-map/economies.js';

async function loadTopology(): Promise<Topology> {
  const res = await fetch(new URL('../../src/data/region.topo.json', import.meta.url));
  expect(res.ok, 'src/data/region.topo.json is served').to.equal(true);
  return (await res.json()) as Topology;
}

function polygons(f: Feature): number[][][][] {
  const g = f.geometry as Polygon | MultiPolygon;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function ringArea(ring: number[][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a) / 2;
}

describe('src/data/region.topo.json', () => {
  let topo: Topology;
  let economies: FeatureCollection;
  before(async () => {
    topo = await loadTopology();
    economies = feature(topo, topo.objects.economies as GeometryCollection) as FeatureCollection;
  });

  it('has one geometry per LACNIC economy, ids in ISO alpha-2, and nothing else', () => {
    const ids = economies.features.map((f) => String(f.id)).sort();
    expect(ids).to.deep.equal([...LACNIC_ECONOMIES].sort());
    expect(ids).to.include.members(['GF', 'BQ', 'SX', 'CW', 'AW', 'FK', 'GS']);
  });

  it('gives every economy a non-empty geometry', () => {
    for (const f of economies.features) {
      const ps = polygons(f);
      expect(ps.length, `${f.id} polygons`).to.be.above(0);
      for (const p of ps) {
        expect(p[0].length, `${f.id} ring`).to.be.at.least(4);
        expect(ringArea(p[0]), `${f.id} ring area`).to.be.above(0);
      }
    }
  });

  it('cut French Guiana and BQ (Bonaire, Sint Eustatius, Saba) out where they belong', () => {
    const centre = (f: Feature) => (f.properties as { c: [number, number] }).c;
    const byId = new Map(economies.features.map((f) => [String(f.id), f]));
    const gf = centre(byId.get('GF')!);
    expect(Math.hypot(gf[0] + 53.1, gf[1] - 3.9)).to.be.below(1);
    const bq = byId.get('BQ')!;
    expect(polygons(bq).length).to.be.at.least(3);
    const near = (x: number, y: number) =>
      polygons(bq).some((p) => p[0].some(([px, py]) => Math.hypot(px - x, py - y) < 0.15));
    expect(near(-68.3, 12.2), 'Bonaire').to.equal(true);
    expect(near(-63.0, 17.5), 'Sint Eustatius').to.equal(true);
    expect(near(-63.2, 17.6), 'Saba').to.equal(true);
  });

  it('keeps muted context outside the region in a separate object', () => {
    const context = feature(topo, topo.objects.context as GeometryCollection) as FeatureCollection;
    const ids = context.features.map((f) => String(f.id));
    expect(ids).to.include.members(['GP', 'MQ', 'PR', 'US']);
    for (const id of ids) expect((LACNIC_ECONOMIES as readonly string[]).includes(id), id).to.equal(false);
  });
});
