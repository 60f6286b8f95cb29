// A site's own partners go through the validator, which the strip loads with the first of them;
// the built-in partners need none. This file has its own page (wtr runs each file in a fresh
// one) and imports the validator only dynamically, so the first test sees a page without it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-partner-strip.js';
import { builtInPartners } from '../../src/partner-strip/partner-strip.js';
import type { LacnicPartnerStrip } from '../../src/partner-strip/partner-strip.js';
import { CASA_DE_INTERNET_PARTNERS } from '../../src/partner-strip/partners.js';
import { errorSpy, until } from '../helpers.js';

const shadow = (el: LacnicPartnerStrip) => el.shadowRoot as ShadowRoot;
const names = (el: LacnicPartnerStrip) => Array.from(shadow(el).querySelectorAll('ul:not(.clone) .mark'), (n) => n.textContent?.trim());
const requested = (path: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(path));

describe('<lacnic-partner-strip> loads its validator with a site\'s own partners', () => {
  it('shows the built-in partners without requesting the validator or the URL checks', async () => {
    const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en"></lacnic-partner-strip>`);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(CASA_DE_INTERNET_PARTNERS.map((p) => p.name));
    await new Promise((r) => setTimeout(r, 100));
    expect(requested('/src/partner-strip/validate.ts'), 'validate.ts').to.equal(false);
    expect(requested('/src/core/safe-url.ts'), 'safe-url.ts').to.equal(false);
  });

  it('gives the built-in partners exactly the shape the validator would', async () => {
    const { validatePartners } = await import('../../src/partner-strip/validate.js');
    const checked = validatePartners(CASA_DE_INTERNET_PARTNERS);
    expect(checked.problems).to.deep.equal([]);
    expect(builtInPartners()).to.deep.equal(checked.items);
  });

  it('validates data a site passes once the validator arrives: good items shown, unsafe ones reported', async () => {
    const spy = errorSpy();
    const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en" .data=${[{ name: 'Good', url: 'https://example.org/' }, { name: 'Bad', url: 'javascript:alert(1)' }]}></lacnic-partner-strip>`);
    await until(() => names(el).includes('Good'), 3000, 'the site\'s partner');
    await until(() => spy.events.length > 0, 3000, 'lacnic-error');
    spy.stop();
    expect(names(el)).to.deep.equal(['Good']);
    expect(spy.events[0].detail.code).to.equal('invalid-item');
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('reads partners from the page\'s own markup', async () => {
    const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en"><ul><li data-country="uy"><a href="https://example.org/">Markup Org</a></li></ul></lacnic-partner-strip>`);
    await until(() => names(el).includes('Markup Org'), 3000, 'the markup partner');
    expect(names(el)).to.deep.equal(['Markup Org']);
  });
});
