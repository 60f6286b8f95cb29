import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/core/csv.js';
import { parseFigures } from '../../src/region-map/figures.js';
import { milestonesFromCsv } from '../../src/timeline/validate.js';
import { parseMilestonesCsv } from '../../src/timeline/csv.js';

/** Runs `fn` as a page whose CSP has no 'unsafe-eval' would: the Function constructor throws. */
async function withoutEval<T>(fn: () => T | Promise<T>): Promise<T> {
  const original = globalThis.Function;
  globalThis.Function = function blocked() {
    throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
  } as unknown as FunctionConstructor;
  try {
    return await fn();
  } finally {
    globalThis.Function = original;
  }
}

describe('core: CSV (found by e2e 40-faults: every CSV source failed under a strict CSP)', () => {
  it('parses a header row and fills short rows with ""', () => {
    const { columns, rows } = parseCsv('\uFEFFid,date,title\na,2002,"Quoted, with comma"\nb,2003\n');
    expect(columns).to.deep.equal(['id', 'date', 'title']);
    expect(rows).to.deep.equal([
      { id: 'a', date: '2002', title: 'Quoted, with comma' },
      { id: 'b', date: '2003', title: '' },
    ]);
  });

  it('keeps a "__proto__" column as a plain key', () => {
    const { rows } = parseCsv('__proto__,x\npolluted,1\n');
    expect(Object.getPrototypeOf(rows[0])).to.equal(Object.prototype);
    expect(Object.hasOwn(rows[0], '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('timeline and map CSV parse without eval (strict CSP, Trusted Types)', async () => {
    const expected = [{ id: 'x', date: '2004-01-15', title: 'Title', text: undefined }];
    expect(await withoutEval(() => parseMilestonesCsv('id,date,title\nx,2004-01-15,Title\n'))).to.deep.equal(expected);
    // The public, async form loads the same parser on first use.
    expect(await withoutEval(() => milestonesFromCsv('id,date,title\nx,2004-01-15,Title\n'))).to.deep.equal(expected);
    const figures = await withoutEval(() => parseFigures('code,value\nBR,5\n', 'text/csv', '/f.csv'));
    expect(figures).to.deep.equal([{ code: 'BR', value: '5' }]);
  });
});
