import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/lacnic-region-map.js';
import type { LacnicRegionMap, RegionSelectDetail } from '../../src/region-map/region-map.js';
import { LACNIC_ECONOMIES } from '../../src/region-map/economies.js';
import { statsRuntime } from '../../src/region-map/stats-load.js';
import { errorSpy, jsonUrl, noUncaught, until } from '../helpers.js';

const root = (el: LacnicRegionMap) => el.shadowRoot as ShadowRoot;
const economy = (el: LacnicRegionMap, code: string) => root(el).querySelector(`.economy[data-code="${code}"]`) as SVGGElement;
const tooltip = (el: LacnicRegionMap) => root(el).querySelector('.tooltip')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: LacnicRegionMap) => root(el).querySelector('[part~="status"]')?.getAttribute('data-state') ?? 'ready';
const ready = (el: LacnicRegionMap) => until(() => !!root(el).querySelector('svg.map') || !!root(el).querySelector('table'), 5000, 'map rendered');
const focused = (el: LacnicRegionMap) => (root(el).activeElement as Element | null)?.getAttribute('data-code');

async function map(attrs = html`<lacnic-region-map></lacnic-region-map>`, lang = 'en'): Promise<LacnicRegionMap> {
  const wrap = await fixture(html`<div lang=${lang} style="width:600px">${attrs}</div>`);
  const el = wrap.querySelector('lacnic-region-map') as LacnicRegionMap;
  await ready(el);
  await el.updateComplete;
  return el;
}

const TINY_STATS = [
  '2.3|lacnic|20230101|6|19870101|20221231|-0300',
  'lacnic|*|asn|*|2|summary',
  'lacnic|BR|asn|1|1|20020105|allocated|a1',
  'lacnic|BR|ipv4|200.0.0.0|1024|20050101|allocated|a1',
  'lacnic|BR|ipv4|200.0.4.0|256|20060101|assigned|a2',
  'lacnic|UY|asn|2|1|20100101|allocated|u1',
  'lacnic|US|ipv4|1.0.0.0|256|20100101|allocated|x1',
  'lacnic||ipv4|3.0.0.0|256||available',
  '',
].join('\n');
const textUrl = (text: string | Uint8Array, type = 'text/plain') => URL.createObjectURL(new Blob([text as BlobPart], { type }));

