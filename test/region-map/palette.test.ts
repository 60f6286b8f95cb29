import { expect } from '@open-wc/testing';
import { interpolateViridis } from 'd3-scale-chromatic';
import { classify } from '../../src/region-map/classes.js';
import { MAX_CLASSES, VIRIDIS_STOPS } from '../../src/region-map/region-map.styles.js';

describe('region map palette and classes', () => {
  it('uses Viridis from d3-scale-chromatic', () => {
    const expected = Array.from({ length: MAX_CLASSES }, (_, i) => interpolateViridis(0.95 - (i * 0.83) / (MAX_CLASSES - 1)));
    expect([...VIRIDIS_STOPS]).to.deep.equal(expected);
  });

  it('puts every value in a class, BR alone at the top on a log scale', () => {
    const values = [5017, 790, 616, 381, 217, 180, 3, 7, 12];
    for (const kind of ['quantile', 'quantize', 'log'] as const) {
      const c = classify(values, kind);
      const classes = values.map(c.classOf);
      expect(Math.max(...classes), kind).to.be.below(c.count);
      expect(classes[0], kind).to.equal(c.count - 1);
    }
    const t = classify(values, 'threshold', [10, 100, 1000]);
    expect(values.map(t.classOf)).to.deep.equal([3, 2, 2, 2, 2, 2, 0, 0, 1]);
  });
});
