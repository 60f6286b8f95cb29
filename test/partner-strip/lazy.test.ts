// The marquee's module loads only when a page asks for layout="marquee" (and the map link's only
// when `for` is set). This file has a page of its
// own (wtr runs each test file in a fresh page), so the first test sees a page where no strip has
// used the marquee yet; the tests run in order.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-partner-strip.js';
import { LacnicPartnerStrip } from '../../src/partner-strip/partner-strip.js';
import { noUncaught, until } from '../helpers.js';

const shadow = (el: LacnicPartnerStrip) => el.shadowRoot as ShadowRoot;
const requested = () => performance.getEntriesByType('resource').filter((e) => /\/partner-strip\/marquee\.[jt]s\b/.test(e.name));
const base = (el: LacnicPartnerStrip) => shadow(el).querySelector('[part~="base"]') as HTMLElement;

async function strip(layout: string, width = 300): Promise<LacnicPartnerStrip> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <lacnic-partner-strip layout=${layout} speed="200"></lacnic-partner-strip>
  </div>`);
  const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
  await el.updateComplete;
  return el;
}

describe('<lacnic-partner-strip> loads the marquee on first use', () => {
  const realLoader = LacnicPartnerStrip.loadMarquee;
  afterEach(() => {
    LacnicPartnerStrip.loadMarquee = realLoader;
  });

  it('a grid never requests the marquee module, and nothing moves', async () => {
    let calls = 0;
    LacnicPartnerStrip.loadMarquee = () => {
      calls++;
      return realLoader();
    };
    const el = await strip('grid');
    el.highlight = 'UY';
    el.paused = true;
    el.paused = false;
    await el.updateComplete;
    await aTimeout(300);
    expect(calls).to.equal(0);
    expect(requested()).to.have.length(0);
    // Nor, with no `for`, the map link's listening.
    expect(performance.getEntriesByType('resource').filter((e) => /\/core\/link-follow\./.test(e.name))).to.have.length(0);
    expect(base(el).classList.contains('grid')).to.equal(true);
    expect(shadow(el).querySelector('ul.clone, [part~="pause-button"]')).to.equal(null);
    expect(shadow(el).getAnimations()).to.have.length(0);
    expect(el.moving).to.equal(false);
  });

  it('a marquee whose module fails to load is a static, usable grid, with no uncaught error', async () => {
    // A real failed module fetch: the dev server answers 404.
    LacnicPartnerStrip.loadMarquee = () => import(/* @vite-ignore */ `${'/__fault/status/404'}?marquee`) as ReturnType<typeof realLoader>;
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    let el: LacnicPartnerStrip;
    try {
      el = await noUncaught(async () => {
        const s = await strip('marquee');
        await until(() => base(s).classList.contains('grid'), 3000, 'the grid fallback');
        return s;
      });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('could not load the marquee');
    expect(el.layout).to.equal('marquee');
    expect(el.moving).to.equal(false);
    expect(shadow(el).querySelector('ul.clone, [part~="pause-button"]')).to.equal(null);
    // Every partner is visible inside the strip (rows wrap), and every link can be reached.
    const box = (shadow(el).querySelector('.viewport') as HTMLElement).getBoundingClientRect();
    const items = Array.from(shadow(el).querySelectorAll('li'), (li) => li.getBoundingClientRect());
    expect(items).to.have.length(8);
    for (const r of items) {
      expect(r.left).to.be.at.least(box.left - 0.5);
      expect(r.right).to.be.at.most(box.right + 0.5);
      expect(r.bottom).to.be.at.most(box.bottom + 0.5);
    }
    const links = Array.from(shadow(el).querySelectorAll('a'));
    expect(links).to.have.length(5);
    links[4].focus();
    expect(shadow(el).activeElement).to.equal(links[4]);
    await expect(el).to.be.accessible();

    // Asking for the marquee again (another layout, then marquee) tries once more.
    LacnicPartnerStrip.loadMarquee = realLoader;
    el.layout = 'grid';
    await el.updateComplete;
    el.layout = 'marquee';
    await until(() => el.moving, 3000, 'the marquee after a retry');
    expect(base(el).classList.contains('grid')).to.equal(false);
  });

  it('switching a grid to marquee at runtime starts the marquee, and back stops it', async () => {
    const el = await strip('grid');
    expect(el.moving).to.equal(false);
    el.layout = 'marquee';
    await until(() => el.moving && !!shadow(el).querySelector('ul.clone'), 3000, 'the marquee');
    expect(requested().length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part~="pause-button"]')).to.exist;
    el.layout = 'grid';
    await el.updateComplete;
    expect(el.moving).to.equal(false);
    expect(shadow(el).getAnimations()).to.have.length(0);
    expect(shadow(el).querySelector('ul.clone, [part~="pause-button"]')).to.equal(null);
  });

  it('once the module is in, a new marquee starts without waiting for it', async () => {
    let calls = 0;
    LacnicPartnerStrip.loadMarquee = () => {
      calls++;
      return realLoader();
    };
    const el = await strip('marquee');
    await el.updateComplete;
    expect(shadow(el).querySelector('ul.clone')).to.exist;
    await until(() => el.moving, 1000, 'the marquee');
    expect(calls).to.equal(0);
  });
});
