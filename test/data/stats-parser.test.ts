import { expect } from '@open-wc/testing';
import { LACNIC_ECONOMIES, isLacnicEconomy } from '../../src/region-map/economies.js';
import { parseDelegatedStats, StatsFormatError, type ParticipationResult } from '../../src/region-map/stats-parser.js';

const VERSION = '2.3|lacnic|20230323|6|19870101|20230322|-0300';
const SUMMARY = ['lacnic|*|asn|*|2|summary', 'lacnic|*|ipv4|*|3|summary', 'lacnic|*|ipv6|*|1|summary'];
const RECORDS = [
  'lacnic|BR|ipv4|200.0.0.0|1024|20050101|allocated|100',
  'lacnic|BR|asn|1000|2|20070315|assigned|100',
  'lacnic|BR|ipv6|2001:1200::|32|20100101|allocated|200',
  'lacnic|AR|asn|2000|1|20060101|allocated|300',
  'lacnic||ipv4|24.152.0.0|32768||reserved|',
  'lacnic||ipv4|45.4.0.0|1024||available',
];
const GOOD = [VERSION, ...SUMMARY, ...RECORDS].join('\n') + '\n';

function errorCode(text: string): string | undefined {
  try {
    parseDelegatedStats(text);
  } catch (e) {
    expect(e).to.be.instanceOf(StatsFormatError);
    return (e as StatsFormatError).code;
  }
  return undefined;
}

describe('LACNIC_ECONOMIES', () => {
  it('lists the 31 economies of the service region', () => {
    expect(LACNIC_ECONOMIES).to.have.length(31);
    expect(new Set(LACNIC_ECONOMIES).size).to.equal(31);
    for (const cc of ['GF', 'BQ', 'SX', 'CW', 'AW', 'FK', 'GS']) expect(isLacnicEconomy(cc)).to.equal(true);
    for (const cc of ['US', 'PR', 'GP', 'MQ', 'JM', 'AU']) expect(isLacnicEconomy(cc)).to.equal(false);
  });
});

