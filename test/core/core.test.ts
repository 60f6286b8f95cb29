import { expect, fixture, html } from '@open-wc/testing';
import { nearestLang, resolveLocale } from '../../src/core/i18n.js';
import { regionName } from '../../src/core/intl.js';
import { isSafeUrl, safeImageUrl, safeLinkUrl } from '../../src/core/safe-url.js';
import { cleanText } from '../../src/core/text.js';
import '../../src/define/lacnic-partner-strip.js';
import '../../src/define/lacnic-timeline.js';
import '../../src/define/lacnic-region-map.js';
import type { LacnicPartnerStrip } from '../../src/partner-strip/partner-strip.js';
import type { LacnicTimeline } from '../../src/timeline/timeline.js';
import type { LacnicRegionMap } from '../../src/region-map/region-map.js';

describe('core: text a site passes in', () => {
  it('loses bidi overrides, embeddings and isolates, control characters and lone surrogates', () => {
    expect(cleanText('\u202Egnp.exe')).to.equal('gnp.exe');
    expect(cleanText('a\u202Bb\u202Ac\u202Dd\u202Ce\u2066f\u2067g\u2068h\u2069')).to.equal('abcdefgh');
    expect(cleanText('nul\u0000bell\u0007esc\u001B[31m del\u007F')).to.equal('nulbellesc[31m del');
    expect(cleanText('lone \uD800 and \uDC00, pair \uD83D\uDE00')).to.equal('lone \uFFFD and \uFFFD, pair \uD83D\uDE00');
    expect(cleanText('tab\tline\nreturn\r, عربي, עברית')).to.equal('tab\tline\nreturn\r, عربي, עברית');
  });

  it('no widget renders a bidi override or a control character from its data', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <lacnic-partner-strip></lacnic-partner-strip><lacnic-timeline view="list"></lacnic-timeline><lacnic-region-map></lacnic-region-map>
    </div>`);
    const [strip, timeline, map] = Array.from(wrap.children) as [LacnicPartnerStrip, LacnicTimeline, LacnicRegionMap];
    strip.data = [{ name: '\u202Egnp.exe', fullName: 'Full\u0000name' }];
    timeline.data = [{ id: 'a', date: '2002', title: '\u202Etitle', text: 'te\u2067xt' }];
    map.data = [{ code: 'BR', value: 5, label: '\u202Ebrazil' }];
    await Promise.all([strip.updateComplete, timeline.updateComplete]);
    await new Promise((r) => setTimeout(r, 300));
    await map.updateComplete;
    for (const el of [strip, timeline, map]) {
      const text = el.shadowRoot!.textContent ?? '';
      expect(text).not.to.match(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008]/);
    }
    expect(strip.shadowRoot!.textContent).to.contain('gnp.exe');
    expect(map.shadowRoot!.querySelector('.summary')?.textContent).to.contain('brazil has the most');
  });
});

describe('core: locale', () => {
  it('finds the nearest lang through shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="pt-BR"><span></span></div>`);
    const host = outer.querySelector('span') as HTMLSpanElement;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><b></b></p><i lang="es"><u></u></i>';
    expect(nearestLang(root.querySelector('b') as Element)).to.equal('pt-BR');
    expect(nearestLang(root.querySelector('u') as Element)).to.equal('es');
  });

  it('falls back to <html lang>, and to English for languages it does not speak', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'es-UY';
    try {
      expect(nearestLang(el)).to.equal('es-UY');
    } finally {
      document.documentElement.lang = previous;
      el.remove();
    }
    expect(resolveLocale('es-UY')).to.deep.equal({ lang: 'es', tag: 'es-UY' });
    expect(resolveLocale('de-DE')).to.deep.equal({ lang: 'en', tag: 'en' });
    expect(resolveLocale('not a tag!')).to.deep.equal({ lang: 'en', tag: 'en' });
  });

  it('names economies in the reader’s language, with the ISO form for the Falklands/Malvinas', () => {
    expect(regionName('BR', { lang: 'es', tag: 'es' })).to.equal('Brasil');
    expect(regionName('br', { lang: 'en', tag: 'en' })).to.equal('Brazil');
    expect(regionName('FK', { lang: 'es', tag: 'es' })).to.equal('Islas Malvinas (Falkland)');
    expect(regionName('FK', { lang: 'en', tag: 'en' })).to.equal('Falkland Islands (Malvinas)');
  });
});

describe('core: safe URLs', () => {
  it('keeps https, http and mailto links, resolving relative ones', () => {
    expect(safeLinkUrl('https://lacnic.net/')).to.equal('https://lacnic.net/');
    expect(safeLinkUrl('mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(safeLinkUrl('/about')).to.equal(new URL('/about', document.baseURI).href);
  });

  it('drops script-capable and unknown schemes', () => {
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd']) {
      expect(safeLinkUrl(bad), bad).to.equal(undefined);
      expect(isSafeUrl(bad), bad).to.equal(false);
    }
  });

  it('accepts raster data: images but not SVG or HTML data URLs', () => {
    expect(safeImageUrl('data:image/png;base64,iVBORw0KGgo=')).to.equal('data:image/png;base64,iVBORw0KGgo=');
    expect(safeImageUrl('data:image/svg+xml,<svg onload=alert(1)>')).to.equal(undefined);
    expect(safeImageUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
