import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/core/csv.js';
import { csvCell } from '../../src/core/csv-write.js';
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

/** The cells a spreadsheet sees when it splits `csv` at `sep` (quotes honoured only at a cell's start). */
function cellsAs(csv: string, sep: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i++;
      for (; i < csv.length; i++) {
        if (csv[i] === '"' && csv[i + 1] === '"') (cell += '"'), i++;
        else if (csv[i] === '"') break;
        else cell += csv[i];
      }
      i++;
      while (i < csv.length && csv[i] !== sep && csv[i] !== '\n') cell += csv[i++];
    } else {
      while (i < csv.length && csv[i] !== sep && csv[i] !== '\n' && csv[i] !== '\r') cell += csv[i++];
      if (csv[i] === '\r' && csv[i + 1] === '\n') i++;
    }
    cells.push(cell);
    i++;
  }
  return cells;
}

describe('core: CSV cells the kit writes (issue 13, D2: the formula guard bypassed after ; or a tab)', () => {
  const hostile = [
    '=HYPERLINK("https://evil.example/","x")',
    'Brasil;=1+1',
    'Brasil; =1+1',
    'Chile\t=1+1',
    'Perú\n=1+1',
    'Perú\r\n@SUM(1)',
    'Uruguay,+cmd',
    'Bolivia;-1+1',
    '\tlead tab',
    'Brasil;"=1+1"',
  ];

  for (const sep of [',', ';', '\t']) {
    it(`no cell starts like a formula when a spreadsheet splits at ${JSON.stringify(sep)}`, () => {
      const csv = `code,name,value\n${hostile.map((label, i) => `BR,${csvCell(label)},${i}`).join('\n')}\n`;
      const live = cellsAs(csv, sep).filter((cell) => /^\s*[=+\-@]/.test(cell) || /^[\t\r]/.test(cell));
      expect(live).to.deep.equal([]);
    });
  }

  it('keeps plain text as it is and still reads back as the label under ","', () => {
    expect(csvCell('Brasil')).to.equal('Brasil');
    expect(csvCell('São Tomé')).to.equal('São Tomé');
    expect(csvCell('a "b"')).to.equal('"a ""b"""');
    expect(cellsAs(`${csvCell('Brasil;=1+1')}\n`, ',')[0]).to.equal("Brasil;'=1+1");
  });
});
