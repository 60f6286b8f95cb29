// The map's shapes are a chunk of the kit's own; when it cannot be fetched (a flaky network), the
// reader still gets the figures, a clear message, an event and a working Retry. Its own file: the
// shapes must not have been loaded by another test in this page first.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-region-map.js';
import { layoutSource } from '../../src/region-map/layout.js';
import type { LacnicRegionMap } from '../../src/region-map/region-map.js';
import { errorSpy, noUncaught, until } from '../helpers.js';

const real = layoutSource.load;
const shadow = (el: LacnicRegionMap) => el.shadowRoot as ShadowRoot;

describe('<lacnic-region-map> when its shapes cannot load', () => {
  // A successful load is kept for the page, so the test that ends by drawing the map runs last.
  afterEach(() => {
    layoutSource.load = real;
  });

  it('speaks the reader\'s language', async () => {
    layoutSource.load = () => Promise.reject(new TypeError('offline'));
    const el = await fixture<LacnicRegionMap>(html`<lacnic-region-map lang="pt"></lacnic-region-map>`);
    await until(() => Boolean(shadow(el).querySelector('[part~="retry"]')), 3000, 'the Retry button');
    expect(shadow(el).querySelector('[part~="status"]')?.textContent).to.contain('Não foi possível desenhar o mapa');
    expect(shadow(el).querySelector('[part~="retry"]')?.textContent?.trim()).to.equal('Tentar de novo');
  });

  it('says so, fires lacnic-error, shows the figures as a table, and Retry draws the map', async () => {
    let attempts = 0;
    layoutSource.load = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const spy = errorSpy();
    const el = await noUncaught(() => fixture<LacnicRegionMap>(html`<lacnic-region-map lang="en"></lacnic-region-map>`));
    await until(() => Boolean(shadow(el).querySelector('[part~="retry"]')), 3000, 'the Retry button');
    await until(() => Boolean(shadow(el).querySelector('table')), 3000, 'the figures table');
    spy.stop();
    expect(attempts).to.equal(1);
    expect(spy.events.map((e) => e.detail.code)).to.deep.equal(['fetch-failed']);
    expect(spy.events[0].detail.source).to.equal('default');
    const status = shadow(el).querySelector('[part~="status"]') as HTMLElement;
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.textContent).to.contain('The map could not be drawn');
    // The figures are all there, in the table: one row per economy.
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(31);
    expect(shadow(el).querySelector('svg.map')).to.equal(null);
    await expect(el).to.be.accessible();

    layoutSource.load = real;
    const retry = shadow(el).querySelector('[part~="retry"]') as HTMLButtonElement;
    retry.focus();
    retry.click();
    await until(() => Boolean(shadow(el).querySelector('svg.map [part~="economy"]')), 3000, 'the map');
    expect(shadow(el).querySelector('[part~="retry"]')).to.equal(null);
    // Focus stays in the widget, on the map, not dropped to the page.
    await until(() => shadow(el).activeElement !== null, 1000, 'focus on the map');
    expect(shadow(el).activeElement?.closest('svg.map')).to.not.equal(null);
  });
});