describe('<lacnic-region-map>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  describe('default figures (2017)', () => {
    it('is accessible and draws all 31 economies, each one focusable, with one tab stop', async () => {
      const el = await map();
      await expect(el).to.be.accessible();
      const shapes = [...root(el).querySelectorAll('.economy')];
      expect(shapes.map((s) => s.getAttribute('data-code')).sort()).to.deep.equal([...LACNIC_ECONOMIES].sort());
      expect(shapes.filter((s) => s.getAttribute('tabindex') === '0')).to.have.length(1);
      expect(economy(el, 'BR').getAttribute('tabindex')).to.equal('0');
      const svg = root(el).querySelector('svg.map') as SVGSVGElement;
      expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
      expect(svg.getAttribute('aria-label')).to.equal('Map of LACNIC’s service region: organisations holding resources, 2017');
      // Focus listeners on an SVG make it focusable in Chromium: the map itself must not be an
      // extra tab stop before the economies (found by e2e 60-a11y).
      svg.focus();
      expect(root(el).activeElement).to.equal(null);
    });

    it('scrolls the table inside its own focusable region when narrow (found by e2e 60-a11y at 320px)', async () => {
      const wrap = await fixture(html`<div style="width: 300px"><lacnic-region-map lang="es" view="table"></lacnic-region-map></div>`);
      const el = wrap.querySelector('lacnic-region-map') as LacnicRegionMap;
      await ready(el);
      const box = root(el).querySelector('.table-scroll') as HTMLElement;
      expect(box.getAttribute('tabindex')).to.equal('0');
      expect(box.getAttribute('role')).to.equal('region');
      expect(el.getBoundingClientRect().width).to.be.at.most(300);
      expect(box.getBoundingClientRect().width).to.be.at.most(300);
      await expect(el).to.be.accessible();
    });

    it('gives the small economies a marker with a 24 px target', async () => {
      const el = await map();
      const small = [...root(el).querySelectorAll('.economy[data-small="true"]')].map((s) => s.getAttribute('data-code'));
      for (const code of ['AW', 'CW', 'SX', 'BQ', 'FK', 'GS']) expect(small).to.include(code);
      const svg = root(el).querySelector('svg.map') as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const code of small) {
        const hit = economy(el, code!).querySelector('.hit') as SVGCircleElement;
        expect(hit.r.baseVal.value * 2 * scale, code!).to.be.at.least(23.9);
      }
      // The islands are also drawn enlarged in the inset, where a pointer can use them.
      expect(root(el).querySelector('.inset-economies [data-code="SX"]')).to.exist;
    });

    it('draws FK and GS as no data, with the hatch pattern, never as a colour', async () => {
      const el = await map();
      for (const code of ['FK', 'GS']) {
        const shape = economy(el, code).querySelector('path') as SVGPathElement;
        expect(getComputedStyle(shape).fill, code).to.contain('lacnic-map-hatch');
        expect(economy(el, code).getAttribute('aria-label')).to.contain('No data');
      }
      expect(getComputedStyle(economy(el, 'BR').querySelector('path')!).fill).to.match(/^rgb/);
      expect(root(el).querySelector('.legend .nodata')?.textContent).to.contain('No data (2)');
    });

    it('legend counts add up to 31 and BR sits alone at the top of the quantile scale', async () => {
      const el = await map();
      const counts = [...root(el).querySelectorAll('.legend li')].map((li) => Number(li.getAttribute('data-count')));
      expect(counts.reduce((a, b) => a + b, 0)).to.equal(31);
      const legend = root(el).querySelector('.legend')!.textContent!.replace(/\s+/g, ' ');
      expect(legend).to.contain('5,017');
    });

    it('labels a site\'s own thresholds as bands, the empty one included, in the reader\'s language', async () => {
      const legend = async (lang: string) => {
        const el = await map(html`<lacnic-region-map scale="threshold" thresholds="50,500,10000"></lacnic-region-map>`, lang);
        return [...root(el).querySelectorAll('.legend li:not(.nodata) span')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
      };
      // 2017 holders: BR, AR and MX have 500 or more; CL…PE (8) have 50 to 499; the other 18 fewer.
      expect(await legend('en')).to.deep.equal(['under 50 (18)', '50 to under 500 (8)', '500 to under 10,000 (3)', '10,000 or more (0)']);
      expect(await legend('es')).to.deep.equal(['menos de 50 (18)', 'de 50 a menos de 500 (8)', 'de 500 a menos de 10.000 (3)', '10.000 o más (0)']);
    });

    it('writes a summary from the same figures', async () => {
      const el = await map();
      const text = root(el).querySelector('.summary')!.textContent!;
      expect(text).to.contain('Brazil has the most organisations holding resources in 2017: 5,017, 62.1% of the region.');
      expect(text).to.contain('29 of 31 economies have data.');
      expect(text).to.contain('Falkland Islands (Malvinas)');
    });

    for (const [lang, name, value, share, rank, summary] of [
      ['en', 'Argentina', '790 organisations holding resources', '9.8% of the region', '2nd of 29', 'Brazil has the most'],
      ['es', 'Argentina', '790 organizaciones con recursos', '9,8 % de la región', '2.º de 29', 'Brasil tiene más'],
      ['pt', 'Argentina', '790 organizações com recursos', '9,8% da região', '2º de 29', 'Brasil tem mais'],
    ] as const) {
      it(`shows the tooltip on keyboard focus and hover in ${lang}, and stays accessible`, async () => {
        const el = await map(html`<lacnic-region-map></lacnic-region-map>`, lang);
        economy(el, 'AR').focus();
        await until(() => tooltip(el).includes(name), 2000, 'tooltip');
        const tip = tooltip(el);
        for (const part of [name, value, share, rank]) expect(tip, lang).to.contain(part);
        expect(root(el).querySelector('[aria-live="polite"]')!.textContent).to.contain(rank);
        expect(root(el).querySelector('.summary')!.textContent).to.contain(summary);
        economy(el, 'MX').querySelector('path')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await until(() => tooltip(el).includes(lang === 'en' ? 'Mexico' : 'México'), 2000, 'hover tooltip');
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in dark theme', async () => {
      const el = await map(html`<lacnic-region-map theme="dark"></lacnic-region-map>`);
      await expect(el).to.be.accessible();
      const bg = getComputedStyle(root(el).querySelector('.hatch-bg')!).fill;
      expect(bg).to.not.equal('rgb(255, 255, 255)');
    });

    it('colours by metric and loads the 2023 figures', async () => {
      const el = await map(html`<lacnic-region-map metric="ipv4" dataset="2023"></lacnic-region-map>`);
      await until(() => el.shownYear === 2023, 3000, '2023 figures');
      expect(root(el).querySelector('.summary')!.textContent).to.contain('IPv4 addresses in 2023');
      el.metric = 'asn';
      await el.updateComplete;
      expect(root(el).querySelector('.summary')!.textContent).to.contain('ASNs in 2023');
    });
  });

  describe('keyboard and selection', () => {
    it('walks to the nearest economy by arrow, Home/End by value, Enter selects, Escape clears', async () => {
      const el = await map();
      const events: RegionSelectDetail[] = [];
      el.addEventListener('lacnic-region-select', (e) => events.push(e.detail));
      economy(el, 'BR').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => focused(el) !== 'BR', 2000, 'moved left');
      const west = focused(el)!;
      expect(['BO', 'PE', 'CO']).to.include(west);
      await sendKeys({ press: 'End' });
      await until(() => focused(el) === 'AW', 2000, 'lowest value (AW)');
      await sendKeys({ press: 'Home' });
      await until(() => focused(el) === 'BR', 2000, 'highest value (BR)');
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focused(el) !== 'BR', 2000, 'moved down');
      const south = focused(el)!;
      expect(['PY', 'UY', 'AR']).to.include(south);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal(south);
      expect(el.getAttribute('selected')).to.equal(south);
      expect(events).to.have.length(1);
      expect(events[0].code).to.equal(south);
      expect(events[0].value).to.be.a('number');
      expect(economy(el, south).getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.selected).to.equal(null);
      expect(events[1]).to.deep.equal({ code: null, value: null });
      await expect(el).to.be.accessible();
    });

    it('reaches a small island by keyboard and selects it by click', async () => {
      const el = await map();
      const events: RegionSelectDetail[] = [];
      el.addEventListener('lacnic-region-select', (e) => events.push(e.detail));
      economy(el, 'SX').focus();
      await until(() => tooltip(el).includes('Sint Maarten'), 2000, 'SX tooltip');
      (economy(el, 'CW').querySelector('.hit') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.selected).to.equal('CW');
      expect(events[0]).to.deep.equal({ code: 'CW', value: 31 });
    });

    it('fires nothing for a programmatic selection', async () => {
      const el = await map(html`<lacnic-region-map selected="AR"></lacnic-region-map>`);
      let fired = 0;
      el.addEventListener('lacnic-region-select', () => fired++);
      expect(economy(el, 'AR').getAttribute('aria-pressed')).to.equal('true');
      expect(economy(el, 'AR').getAttribute('tabindex')).to.equal('0');
      el.selected = 'MX';
      await el.updateComplete;
      el.selected = null;
      await el.updateComplete;
      await aTimeout(20);
      expect(fired).to.equal(0);
    });

    it('never captures wheel or touch scrolling', async () => {
      const el = await map();
      const wheel = new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, deltaY: 100 });
      economy(el, 'BR').querySelector('path')!.dispatchEvent(wheel);
      expect(wheel.defaultPrevented).to.equal(false);
      expect(getComputedStyle(root(el).querySelector('svg.map')!).touchAction).to.equal('auto');
    });
  });

  describe('alternatives', () => {
    it('switches to an accessible, sortable table', async () => {
      const el = await map();
      const toggle = [...root(el).querySelectorAll('.controls button')][0] as HTMLButtonElement;
      toggle.click();
      await until(() => !!root(el).querySelector('table'), 2000, 'table');
      await expect(el).to.be.accessible();
      const table = root(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent).to.contain('Organisations holding resources by economy, 2017');
      const firstCells = () => [...table.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
      expect(firstCells()[0]).to.equal('Brazil');
      expect(firstCells().slice(-2)).to.have.members(['Falkland Islands (Malvinas)', 'South Georgia & South Sandwich Islands']);
      const [byName, byValue] = [...table.querySelectorAll('thead button')] as HTMLButtonElement[];
      expect(byValue.parentElement!.getAttribute('aria-sort')).to.equal('descending');
      byName.click();
      await el.updateComplete;
      expect(byName.parentElement!.getAttribute('aria-sort')).to.equal('ascending');
      expect(byValue.parentElement!.getAttribute('aria-sort')).to.equal('none');
      expect(firstCells()[0]).to.equal('Argentina');
      byValue.click();
      await el.updateComplete;
      byValue.click();
      await el.updateComplete;
      expect(byValue.parentElement!.getAttribute('aria-sort')).to.equal('ascending');
      expect(firstCells()[0]).to.equal('Aruba');
    });

    it('downloads the figures as CSV', async () => {
      const el = await map();
      const blobs: Blob[] = [];
      const original = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      let name = '';
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blobs.push(b as Blob);
        return original.call(URL, b);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        name = this.download;
      };
      try {
        ([...root(el).querySelectorAll('.controls button')][1] as HTMLButtonElement).click();
      } finally {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(name).to.equal('lacnic-region-holders-2017.csv');
      const lines = (await blobs[0].text()).trim().split('\n');
      expect(lines[0]).to.equal('code,name,holders,share,rank');
      expect(lines).to.have.length(32);
      expect(lines).to.include('BR,Brazil,5017,0.621146,1');
      expect(lines.find((l) => l.startsWith('FK,'))).to.equal('FK,Falkland Islands (Malvinas),,,');
    });

    it('serialises the map as a standalone SVG with resolved colours', async () => {
      const el = await map();
      const svg = el.toSVG();
      expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).to.contain('fill="rgb(');
      expect(svg.includes('class='), 'no classes left').to.equal(false);
      expect(svg.includes('lacnic-map-hatch'), 'the hatch stays').to.equal(true);
    });
  });

  describe('year slider', () => {
    it('replays the cumulative years and re-colours without re-projecting', async () => {
      const el = await map(html`<lacnic-region-map year-slider dataset="2023"></lacnic-region-map>`);
      await until(() => el.shownYear === 2023, 3000, '2023');
      const input = root(el).querySelector('input[type="range"]') as HTMLInputElement;
      expect(input.labels?.[0]?.textContent).to.equal('Year');
      expect(input.getAttribute('aria-valuetext')).to.equal('2023');
      const d = economy(el, 'BR').querySelector('path')!.getAttribute('d');
      input.value = '0';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(el.shownYear).to.equal(2002);
      expect(input.getAttribute('aria-valuetext')).to.equal('2002');
      expect(economy(el, 'BR').querySelector('path')!.getAttribute('d')).to.equal(d);
      expect(root(el).querySelector('.summary')!.textContent).to.contain('in 2002');
      const button = root(el).querySelector('.slider button') as HTMLButtonElement;
      button.click();
      await until(() => (el.shownYear ?? 0) > 2002, 3000, 'playing');
      expect(button.textContent!.trim()).to.equal('Pause');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('does not autoplay under reduced motion, and stops when it is asked for', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await map(html`<lacnic-region-map year-slider></lacnic-region-map>`);
      expect(root(el).querySelector('.slider button')!.getAttribute('aria-pressed')).to.equal('false');
      expect(el.shownYear).to.equal(2017);
    });
  });

  describe('custom data', () => {
    it('takes a JSON object {code: value} and shows the rest as no data', async () => {
      const el = await map(html`<lacnic-region-map .data=${{ BR: 10, AR: 5, UY: 1 }}></lacnic-region-map>`);
      expect(root(el).querySelector('.summary')!.textContent).to.contain('3 of 31 economies have data');
      expect(root(el).querySelector('.legend .nodata')!.textContent).to.contain('(28)');
      await expect(el).to.be.accessible();
    });

    it('reports unknown codes, codes outside the region and bad values, and shows the rest', async () => {
      const spy = errorSpy();
      try {
        const el = await noUncaught(() =>
          map(html`<lacnic-region-map
            .data=${[
              { code: 'BR', value: 10 },
              { code: 'US', value: 3 },
              { code: 'ZZ', value: 1 },
              { code: 'AR', value: -2 },
              { code: 'CL', value: 'many' },
              { code: 'UY', value: 4, label: 'Uruguay (custom)' },
            ]}
          ></lacnic-region-map>`),
        );
        await until(() => spy.events.length > 0, 2000, 'lacnic-error');
        const detail = spy.events[0].detail;
        expect(detail.code).to.equal('invalid-item');
        expect(detail.problems!.map((p) => `${p.name}:${p.field}:${p.reason}`)).to.deep.equal([
          'US:code:unknown', 'ZZ:code:unknown', 'AR:value:invalid', 'CL:value:type',
        ]);
        const notice = root(el).querySelector('[part="notice"]')!.textContent!;
        expect(notice).to.contain('4 items were skipped');
        expect(notice).to.contain('US');
        economy(el, 'UY').focus();
        await until(() => tooltip(el).includes('Uruguay (custom)'), 2000, 'custom label');
        expect(tooltip(el)).to.contain('2nd of 2');
        await expect(el).to.be.accessible();
      } finally {
        spy.stop();
      }
    });

    it('reads CSV from src (code,value,label)', async () => {
      const url = textUrl('code,value,label\nMX,7,\nCO,3,Colombia\n', 'text/csv');
      const el = await map(html`<lacnic-region-map src=${url}></lacnic-region-map>`);
      await until(() => root(el).querySelector('.summary')?.textContent?.includes('Mexico') ?? false, 3000, 'csv');
      expect(root(el).querySelector('.summary')!.textContent).to.contain('2 of 31');
    });

    it('reads JSON from src', async () => {
      const el = await map(html`<lacnic-region-map src=${jsonUrl([{ code: 'pe', value: 9 }])}></lacnic-region-map>`);
      await until(() => root(el).querySelector('.summary')?.textContent?.includes('Peru') ?? false, 3000, 'json src');
    });
  });

  it('keeps a long unbroken label inside its width: map, tooltip, summary and table', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:400px" lang="en"><lacnic-region-map></lacnic-region-map></div>`);
    const el = wrap.querySelector('lacnic-region-map') as LacnicRegionMap;
    el.data = [{ code: 'BR', value: 5, label: 'W'.repeat(2000) }, { code: 'AR', value: 3 }];
    await until(() => !!el.shadowRoot!.querySelector('g.economy') && (el.shadowRoot!.querySelector('.summary')?.textContent ?? '').includes('WWW'), 5000, 'drawn');
    const br = el.shadowRoot!.querySelector('g.economy[data-code="BR"]') as SVGGElement;
    br.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('.base') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(400);
    expect((el.shadowRoot!.querySelector('svg.map') as SVGElement).getBoundingClientRect().width).to.be.at.most(400);
    const tooltip = el.shadowRoot!.querySelector('[part~="tooltip"]') as HTMLElement;
    expect(tooltip.scrollWidth).to.be.at.most(tooltip.clientWidth + 1);
    el.view = 'table';
    await el.updateComplete;
    expect(base.scrollWidth).to.be.at.most(400);
  });

  it('treats metric="toString" (a name Object.prototype has) as unknown: the data\'s first metric shows', async () => {
    for (const metric of ['toString', 'constructor', '__proto__']) {
      const el = await map(html`<lacnic-region-map metric=${metric}></lacnic-region-map>`);
      await until(() => !!el.shadowRoot!.querySelector('.legend'), 5000, 'legend');
      expect(el.shadowRoot!.querySelector('.legend')!.getAttribute('aria-label')).to.equal('Legend: organisations holding resources');
      expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('Brazil has the most');
    }
  });

  it('downloads CSV whose cells never start like a spreadsheet formula', async () => {
    const el = await map(html`<lacnic-region-map></lacnic-region-map>`);
    el.data = [
      { code: 'BR', value: 5, label: '=HYPERLINK("https://evil.example/","x")' },
      { code: 'AR', value: 4, label: '+cmd' },
      { code: 'UY', value: 3, label: '@SUM(1)' },
      { code: 'CL', value: 2, label: '-1+1' },
    ];
    await until(() => el.toCSV().includes('HYPERLINK'), 3000, 'custom data');
    const csv = el.toCSV();
    expect(csv).to.contain(`BR,"'=HYPERLINK(""https://evil.example/"",""x"")",5,`);
    expect(csv).to.contain(`AR,'+cmd,4,`);
    expect(csv).to.contain(`UY,'@SUM(1),3,`);
    expect(csv).to.contain(`CL,'-1+1,2,`);
  });

  describe('statistics file and failures', () => {
    it('computes the figures from a raw statistics file in a worker', async () => {
      const el = await noUncaught(() => map(html`<lacnic-region-map stats-src=${textUrl(TINY_STATS)} metric="ipv4"></lacnic-region-map>`));
      await until(() => root(el).querySelector('.summary')?.textContent?.includes('1,280') ?? false, 5000, 'stats figures');
      expect(statsRuntime.lastVia).to.equal('worker');
      expect(root(el).querySelector('.summary')!.textContent).to.contain('Brazil has the most IPv4 addresses in 2010: 1,280, 100% of the region.');
      expect(el.years).to.deep.equal([2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010]);
    });

    it('falls back to the main thread when no worker can start', async () => {
      const RealWorker = window.Worker;
      (window as unknown as { Worker: unknown }).Worker = function NoWorker() {
        throw new Error('blocked by CSP');
      };
      try {
        const el = await noUncaught(() => map(html`<lacnic-region-map stats-src=${textUrl(TINY_STATS)} metric="asn"></lacnic-region-map>`));
        await until(() => root(el).querySelector('.summary')?.textContent?.includes('2 of 31') ?? false, 5000, 'stats figures');
        expect(statsRuntime.lastVia).to.equal('main');
        expect(root(el).querySelector('.summary')!.textContent).to.contain('Brazil has the most ASNs in 2010: 1, 50% of the region.');
      } finally {
        window.Worker = RealWorker;
      }
    });

    for (const [what, body] of [
      ['binary', new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0, 7])],
      ['truncated', 'lacnic|BR|ipv4|200.0.0'],
    ] as const) {
      it(`says clearly that a ${what} file is not statistics, with no uncaught error`, async () => {
        const spy = errorSpy();
        try {
          const el = await noUncaught(async () => {
            const wrap = await fixture(html`<div lang="en"><lacnic-region-map stats-src=${textUrl(body)}></lacnic-region-map></div>`);
            const m = wrap.querySelector('lacnic-region-map') as LacnicRegionMap;
            await until(() => status(m) === 'error', 5000, 'error state');
            return m;
          });
          expect(spy.events[0].detail.code).to.equal('parse');
          expect(spy.events[0].detail.source, 'the event names the statistics file as the source').to.equal('stats-src');
          expect(root(el).querySelector('[part~="status"]')!.textContent).to.contain('not valid RIR statistics');
          await expect(el).to.be.accessible();
        } finally {
          spy.stop();
        }
      });
    }

    it('refuses a file over the size limit', async () => {
      const spy = errorSpy();
      try {
        const big = new Uint8Array(13 * 1024 * 1024).fill(0x41);
        const wrap = await fixture(html`<div lang="en"><lacnic-region-map stats-src=${textUrl(big)}></lacnic-region-map></div>`);
        const el = wrap.querySelector('lacnic-region-map') as LacnicRegionMap;
        await until(() => status(el) === 'error', 5000, 'error state');
        expect(spy.events[0].detail.code).to.equal('too-large');
      } finally {
        spy.stop();
      }
    });

    it('keeps the last good picture on a 404, with a banner', async () => {
      const spy = errorSpy();
      try {
        const el = await map(html`<lacnic-region-map .data=${{ BR: 10, AR: 5 }}></lacnic-region-map>`);
        await noUncaught(async () => {
          el.data = undefined;
          el.src = '/__fault/status/404';
          await until(() => status(el) === 'error', 5000, 'error state');
        });
        expect(root(el).querySelector('svg.map')).to.exist;
        expect(root(el).querySelector('.summary')!.textContent).to.contain('2 of 31');
        expect(root(el).querySelector('[part~="status"]')!.textContent).to.contain('404');
        expect(spy.events.at(-1)!.detail.code).to.equal('http-status');
        await expect(el).to.be.accessible();
      } finally {
        spy.stop();
      }
    });

    it('keeps the last good picture when the statistics file times out', async () => {
      const spy = errorSpy();
      try {
        const el = await map(html`<lacnic-region-map fetch-timeout="150"></lacnic-region-map>`);
        await noUncaught(async () => {
          el.statsSrc = '/__fault/slow/3000';
          await until(() => status(el) === 'error', 3000, 'timeout');
        });
        expect(spy.events.at(-1)!.detail.code).to.equal('timeout');
        expect(root(el).querySelector('.summary')!.textContent).to.contain('5,017');
      } finally {
        spy.stop();
      }
    });

    it('times out a slow src and shows the error, accessible', async () => {
      const wrap = await fixture(html`<div lang="es"><lacnic-region-map fetch-timeout="150" src="/__fault/slow/3000"></lacnic-region-map></div>`);
      const el = wrap.querySelector('lacnic-region-map') as LacnicRegionMap;
      expect(status(el)).to.equal('loading');
      const frame = root(el).querySelector('.frame') as HTMLElement;
      const h = frame.getBoundingClientRect().height;
      expect(h).to.be.greaterThan(100); // the map's box is reserved while loading
      await expect(el).to.be.accessible();
      await until(() => status(el) === 'error', 3000, 'timeout');
      expect(root(el).querySelector('[part~="status"]')!.textContent).to.contain('tardaron demasiado');
      await expect(el).to.be.accessible();
    });
  });
});
