import { expect } from '@open-wc/testing';
import { LACNIC_ECONOMIES } from '../../src/region-map/economies.js';
import { toParticipationData, type ParticipationData } from '../../src/region-map/participation-data.js';
import { parseDelegatedStats } from '../../src/region-map/stats-parser.js';

async function committed(year: number): Promise<ParticipationData> {
  const res = await fetch(new URL(`../../src/data/participation-${year}.json`, import.meta.url));
  expect(res.ok, `src/data/participation-${year}.json is served`).to.equal(true);
  return (await res.json()) as ParticipationData;
}

const FILES: [number, string][] = [
  [2017, 'delegated-lacnic-extended-20170903.txt'],
  [2023, 'delegated-lacnic-extended-20230323.txt'],
];

describe('committed participation JSON', function () {
  this.timeout(30_000);

  for (const [year, name] of FILES) {
    it(`the figures the map ships for ${year} (packed) unpack to exactly participation-${year}.json`, async () => {
      const shipped = year === 2017 ? await import('../../src/data/participation-2017.js') : await import('../../src/data/participation-2023.js');
      expect(shipped.default).to.deep.equal(await committed(year));
    });

    it(`participation-${year}.json is well-formed, FK and GS "no data"`, async () => {
      const data = await committed(year);
      expect(data.metrics).to.deep.equal(['holders', 'asn', 'ipv4', 'ipv6']);
      expect(data.source.file).to.equal(name);
      expect(data.noData).to.deep.equal(['FK', 'GS']);
      expect(data.economies).to.not.have.any.keys('FK', 'GS');
      const ccs = Object.keys(data.economies);
      expect(ccs.length + data.noData.length).to.equal(LACNIC_ECONOMIES.length);
      let holders = 0;
      for (const cc of ccs) {
        const e = data.economies[cc as keyof typeof data.economies]!;
        holders += e.holders;
        for (const m of data.metrics) {
          expect(e.byYear[m], `${cc} ${m}`).to.have.length(data.years.length);
          expect(e.byYear[m][data.years.length - 1], `${cc} ${m}`).to.equal(e[m]);
        }
      }
      expect(holders).to.equal(data.total.holders);
    });

    it(`participation-${year}.json agrees with the parser on ${name}`, async function () {
      const res = await fetch(`/shared-data/${name}`);
      if (!res.ok) this.skip();
      const data = await committed(year);
      const fresh = toParticipationData(parseDelegatedStats(await res.text()), data.source);
      expect(fresh).to.deep.equal(data);
    });
  }

  it('matches FACTS.md reference figures', async () => {
    const [a, b] = [await committed(2017), await committed(2023)];
    expect(a.total.holders).to.equal(8077);
    expect(a.economies.BR?.holders).to.equal(5017);
    expect(a.outside).to.have.keys('US', 'AU');
    expect(b.total.holders).to.equal(13609);
    expect(b.economies.BR?.holders).to.equal(8790);
    expect(b.source.md5).to.equal('2b181ee13e00a4411977b4d698e91891');
  });
});