describe('parseDelegatedStats', () => {
  it('reads the version line, summary lines and records', () => {
    const r = parseDelegatedStats(GOOD);
    expect(r.version).to.deep.include({ version: '2.3', registry: 'lacnic', serial: '20230323', records: 6, enddate: '20230322', line: 1 });
    expect(r.summary).to.deep.equal({ asn: 2, ipv4: 3, ipv6: 1 });
    expect(r.records.total).to.equal(6);
    expect(r.records.counted).to.equal(4);
    expect(r.records.byStatus).to.deep.equal({ allocated: 3, assigned: 1, available: 1, reserved: 1 });
    expect(r.records.byType).to.deep.equal({ asn: 2, ipv4: 3, ipv6: 1 });
    expect(r.malformed.count).to.equal(0);
    expect(r.warnings).to.deep.equal([]);
    expect(r.lines).to.equal(10);
    expect(r.economies.BR).to.deep.include({ holders: 2, asn: 2, ipv4: 1024, ipv6: 1, records: 3, undated: 0, firstYear: 2005 });
    expect(r.economies.AR).to.deep.include({ holders: 1, asn: 1, ipv4: 0, ipv6: 0 });
    expect(r.regionTotal).to.deep.equal({ holders: 3, asn: 3, ipv4: 1024, ipv6: 1 });
  });

  it('accepts a file without version line, comments, blank lines and no final newline', () => {
    const text = ['# a comment', '', ...RECORDS.slice(0, 2), '   ', '#another|with|pipes', ...RECORDS.slice(2)].join('\n');
    const r = parseDelegatedStats(text);
    expect(r.version).to.equal(null);
    expect(r.records.total).to.equal(6);
    expect(r.malformed.count).to.equal(0);
    expect(r.lines).to.equal(10);
    expect(r.economies.BR?.holders).to.equal(2);
  });

  it('gives the same result for CRLF line ends (and a BOM)', () => {
    const crlf = parseDelegatedStats('\ufeff' + GOOD.replace(/\n/g, '\r\n'));
    const lf = parseDelegatedStats(GOOD);
    expect(crlf).to.deep.equal(lf);
  });

  it('accepts 7-field available and 8-field reserved lines, without counting them', () => {
    const r = parseDelegatedStats(RECORDS.slice(3).join('\n'));
    expect(r.records.byStatus.available).to.equal(1);
    expect(r.records.byStatus.reserved).to.equal(1);
    expect(r.records.counted).to.equal(1);
    expect(Object.keys(r.economies)).to.deep.equal(['AR']);
  });

  it('reports malformed lines with 1-based line numbers and goes on', () => {
    const text = [
      VERSION, // 1
      RECORDS[0], // 2
      'lacnic|BR|ipv4|200.1.0.0|1024|20050101|allocated', // 3: 7 fields on a counted record
      'lacnic|BR|ipv5|200.1.0.0|1024|20050101|allocated|1', // 4
      'lacnic|BR|ipv4|200.1.0.0|lots|20050101|allocated|1', // 5
      'lacnic|BR|ipv4|200.1.0.0|1024|20051301|allocated|1', // 6
      'lacnic|B1|ipv4|200.1.0.0|1024|20050101|allocated|1', // 7
      'lacnic|BR|ipv4|200.1.0.0|1024|20050101|stolen|1', // 8
      'lacnic|BR|ipv4', // 9
      'lacnic|BR|ipv4|200.1.0.0|1024|20050101|allocated|', // 10
      'lacnic||ipv4|200.1.0.0|1024|20050101|allocated|1', // 11
      'lacnic|BR|ipv6|2001::|129|20050101|allocated|1', // 12
      'lacnic|*|ipv4|*|many|summary', // 13
      'lacnic|BR|ipv4|200.2.0.0|1024|2005-01-01|allocated|1', // 14
      RECORDS[1], // 15
    ].join('\n');
    const r = parseDelegatedStats(text);
    expect(r.malformed.count).to.equal(12);
    expect(r.malformed.lines.map((m) => [m.line, m.reason])).to.deep.equal([
      [3, 'field-count'], [4, 'unknown-type'], [5, 'bad-value'], [6, 'bad-date'], [7, 'bad-cc'],
      [8, 'unknown-status'], [9, 'field-count'], [10, 'missing-id'], [11, 'bad-cc'], [12, 'bad-value'],
      [13, 'bad-summary'], [14, 'bad-date'],
    ]);
    expect(r.malformed.lines[0].text).to.equal('lacnic|BR|ipv4|200.1.0.0|1024|20050101|allocated');
    expect(r.records.total).to.equal(2);
    expect(r.economies.BR).to.deep.include({ holders: 1, asn: 2, ipv4: 1024 });
    // The version line declares 6 records: a warning, not an error.
    expect(r.warnings).to.have.length(1);
  });

  it('caps the stored list of malformed lines but counts them all', () => {
    const text = [RECORDS[0], ...Array.from({ length: 250 }, () => 'garbage|line')].join('\n');
    const r = parseDelegatedStats(text);
    expect(r.malformed.count).to.equal(250);
    expect(r.malformed.lines).to.have.length(100);
    expect(r.malformed.lines[99].line).to.equal(101);
    expect(parseDelegatedStats(text, { maxMalformed: 5 }).malformed.lines).to.have.length(5);
  });

  it('counts codes outside the region apart', () => {
    const r = parseDelegatedStats([
      ...RECORDS,
      'lacnic|US|ipv4|192.0.2.0|256|20040101|assigned|900',
      'lacnic|US|asn|64500|1|20040101|assigned|901',
      'lacnic|AU|asn|64501|1|20040101|assigned|902',
    ].join('\n'));
    expect(r.economies).to.not.have.any.keys('US', 'AU');
    expect(r.outside.US).to.deep.include({ holders: 2, asn: 1, ipv4: 256, ipv6: 0 });
    expect(r.outside.AU).to.deep.include({ holders: 1, asn: 1 });
    expect(r.outsideTotal).to.deep.equal({ holders: 3, asn: 2, ipv4: 256, ipv6: 0 });
    expect(r.regionTotal.holders).to.equal(3);
  });

  it('counts distinct holders per economy (the same id in two economies counts in each)', () => {
    const r = parseDelegatedStats([
      'lacnic|CL|ipv4|1.0.0.0|256|20100101|allocated|7',
      'lacnic|CL|ipv4|1.0.1.0|256|20110101|allocated|7',
      'lacnic|CL|asn|1|1|20120101|assigned|7',
      'lacnic|CL|asn|2|1|20120101|assigned|8',
      'lacnic|UY|asn|3|1|20120101|assigned|7',
    ].join('\n'));
    expect(r.economies.CL?.holders).to.equal(2);
    expect(r.economies.UY?.holders).to.equal(1);
    expect(r.regionTotal.holders).to.equal(3);
  });

  it('builds cumulative series per year of first delegation', () => {
    const r = parseDelegatedStats([
      'lacnic|PE|ipv4|1.0.1.0|512|20120601|allocated|1', // holder 1 first seen in 2010 (below)
      'lacnic|PE|ipv4|1.0.0.0|256|20100101|allocated|1',
      'lacnic|PE|asn|1|1|20120101|assigned|2',
      'lacnic|PE|ipv6|2001:db8::|32|20130101|allocated|2',
      'lacnic|PE|ipv6|2001:db9::|48|20130101|allocated|3',
      'lacnic|EC|asn|9|4|20110101|allocated|4',
    ].join('\n'));
    expect(r.years).to.deep.equal([2010, 2011, 2012, 2013]);
    expect(r.economies.PE?.byYear).to.deep.equal({
      holders: [1, 1, 2, 3],
      asn: [0, 0, 1, 1],
      ipv4: [256, 256, 768, 768],
      ipv6: [0, 0, 0, 2],
    });
    expect(r.economies.EC?.byYear.asn).to.deep.equal([0, 4, 4, 4]);
    expect(r.economies.EC?.firstYear).to.equal(2011);
  });

  it('counts undated records in the totals and from the first year on', () => {
    const r = parseDelegatedStats([
      'lacnic|HN|asn|1|1|20150101|allocated|1',
      'lacnic|HN|asn|2|1|00000000|allocated|2',
      'lacnic|HN|asn|3|1||allocated|3',
      'lacnic|HN|asn|4|1|20170101|allocated|3',
    ].join('\n'));
    expect(r.records.undated).to.equal(2);
    expect(r.economies.HN).to.deep.include({ holders: 3, asn: 4, undated: 2, firstYear: 2015 });
    expect(r.years).to.deep.equal([2015, 2016, 2017]);
    expect(r.economies.HN?.byYear.asn).to.deep.equal([3, 3, 4]);
    // Holder 3 has an undated record: it counts from the first year.
    expect(r.economies.HN?.byYear.holders).to.deep.equal([3, 3, 3]);
  });

  it('leaves economies without counted records (FK, GS) absent, never zero', () => {
    const r = parseDelegatedStats(GOOD);
    expect(r.economies).to.not.have.any.keys('FK', 'GS');
    expect('FK' in r.economies).to.equal(false);
  });

  it('rejects empty input', () => {
    expect(errorCode('')).to.equal('empty');
    expect(errorCode(' \n\r\n\n')).to.equal('empty');
  });

  it('rejects binary input', () => {
    expect(errorCode('lacnic|BR|asn|1|1|20150101|allocated|1\n\0\0\0')).to.equal('binary');
    const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 32)).join('');
    expect(errorCode(noise)).to.equal('binary');
  });

  it('rejects text that holds no valid record', () => {
    expect(errorCode('<!doctype html>\n<html><body>Not found</body></html>\n')).to.equal('no-records');
    expect(errorCode('# only comments\n' + VERSION + '\n' + SUMMARY.join('\n'))).to.equal('no-records');
    expect(errorCode('a,b,c\n1,2,3\n')).to.equal('no-records');
  });
});

