import { expect } from '@open-wc/testing';
import type { Topology } from 'topojson-specification';
import shipped from '../../src/data/region-layout.js';
import topo from '../../src/data/region-geometry.js';
import { LACNIC_ECONOMIES } from '../../src/region-map/economies.js';
import { buildLayout, compactPath, shippedLayout } from '../../scripts/region-layout.js';

/** Absolute points of compact path data, read by SVG's grammar (M absolute, l relative, z). */
function points(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  let command = '';
  const tokens = d.match(/[MLlZz]|[-+]?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  for (let i = 0; i < tokens.length; ) {
    if (/[MLlZz]/.test(tokens[i])) command = tokens[i++];
    if (command === 'z' || command === 'Z') {
      if (ring.length) rings.push(ring);
      ring = [];
      [x, y] = [sx, sy];
      continue;
    }
    const a = Number(tokens[i++]);
    const b = Number(tokens[i++]);
    if (command === 'M') {
      if (ring.length) rings.push(ring);
      [x, y, sx, sy] = [a, b, a, b];
      ring = [[x, y]];
      command = 'L'; // SVG: further pairs after M are absolute line-tos
    } else if (command === 'L') {
      [x, y] = [a, b];
      ring.push([x, y]);
    } else {
      [x, y] = [x + a, y + b];
      ring.push([x, y]);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** The same, for the absolute `M x,y L x,y Z` data d3 produced, repeated points dropped. */
function fullPoints(d: string): [number, number][][] {
  const rings = points(d.replace(/,/g, ' '));
  return rings.map((r) => r.filter((p, i) => i === 0 || Math.round(p[0] * 10) !== Math.round(r[i - 1][0] * 10) || Math.round(p[1] * 10) !== Math.round(r[i - 1][1] * 10)));
}

describe('src/data/region-layout.ts (the projected map the widget ships)', () => {
  it('is exactly what projecting src/data/region.topo.json with d3-geo gives in this browser', () => {
    expect(JSON.parse(JSON.stringify(shippedLayout(topo as Topology)))).to.deep.equal(JSON.parse(JSON.stringify(shipped)));
  });

  it('has one shape per LACNIC economy, markers for the small ones', () => {
    expect(shipped.economies.map((e) => e.code).sort()).to.deep.equal([...LACNIC_ECONOMIES].sort());
    const small = shipped.economies.filter((e) => e.small).map((e) => e.code);
    expect(small.length).to.be.within(3, 15);
    for (const e of shipped.economies) expect(Boolean(e.marker), e.code).to.equal(e.small);
  });

  it('draws every point within 0.05 view-box units of the full-precision projection', () => {
    const full = buildLayout(topo as Topology);
    let compared = 0;
    const check = (compact: string, exact: string, what: string) => {
      const a = points(compact);
      const b = fullPoints(exact);
      expect(a.length, `${what}: rings`).to.equal(b.length);
      a.forEach((ring, i) => {
        expect(ring.length, `${what}: ring ${i} points`).to.equal(b[i].length);
        ring.forEach(([x, y], j) => {
          expect(Math.abs(x - b[i][j][0]), `${what} x`).to.be.at.most(0.0501);
          expect(Math.abs(y - b[i][j][1]), `${what} y`).to.be.at.most(0.0501);
          compared++;
        });
      });
    };
    full.economies.forEach((e, i) => {
      check(shipped.economies[i].d, e.d, e.code);
      if (e.insetD) check(shipped.economies[i].insetD as string, e.insetD, `${e.code} inset`);
    });
    check(shipped.context, full.context, 'context');
    expect(compared).to.be.above(10_000);
  });

  it('writes numbers the way SVG reads them (the browser draws the same outline)', () => {
    const d = compactPath('M10,10L10.05,10.55L10.05,10.55L9.4,10.5L-3,0.25Z M1,1L1.5,1.5Z');
    expect(d).to.equal('M10 10l.1.6-.7-.1-12.4-10.2zM1 1l.5.5z');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
    document.body.append(svg);
    try {
      const box = path.getBBox();
      expect([box.x, box.y, box.x + box.width, box.y + box.height].map((v) => Math.round(v * 10) / 10)).to.deep.equal([-3, 0.3, 10.1, 10.6]);
    } finally {
      svg.remove();
    }
  });
});
