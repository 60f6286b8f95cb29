// The demo page's no-JavaScript content (written by scripts/demo-fallback.mjs) read by the
// widgets it sits in, and every widget's print rules. The page itself, with scripts blocked,
// upgraded and printed to PDF, is checked by scripts/check-demo.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/lacnic-partner-strip.js';
import '../../src/define/lacnic-region-map.js';
import '../../src/define/lacnic-timeline.js';
import type { LacnicPartnerStrip } from '../../src/partner-strip/partner-strip.js';
import type { LacnicRegionMap } from '../../src/region-map/region-map.js';
import type { LacnicTimeline } from '../../src/timeline/timeline.js';
import type { MilestoneItem } from '../../src/timeline/types.js';
import { until } from '../helpers.js';

async function demoPage(): Promise<Document> {
  const response = await fetch('/demo/index.html');
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** Mounts `tag` inside a Spanish wrapper, with the demo's light-DOM content when given. */
async function mount<T extends HTMLElement>(tag: string, content?: Element | null, attrs: Record<string, string> = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content) el.append(document.importNode(content, true));
  await fixture(html`<div lang="es" style="width:900px">${el}</div>`);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // The timeline's built-in milestones arrive once their language's texts have loaded.
  if (tag === 'lacnic-timeline') await until(() => !el.shadowRoot!.querySelector('[data-state="loading"]'), 3000, 'the timeline data');
  return el;
}

const comparable = (m: MilestoneItem) => ({
  id: m.id,
  time: m.time,
  precision: m.precision,
  endTime: m.endTime,
  endPrecision: m.endPrecision,
  category: m.category,
  countries: m.countries,
  source: m.source,
  title: m.title.es,
  text: m.text?.es,
});

describe('demo page content without JavaScript', () => {
  it('the timeline reads the page’s <ol> as exactly its default milestones (Spanish texts)', async () => {
    const doc = await demoPage();
    const list = doc.querySelector('lacnic-timeline > ol');
    expect(list, 'demo/index.html has a milestone list').to.exist;
    const fromPage = await mount<LacnicTimeline>('lacnic-timeline', list, { view: 'list' });
    const builtIn = await mount<LacnicTimeline>('lacnic-timeline', null, { view: 'list' });
    expect(fromPage.milestones.length).to.equal(23);
    expect(fromPage.milestones.map(comparable)).to.deep.equal(builtIn.milestones.map(comparable));
    // The list is not rendered once the element has upgraded (no <slot>).
    expect(fromPage.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(fromPage.querySelector('ol')!.checkVisibility()).to.equal(false);
  });

  it('the map’s table shows the figures the map draws, and the map ignores it as data', async () => {
    const doc = await demoPage();
    const table = doc.querySelector('lacnic-region-map > table');
    expect(table, 'demo/index.html has a figures table').to.exist;
    const map = await mount<LacnicRegionMap>('lacnic-region-map', table);
    await until(() => !map.loading, 5000, 'map figures');
    const drawn = new Map(map.rows.map((r) => [r.code, r]));
    const rows = [...map.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(31);
    for (const tr of rows) {
      const row = drawn.get(tr.getAttribute('data-code')!)!;
      expect(tr.querySelector('th')!.textContent, tr.getAttribute('data-code')!).to.equal(row.name);
      const cell = tr.querySelector('td')!.textContent!;
      expect(cell === 'Sin datos' ? null : Number(cell.replace(/\D/g, '')), row.name).to.equal(row.value);
    }
    expect(map.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(map.querySelector('table')!.checkVisibility()).to.equal(false);
  });

  it('the strip reads the page’s partner list', async () => {
    const doc = await demoPage();
    const strip = await mount<LacnicPartnerStrip>('lacnic-partner-strip', doc.querySelector('lacnic-partner-strip > ul'));
    // The page's own list goes through the validator, which loads with it.
    await until(() => strip.shadowRoot!.querySelectorAll('[part~="item"]').length > 0, 3000, 'the partners');
    expect(strip.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(8);
    expect(strip.querySelector('ul')!.checkVisibility()).to.equal(false);
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));
  const visible = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].filter((el) => el.checkVisibility());

  it('<lacnic-partner-strip>: a static wrapped list, with no pause button, loop copies, offset or fade', async () => {
    const strip = await mount<LacnicPartnerStrip>('lacnic-partner-strip', null, { layout: 'marquee' });
    strip.style.width = '400px';
    await until(() => !!strip.shadowRoot!.querySelector('ul.clone'), 3000, 'the marquee');
    await emulateMedia({ media: 'print' });
    const root = strip.shadowRoot!;
    expect(visible(root, 'button, ul.clone')).to.have.length(0);
    expect(getComputedStyle(root.querySelector('.track')!).transform).to.equal('none');
    expect(getComputedStyle(root.querySelector('.viewport')!).maskImage).to.equal('none');
    const box = strip.getBoundingClientRect();
    const items = visible(root, 'ul:not(.clone) > li');
    expect(items).to.have.length(8);
    for (const li of items) expect(li.getBoundingClientRect().right).to.be.at.most(box.right + 1);
  });

  it('<lacnic-timeline>: the full list with details, and no control', async () => {
    const tl = await mount<LacnicTimeline>('lacnic-timeline', null, { view: 'axis', selected: 'casa-2012' });
    await emulateMedia({ media: 'print' });
    const root = tl.shadowRoot!;
    expect(visible(root, '.print li')).to.have.length(tl.milestones.length);
    expect(visible(root, 'button, .scroller, .filters, .detail')).to.have.length(0);
  });

  it('<lacnic-region-map>: the map, legend and summary in exact colours, and no control', async () => {
    const map = await mount<LacnicRegionMap>('lacnic-region-map', null, { 'year-slider': '' });
    await until(() => !!map.shadowRoot!.querySelector('svg.map'), 5000, 'the map');
    await emulateMedia({ media: 'print' });
    const root = map.shadowRoot!;
    expect(visible(root, 'svg.map, [part~="legend"], [part~="summary"]')).to.have.length(3);
    expect(visible(root, 'button, input, .tooltip')).to.have.length(0);
    expect(getComputedStyle(root.querySelector('svg.map')!).printColorAdjust).to.equal('exact');
  });
});
