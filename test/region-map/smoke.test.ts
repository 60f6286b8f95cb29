import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-region-map.js';
import type { LacnicRegionMap } from '../../src/region-map/region-map.js';
import { until } from '../helpers.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<LacnicRegionMap>(html`<lacnic-region-map lang="en" style="width:600px"></lacnic-region-map>`);
    await until(() => !!el.shadowRoot!.querySelector('svg.map'), 5000, 'map');
    const r = el.shadowRoot!;
    console.log(r.querySelectorAll('.economy').length, [...r.querySelectorAll('.economy[data-small=true]')].map((e) => e.getAttribute('data-code')).join(','));
    console.log(r.querySelector('.summary')?.textContent);
    console.log(r.querySelector('.legend')?.textContent?.replace(/\s+/g, ' '));
    const layout = (el as unknown as { layout: { economies: { code: string; anchor: number[] }[]; inset: unknown } }).layout;
    console.log(JSON.stringify(layout.economies.map((e) => [e.code, e.anchor.map(Math.round)])));
    expect(r.querySelectorAll('.economy').length).to.equal(31);
  });
});