// --- the real files (served from ../shared/data; skipped when absent) ------------------------

async function fetchShared(name: string): Promise<string | null> {
  const res = await fetch(`/shared-data/${name}`);
  return res.ok ? res.text() : null;
}

const holders = (r: ParticipationResult) =>
  Object.fromEntries(Object.entries(r.economies).map(([cc, e]) => [cc, e?.holders]));

describe('parseDelegatedStats on the real LACNIC files', function () {
  this.timeout(30_000);

  it('2017 (headerless, no final newline): FACTS.md reference figures', async function () {
    const text = await fetchShared('delegated-lacnic-extended-20170903.txt');
    if (text === null) this.skip();
    const r = parseDelegatedStats(text as string);
    expect(r.version).to.equal(null);
    expect(r.malformed.count).to.equal(0);
    expect(holders(r)).to.deep.include({ BR: 5017, AR: 790, MX: 616, CL: 381, CO: 217, EC: 180, AW: 3 });
    expect(r.economies).to.not.have.any.keys('FK', 'GS');
    expect(Object.keys(r.economies)).to.have.length(29);
    expect(r.regionTotal.holders).to.equal(8077);
    expect(r.outside.US?.holders).to.equal(3);
    expect(r.outside.AU?.holders).to.equal(1);
    expect(Object.keys(r.outside).sort()).to.deep.equal(['AU', 'US']);
    expect(r.years[0]).to.equal(1987);
    expect(r.years[r.years.length - 1]).to.equal(2017);
    for (const e of Object.values(r.economies)) {
      for (const m of ['holders', 'asn', 'ipv4', 'ipv6'] as const) {
        expect(e!.byYear[m][r.years.length - 1]).to.equal(e![m]);
      }
    }
  });

  // Parse speed is measured by `npm run bench` (worker and main thread), not asserted here:
  // a timed test fails on a busy machine and proves nothing on a fast one.
  it('2023 (complete): FACTS.md reference figures', async function () {
    const text = await fetchShared('delegated-lacnic-extended-20230323.txt');
    if (text === null) this.skip();
    const r = parseDelegatedStats(text as string);
    expect(r.version).to.deep.include({ serial: '20230323', records: 86237, enddate: '20230322' });
    expect(r.records.total).to.equal(86237);
    expect(r.summary).to.deep.equal({ ipv4: 19618, ipv6: 52498, asn: 14121 });
    expect(r.warnings).to.deep.equal([]);
    expect(r.malformed.count).to.equal(0);
    expect(holders(r)).to.deep.include({ BR: 8790, AR: 1270, MX: 811, CO: 595, CL: 499 });
    expect(r.economies).to.not.have.any.keys('FK', 'GS');
    expect(r.regionTotal.holders).to.equal(13609);
    expect(Object.keys(r.outside).sort()).to.deep.equal(['AU', 'US']);
  });
});
