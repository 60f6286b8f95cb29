import { expect } from '@open-wc/testing';
import { placeInLanes, stagger } from '../../src/timeline/layout.js';
import { parseDate, validateMilestones } from '../../src/timeline/validate.js';

describe('timeline layout and dates', () => {
  it('never lets two axis labels overlap, however dense the dates', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const positions = Array.from({ length: 400 }, () => rand() * 2000).sort((a, b) => a - b);
    const sizes = positions.map(() => 40 + rand() * 140);
    const { placements, lanes } = placeInLanes(positions, sizes, 2000, 6, 5);
    expect(lanes).to.be.at.most(5);
    for (let i = 0; i < placements.length; i++) {
      for (let j = i + 1; j < placements.length; j++) {
        const a = placements[i];
        const b = placements[j];
        if (a.lane !== b.lane) continue;
        expect(a.start + a.size <= b.start || b.start + b.size <= a.start, `${i}/${j}`).to.equal(true);
      }
    }
    const v = stagger([0, 1, 2, 300], 50, 4);
    expect(v.placements.map((p) => p.start)).to.deep.equal([0, 54, 108, 300]);
  });

  it('parses only real dates, keeping the precision the source gives', () => {
    expect(parseDate('2000-02-29')?.precision).to.equal('day');
    expect(parseDate('2001-02-29')).to.equal(undefined);
    expect(parseDate('1999-08')?.precision).to.equal('month');
    expect(parseDate(2014)?.precision).to.equal('year');
    expect(parseDate('late 2014')).to.equal(undefined);
    expect(parseDate('2002-10-31T00:00')).to.equal(undefined);
  });

  it('sorts a year-only date after the dated milestones of its year', () => {
    const { items } = validateMilestones([
      { id: 'late', date: '2014', title: 'Late in the year' },
      { id: 'june', date: '2014-06-10', title: 'June' },
      { id: 'before', date: '2013-12', title: 'Before' },
    ]);
    expect(items.map((m) => m.id)).to.deep.equal(['before', 'june', 'late']);
  });

  it('rejects an end before the start', () => {
    const { items, problems } = validateMilestones([{ id: 'r', date: '2017-05-26', end: '2017-05-22', title: 'Backwards' }]);
    expect(items).to.have.length(0);
    expect(problems[0]).to.include({ field: 'end', reason: 'invalid' });
  });
});
