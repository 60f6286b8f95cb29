import { expect } from '@open-wc/testing';
import { timeScale } from '../../src/timeline/time-scale.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

describe('timeline time scale', () => {
  it('maps times linearly onto the pixel range', () => {
    const scale = timeScale([utc(2000), utc(2010)], [0, 1000]);
    expect(scale(utc(2000))).to.equal(0);
    expect(scale(new Date(utc(2010)))).to.be.closeTo(1000, 1e-9);
    expect(scale((utc(2000) + utc(2010)) / 2)).to.be.closeTo(500, 1e-9);
  });

  it('labels the anniversary span with whole years at a readable step, ends included', () => {
    const scale = timeScale([utc(1999, 8), utc(2017, 12)], [0, 800]);
    expect(iso(scale.ticks(10))).to.deep.equal(['2000', '2002', '2004', '2006', '2008', '2010', '2012', '2014', '2016'].map((y) => `${y}-01-01`));
    // Forty ticks over 18 years: half years, on 1 January and 1 July.
    const dense = scale.ticks(40);
    expect(dense).to.have.length(36);
    expect(dense.every((d) => d.getUTCMonth() % 6 === 0 && d.getUTCDate() === 1)).to.equal(true);
    const fromYearStart = timeScale([utc(2002), utc(2004)], [0, 100]);
    expect(iso(fromYearStart.ticks(2))).to.deep.equal(['2002-01-01', '2003-01-01', '2004-01-01']);
  });

  it('steps down to quarters, months and days for short spans', () => {
    expect(iso(timeScale([utc(2002, 1), utc(2003, 12)], [0, 1]).ticks(8))).to.deep.equal(
      ['2002-01-01', '2002-04-01', '2002-07-01', '2002-10-01', '2003-01-01', '2003-04-01', '2003-07-01', '2003-10-01'],
    );
    expect(iso(timeScale([utc(2002, 10, 1), utc(2002, 12, 31)], [0, 1]).ticks(3))).to.deep.equal(['2002-10-01', '2002-11-01', '2002-12-01']);
    expect(iso(timeScale([utc(2002, 10, 28), utc(2002, 11, 2)], [0, 1]).ticks(10))).to.deep.equal(
      ['2002-10-28', '2002-10-29', '2002-10-30', '2002-10-31', '2002-11-01', '2002-11-02'],
    );
  });

  it('gives sparse, still calendar-aligned ticks for very long spans and no NaN for an empty one', () => {
    expect(iso(timeScale([utc(1000), utc(3000)], [0, 1]).ticks(4))).to.deep.equal(['1000-01-01', '1500-01-01', '2000-01-01', '2500-01-01', '3000-01-01']);
    const point = timeScale([utc(2002), utc(2002)], [24, 500]);
    expect(point(utc(2002))).to.equal(24);
    expect(iso(point.ticks(5))).to.deep.equal(['2002-01-01']);
  });
});
