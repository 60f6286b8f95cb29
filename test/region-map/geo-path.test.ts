import { expect } from '@open-wc/testing';
import { geoConicEqualArea, geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../../src/data/region-geometry.js';
import { projectShape } from '../../scripts/geo-path.js';

const economies = feature(topo as Topology, (topo as Topology).objects.economies as GeometryCollection) as FeatureCollection;

describe('region map: projected shapes', () => {
  // projectShape stands in for d3's geoPath (which brings every other measure into the bundle):
  // on the real geometry it must draw exactly what geoPath draws, and measure the same area.
  for (const [name, projection] of [
    ['conic equal-area (the map)', geoConicEqualArea().parallels([-32, 8]).rotate([68, 0]).fitExtent([[6, 6], [994, 994]], economies)],
    ['Mercator, clipped (the inset)', geoMercator().fitExtent([[600, 20], [990, 300]], economies).clipExtent([[600, 20], [990, 300]])],
  ] as const) {
    it(`draws and measures every economy as d3's geoPath does: ${name}`, () => {
      const reference = geoPath(projection).digits(2);
      for (const f of economies.features) {
        const shape = projectShape(projection, f);
        expect(shape.d, String(f.id)).to.equal(reference(f) ?? '');
        expect(shape.area, String(f.id)).to.be.closeTo(reference.area(f), 1e-6 * Math.max(1, reference.area(f)));
      }
    });
  }

  it('gives the bounding-box centre, and nothing for an empty object', () => {
    const projection = geoMercator().scale(100).translate([0, 0]);
    const shape = projectShape(projection, { type: 'Polygon', coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] });
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Polygon', coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] });
    expect(shape.centre![0]).to.be.closeTo((x0 + x1) / 2, 1e-9);
    expect(shape.centre![1]).to.be.closeTo((y0 + y1) / 2, 1e-9);
    expect(projectShape(projection, { type: 'FeatureCollection', features: [] })).to.deep.equal({ d: '', area: 0, centre: undefined });
  });
});
