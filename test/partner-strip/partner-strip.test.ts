import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/lacnic-partner-strip.js';
import type { LacnicPartnerStrip } from '../../src/partner-strip/partner-strip.js';
import { define } from '../../src/core/define.js';
import { errorSpy, jsonUrl, linkReady, noUncaught, until } from '../helpers.js';

const shadow = (el: LacnicPartnerStrip) => el.shadowRoot as ShadowRoot;
const names = (el: LacnicPartnerStrip) =>
  Array.from(shadow(el).querySelectorAll('ul:not(.clone) .mark'), (n) => n.textContent?.trim());
const state = (el: LacnicPartnerStrip) => shadow(el).querySelector('[part~="status"]')?.getAttribute('data-state') ?? 'ready';
/** The first word a screen reader hears for a link (the mark itself is aria-hidden). */
const spoken = (a: Element) => a.querySelector('.visually-hidden')?.textContent?.trim().split(/\s/)[0] ?? '';
const trackX = (el: LacnicPartnerStrip) => (shadow(el).querySelector('.track') as HTMLElement).getBoundingClientRect().x;
/** The marquee's module arrived and its machinery runs (it loads on first use). */
const marqueeLoaded = (el: LacnicPartnerStrip) => until(() => !!(el as unknown as { marquee?: unknown }).marquee, 3000, 'the marquee module');

async function marquee(width = 300, extra = html``): Promise<LacnicPartnerStrip> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <lacnic-partner-strip layout="marquee" speed="200"></lacnic-partner-strip>${extra}
  </div>`);
  const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
  await el.updateComplete;
  await until(() => !!shadow(el).querySelector('ul.clone'), 3000, 'marquee clones');
  return el;
}

describe('<lacnic-partner-strip>', () => {
  // A site's own partners are checked by a validator the strip loads with the first of them
  // (test/partner-strip/validator.test.ts covers that); loaded here once, so that each test can
  // read the strip right after giving it data.
  before(async () => {
    const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip .data=${[{ name: 'Warm-up' }]}></lacnic-partner-strip>`);
    await until(() => names(el).includes('Warm-up'), 3000, 'the validator');
  });

  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  describe('default content', () => {
    it('is accessible and lists the eight organisations of Casa de Internet', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en"></lacnic-partner-strip>`);
      await expect(el).to.be.accessible();
      expect(names(el)).to.deep.equal(['RedCLARA', 'LACTLD', 'ASIET', 'eCOMLAC', 'ISOC', 'ICANN', 'LAC-IX', 'ALAI']);
      const list = shadow(el).querySelector('ul') as HTMLUListElement;
      expect(list.getAttribute('aria-label')).to.equal('Organisations that share Casa de Internet with LACNIC');
    });

    it('links only organisations whose site is confirmed, with rel="noopener noreferrer"', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip></lacnic-partner-strip>`);
      const links = Array.from(shadow(el).querySelectorAll('a'));
      expect(links.map((a) => new URL(a.href).hostname)).to.deep.equal([
        'redclara.net', 'lactld.org', 'www.internetsociety.org', 'www.icann.org', 'lac-ix.org',
      ]);
      for (const a of links) expect(a.rel).to.equal('noopener noreferrer');
      expect(links[0].textContent).to.contain('Cooperación Latino Americana de Redes Avanzadas');
    });

    for (const [lang, label] of [
      ['es', 'Organizaciones que comparten la Casa de Internet con LACNIC'],
      ['pt', 'Organizações que compartilham a Casa de Internet com o LACNIC'],
      ['en', 'Organisations that share Casa de Internet with LACNIC'],
    ] as const) {
      it(`speaks ${lang} and stays accessible`, async () => {
        const wrap = await fixture(html`<div lang=${lang}><lacnic-partner-strip layout="marquee"></lacnic-partner-strip></div>`);
        const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
        await el.updateComplete;
        expect(shadow(el).querySelector('ul')?.getAttribute('aria-label')).to.equal(label);
        await expect(el).to.be.accessible();
      });
    }

    it('re-renders when the page language changes', async () => {
      const wrap = await fixture(html`<div lang="es"><lacnic-partner-strip></lacnic-partner-strip></div>`);
      const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
      await el.updateComplete;
      wrap.setAttribute('lang', 'pt-BR');
      await until(() => shadow(el).querySelector('ul')?.getAttribute('aria-label')?.startsWith('Organizações') ?? false, 2000, 'pt label');
      expect(el.locale).to.deep.equal({ lang: 'pt', tag: 'pt-BR' });
    });

    it('is accessible in dark theme, with dark colours', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip theme="dark"></lacnic-partner-strip>`);
      await expect(el).to.be.accessible();
      const mark = shadow(el).querySelector('.mark') as HTMLElement;
      const [r, g, b] = getComputedStyle(mark).color.match(/\d+/g)!.map(Number);
      expect(r + g + b).to.be.greaterThan(600); // light text on a dark mark
    });

    it('follows the system only with theme="auto"', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrap = await fixture(html`<div>
        <lacnic-partner-strip theme="auto"></lacnic-partner-strip><lacnic-partner-strip></lacnic-partner-strip>
      </div>`);
      const [auto, plain] = Array.from(wrap.querySelectorAll('lacnic-partner-strip')) as LacnicPartnerStrip[];
      await auto.updateComplete;
      const color = (el: LacnicPartnerStrip) => getComputedStyle(shadow(el).querySelector('.mark') as HTMLElement).color;
      expect(color(auto)).to.not.equal(color(plain));
    });
  });

  it('wraps the grid inside its width: every partner is visible, none clipped past the first row', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:400px"><lacnic-partner-strip layout="grid"></lacnic-partner-strip></div>`);
    const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
    await el.updateComplete;
    const box = (shadow(el).querySelector('.viewport') as HTMLElement).getBoundingClientRect();
    const items = Array.from(shadow(el).querySelectorAll('li'), (li) => li.getBoundingClientRect());
    expect(items).to.have.length(8);
    for (const r of items) {
      expect(r.right).to.be.at.most(box.right + 0.5);
      expect(r.bottom).to.be.at.most(box.bottom + 0.5);
    }
    expect(new Set(items.map((r) => Math.round(r.y))).size).to.be.greaterThan(1);
  });

  describe('data sources', () => {
    const custom = [
      { name: 'Alpha', url: 'https://alpha.example/', country: 'BR', category: 'names' },
      { name: 'Beta', url: 'https://beta.example/', country: ['AR', 'UY'] },
      { name: 'Gamma' },
    ];

    it('takes the data property first', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip .data=${custom} src="/nowhere.json">
        <script type="application/json">[{"name":"Inline"}]</script>
      </lacnic-partner-strip>`);
      expect(names(el)).to.deep.equal(['Alpha', 'Beta', 'Gamma']);
      expect(shadow(el).querySelector('ul')?.getAttribute('aria-label')).to.equal('Partner organisations');
    });

    it('reads inline JSON before src', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip src="/nowhere.json">
        <script type="application/json">[{"name":"Inline","url":"https://inline.example/"}]</script>
      </lacnic-partner-strip>`);
      expect(names(el)).to.deep.equal(['Inline']);
    });

    it('fetches src', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip src=${jsonUrl(custom)}></lacnic-partner-strip>`);
      await until(() => state(el) === 'ready' && names(el).length === 3, 3000, 'src data');
      expect(names(el)).to.deep.equal(['Alpha', 'Beta', 'Gamma']);
    });

    it('upgrades a light-DOM list in place, keeping its order, links and alt text', async () => {
      const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip>
        <ul>
          <li data-country="UY"><a href="https://one.example/"><img src=${logo} alt="One" /></a></li>
          <li><a href="https://two.example/">Two</a></li>
          <li>Three</li>
        </ul>
      </lacnic-partner-strip>`);
      const items = Array.from(shadow(el).querySelectorAll('ul:not(.clone) > li'));
      expect(items).to.have.length(3);
      expect(items[0].querySelector('img')?.getAttribute('src')).to.equal(logo);
      expect(items[0].textContent).to.contain('One');
      expect(items[1].querySelector('a')?.href).to.equal('https://two.example/');
      expect(items[2].querySelector('a')).to.equal(null);
      // The light-DOM list stays in the page (for no-JS readers and search engines) but is not shown twice.
      expect(el.querySelector('ul')).to.exist;
      expect((el.querySelector('ul') as HTMLElement).getBoundingClientRect().height).to.equal(0);
    });

    it('shows a loading state that keeps the strip’s height, then the data', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip src="/__fault/slow/400"></lacnic-partner-strip>`);
      expect(state(el)).to.equal('loading');
      await expect(el).to.be.accessible();
      const loadingHeight = el.getBoundingClientRect().height;
      expect(loadingHeight).to.be.greaterThan(60);
      await until(() => state(el) === 'empty', 3000, 'empty state');
      expect(shadow(el).querySelector('[part~="status"]')?.textContent).to.contain('No organisations to show.');
    });
  });

  describe('bad input', () => {
    it('skips items of the wrong type and says which', async () => {
      const spy = errorSpy();
      const el = await noUncaught(() =>
        fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en" .data=${[{ name: 'Good' }, { name: 42 }, 'text', { name: 'Bad', url: 7 }] as never}></lacnic-partner-strip>`),
      );
      spy.stop();
      expect(names(el)).to.deep.equal(['Good']);
      const notice = shadow(el).querySelector('[part="notice"]')?.textContent ?? '';
      expect(notice).to.contain('3 items were skipped');
      expect(notice).to.contain('item 2: “name” has the wrong type');
      expect(spy.events).to.have.length(1);
      expect(spy.events[0].detail.code).to.equal('invalid-item');
      expect(spy.events[0].detail.source).to.equal('data');
      await expect(el).to.be.accessible();
    });

    it('never renders a javascript: link, and refuses a set with nothing usable', async () => {
      const spy = errorSpy();
      const el = await noUncaught(() =>
        fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en" .data=${[
          { name: 'X', url: 'javascript:alert(1)' },
          { name: 'Y', url: ' JaVaScRiPt:alert(1)' },
          { name: 'Z', logo: 'data:text/html,<script>alert(1)</script>' },
        ]}></lacnic-partner-strip>`),
      );
      spy.stop();
      expect(state(el)).to.equal('error');
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      const text = shadow(el).querySelector('[part~="status"]')?.textContent ?? '';
      expect(text).to.contain('item 1 (“X”): “url” is not a safe link');
      expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
      expect(spy.events[0].detail.code).to.equal('invalid-data');
      await expect(el).to.be.accessible();
    });

    it('shows HTML in names as text', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip .data=${[{ name: '<img src=x onerror="window.__pwned=1">' }]}></lacnic-partner-strip>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(names(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('gives the error state for broken inline JSON', async () => {
      const spy = errorSpy();
      const el = await noUncaught(() =>
        fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="es"><script type="application/json">[{"name": </script></lacnic-partner-strip>`),
      );
      spy.stop();
      expect(state(el)).to.equal('error');
      expect(shadow(el).querySelector('[part~="status"]')?.textContent).to.contain('Los datos no son JSON válido.');
      expect(spy.events[0].detail).to.include({ code: 'parse', source: 'inline' });
    });

    it('gives the error state for a src that is not JSON', async () => {
      const spy = errorSpy();
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip src="/__fault/text/x"></lacnic-partner-strip>`);
      await noUncaught(() => until(() => state(el) === 'error', 3000, 'error'));
      spy.stop();
      expect(spy.events[0].detail.code).to.equal('parse');
      // The server may fix it (an HTML error page instead of the file): Retry is offered (e2e 40-faults).
      expect(shadow(el).querySelector('[part="retry"]')).to.exist;
    });

    it('gives a retryable error for a 404, then recovers on Retry', async () => {
      const spy = errorSpy();
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="pt" src="/__fault/status/404"></lacnic-partner-strip>`);
      await noUncaught(() => until(() => state(el) === 'error', 3000, 'error'));
      expect(shadow(el).querySelector('[part~="status"]')?.textContent).to.contain('O servidor respondeu 404');
      expect(spy.events[0].detail).to.include({ code: 'http-status', source: 'src' });
      await expect(el).to.be.accessible();
      const retry = shadow(el).querySelector('[part="retry"]') as HTMLButtonElement;
      expect(retry.textContent).to.equal('Tentar de novo');
      el.src = jsonUrl([{ name: 'Back' }]);
      await until(() => names(el)[0] === 'Back', 3000, 'recovered data');
      spy.stop();
    });

    it('keeps keyboard focus in the widget across Retry (found by e2e 40-faults)', async () => {
      const url = jsonUrl([{ name: 'Back', url: 'https://example.org/' }]);
      const real = window.fetch;
      let calls = 0;
      window.fetch = ((...args: Parameters<typeof fetch>) => (++calls === 1 ? Promise.reject(new TypeError('offline')) : real(...args))) as typeof fetch;
      try {
        const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en" src=${url}></lacnic-partner-strip>`);
        await noUncaught(() => until(() => state(el) === 'error', 3000, 'error'));
        const retry = shadow(el).querySelector('[part="retry"]') as HTMLButtonElement;
        retry.focus();
        retry.click();
        await until(() => names(el)[0] === 'Back', 3000, 'recovered data');
        await el.updateComplete;
        expect(shadow(el).activeElement?.getAttribute('href')).to.equal('https://example.org/');
      } finally {
        window.fetch = real;
      }
    });

    it('does not take focus back after the reader moved it to another widget', async () => {
      const url = jsonUrl([{ name: 'Back', url: 'https://example.org/' }]);
      const real = window.fetch;
      let calls = 0;
      window.fetch = ((...args: Parameters<typeof fetch>) => (++calls <= 2 ? Promise.reject(new TypeError('offline')) : real(...args))) as typeof fetch;
      try {
        const wrap = await fixture(html`<div><lacnic-partner-strip lang="en" src=${url}></lacnic-partner-strip><lacnic-partner-strip lang="en" src=${url}></lacnic-partner-strip></div>`);
        const [a, b] = [...wrap.querySelectorAll('lacnic-partner-strip')] as LacnicPartnerStrip[];
        await noUncaught(() => until(() => state(a) === 'error' && state(b) === 'error', 3000, 'errors'));
        const retryA = shadow(a).querySelector('[part="retry"]') as HTMLButtonElement;
        retryA.focus();
        retryA.click();
        const retryB = shadow(b).querySelector('[part="retry"]') as HTMLButtonElement;
        retryB.focus();
        retryB.click();
        await until(() => names(a)[0] === 'Back' && names(b)[0] === 'Back', 3000, 'both recovered');
        await Promise.all([a.updateComplete, b.updateComplete]);
        expect(document.activeElement).to.equal(b);
        expect(shadow(b).activeElement?.getAttribute('href')).to.equal('https://example.org/');
      } finally {
        window.fetch = real;
      }
    });

    it('times out a slow src with a Retry button', async () => {
      const spy = errorSpy();
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en" fetch-timeout="150" src="/__fault/slow/3000"></lacnic-partner-strip>`);
      await noUncaught(() => until(() => state(el) === 'error', 3000, 'timeout'));
      spy.stop();
      expect(spy.events[0].detail.code).to.equal('timeout');
      expect(shadow(el).querySelector('[part~="status"]')?.textContent).to.contain('took too long');
      expect(shadow(el).querySelector('[part="retry"]')).to.exist;
    });

    it('aborts a pending src when src changes (no stale result wins)', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip src="/__fault/slow/500"></lacnic-partner-strip>`);
      el.src = jsonUrl([{ name: 'Fresh' }]);
      await until(() => names(el)[0] === 'Fresh', 3000, 'fresh data');
      await aTimeout(600);
      expect(names(el)).to.deep.equal(['Fresh']);
    });

    // What this checks is that 10,000 partners are all accepted and shown, with nothing thrown:
    // not how fast a loaded machine renders them (a timed test fails on a busy two-core machine
    // and proves nothing on a fast one). The strip's render speed is measured by `npm run bench`.
    it('renders 10,000 partners without failing', async function () {
      this.timeout(120_000);
      const many = Array.from({ length: 10_000 }, (_, i) => ({ name: `Partner ${i}`, url: `https://p${i}.example/` }));
      const el = await noUncaught(() => fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip .data=${many}></lacnic-partner-strip>`));
      expect(shadow(el).querySelectorAll('ul:not(.clone) > li')).to.have.length(10_000);
    });

    it('defining the tag twice does not throw, and warns once when versions differ', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const Strip = customElements.get('lacnic-partner-strip') as CustomElementConstructor;
        expect(() => define('lacnic-partner-strip', Strip)).to.not.throw();
        class Other extends HTMLElement {
          static kitVersion = '99.0.0';
        }
        expect(() => define('lacnic-partner-strip', Other)).to.not.throw();
        expect(() => define('lacnic-partner-strip', Other)).to.not.throw();
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('already defined');
    });
  });

  describe('marquee', () => {
    it('moves, and the pause button stops it (position unchanged over 500 ms)', async () => {
      const el = await marquee();
      await expect(el).to.be.accessible();
      const x0 = trackX(el);
      await aTimeout(300);
      expect(trackX(el)).to.not.equal(x0);
      const button = shadow(el).querySelector('[part~="pause-button"]') as HTMLButtonElement;
      expect(button.textContent?.trim()).to.equal('Pause scrolling logos');
      button.click();
      await el.updateComplete;
      await aTimeout(50);
      expect(el.paused).to.equal(true);
      expect(button.textContent?.trim()).to.equal('Play scrolling logos');
      const x1 = trackX(el);
      await aTimeout(500);
      expect(trackX(el)).to.equal(x1);
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      await aTimeout(200);
      expect(trackX(el)).to.not.equal(x1);
    });

    it('starts paused under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await marquee();
      expect(el.paused).to.equal(true);
      const x = trackX(el);
      await aTimeout(500);
      expect(trackX(el)).to.equal(x);
      expect(shadow(el).querySelector('[part~="pause-button"]')?.textContent?.trim()).to.equal('Play scrolling logos');
    });

    it('pauses while hovered and while focus is inside', async () => {
      const el = await marquee();
      const viewport = shadow(el).querySelector('.viewport') as HTMLElement;
      viewport.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
      await el.updateComplete;
      expect(el.moving).to.equal(false);
      viewport.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
      await el.updateComplete;
      expect(el.moving).to.equal(true);
      (shadow(el).querySelector('ul:not(.clone) a') as HTMLElement).focus();
      await el.updateComplete;
      expect(el.moving).to.equal(false);
    });

    it('pauses when scrolled off screen', async () => {
      const el = await marquee(300, html`<div style="height:300vh"></div>`);
      expect(el.moving).to.equal(true);
      el.style.cssText = 'position:relative;top:250vh';
      await until(() => !el.moving, 2000, 'paused off screen');
      el.style.cssText = '';
    });

    it('clones are hidden from assistive technology and never take focus', async () => {
      const el = await marquee();
      const clones = Array.from(shadow(el).querySelectorAll('ul.clone'));
      expect(clones.length).to.be.greaterThan(0);
      for (const c of clones) {
        expect(c.getAttribute('aria-hidden')).to.equal('true');
        expect(c.hasAttribute('inert')).to.equal(true);
      }
      // Tab through every stop: only the button and the five original links take focus.
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const visited: string[] = [];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        const active = shadow(el).activeElement as HTMLElement | null;
        if (!active) break;
        expect(active.closest('ul.clone')).to.equal(null);
        visited.push(active.matches('button') ? 'button' : spoken(active));
      }
      expect(visited).to.deep.equal(['button', 'RedCLARA', 'LACTLD', 'ISOC', 'ICANN', 'LAC-IX']);
      before.remove();
    });

    it('shows a focused partner inside the viewport', async () => {
      const el = await marquee(300);
      const link = Array.from(shadow(el).querySelectorAll('ul:not(.clone) a'))[4] as HTMLElement;
      link.focus();
      await el.updateComplete;
      const vp = (shadow(el).querySelector('.viewport') as HTMLElement).getBoundingClientRect();
      const r = link.getBoundingClientRect();
      expect(r.left).to.be.at.least(vp.left - 1);
      expect(r.right).to.be.at.most(vp.right + 1);
    });

    it('stays still, with no button, when everything fits', async () => {
      const wrap = await fixture(html`<div style="width:2400px"><lacnic-partner-strip layout="marquee"></lacnic-partner-strip></div>`);
      const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
      await marqueeLoaded(el);
      await el.updateComplete;
      await aTimeout(50);
      expect(el.moving).to.equal(false);
      expect(shadow(el).querySelector('[part~="pause-button"]')).to.equal(null);
      expect(shadow(el).querySelector('ul.clone')).to.equal(null);
    });
  });

  describe('interaction', () => {
    it('keyboard order follows the list, each partner once', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip></lacnic-partner-strip>`);
      const links = Array.from(shadow(el).querySelectorAll('a'));
      links[0].focus();
      const order = [spoken(links[0])];
      for (let i = 1; i < links.length; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(spoken(shadow(el).activeElement as HTMLElement));
      }
      expect(order).to.deep.equal(['RedCLARA', 'LACTLD', 'ISOC', 'ICANN', 'LAC-IX']);
    });

    it('fires lacnic-partner-click for a reader’s click, cancelable', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip></lacnic-partner-strip>`);
      let detail: unknown;
      el.addEventListener('lacnic-partner-click', (e) => {
        detail = e.detail;
        e.preventDefault();
      });
      const link = shadow(el).querySelectorAll('a')[1] as HTMLAnchorElement;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect((detail as { partner: { name: string }; index: number }).partner.name).to.equal('LACTLD');
      expect((detail as { index: number }).index).to.equal(1);
      expect(click.defaultPrevented).to.equal(true);
    });

    it('does not fire events for programmatic changes', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip></lacnic-partner-strip>`);
      let fired = 0;
      el.addEventListener('lacnic-partner-click', () => fired++);
      el.highlight = 'names';
      el.layout = 'marquee';
      el.paused = true;
      await el.updateComplete;
      expect(fired).to.equal(0);
    });

    it('highlight emphasises matching partners by country or category and dims the rest', async () => {
      const data = [
        { name: 'A', country: 'BR' },
        { name: 'B', country: 'AR' },
        { name: 'C', category: 'names' },
      ];
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip .data=${data} highlight="br, NAMES"></lacnic-partner-strip>`);
      const cls = Array.from(shadow(el).querySelectorAll('li'), (li) => li.className.trim());
      expect(cls).to.deep.equal(['highlighted', 'dimmed', 'highlighted']);
      await expect(el).to.be.accessible();
      el.highlight = '';
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.dimmed')).to.have.length(0);
    });

    it('opens links in a new tab when asked, and says so', async () => {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip target="_blank" lang="en"></lacnic-partner-strip>`);
      const a = shadow(el).querySelector('a') as HTMLAnchorElement;
      expect(a.target).to.equal('_blank');
      expect(a.textContent).to.contain('(opens in a new tab)');
    });

    it('shows the dark logo variant in a dark theme and the light one otherwise', async () => {
      const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
      const dark = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAABCAYAAAD5PA/NAAAAEElEQVR42mNk+M9QzwAEjAAcmwKBzQWKDwAAAABJRU5ErkJggg==';
      const data = [{ name: 'Both', logo: png, logoDark: dark }];
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip theme="dark" .data=${data}></lacnic-partner-strip>`);
      const shown = () =>
        Array.from(shadow(el).querySelectorAll('img'))
          .filter((img) => getComputedStyle(img).display !== 'none')
          .map((img) => (img.getAttribute('src') === dark ? 'dark' : 'light'));
      expect(shown()).to.deep.equal(['dark']);
      el.theme = 'light';
      await el.updateComplete;
      expect(shown()).to.deep.equal(['light']);
    });

    it('gives every logo the same cell, so nothing shifts while logos load', async () => {
      const wide = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAABCAYAAAD5PA/NAAAAEElEQVR42mNk+M9QzwAEjAAcmwKBzQWKDwAAAABJRU5ErkJggg==';
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip .data=${[{ name: 'Wide', logo: wide }, { name: 'Text' }]}></lacnic-partner-strip>`);
      const [a, b] = Array.from(shadow(el).querySelectorAll('li'), (li) => li.getBoundingClientRect());
      expect(a.width).to.equal(b.width);
      expect(a.height).to.equal(b.height);
      const img = shadow(el).querySelector('img') as HTMLImageElement;
      expect(img.alt).to.equal('');
      expect(shadow(el).querySelector('li')?.textContent).to.contain('Wide');
    });
  });
});

describe('<lacnic-partner-strip for="map">', () => {
  it('follows the economy chosen on the linked map, and restores on clear', async () => {
    const wrap = await fixture(html`<div>
      <div id="map"></div>
      <lacnic-partner-strip for="map" highlight="names" .data=${[
        { name: 'A', country: 'BR' },
        { name: 'B', country: 'AR', category: 'names' },
      ]}></lacnic-partner-strip>
    </div>`);
    const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
    const map = wrap.querySelector('#map') as HTMLElement;
    const classes = () => Array.from(shadow(el).querySelectorAll('li'), (li) => li.className.trim());
    expect(classes()).to.deep.equal(['dimmed', 'highlighted']);
    await linkReady();
    map.dispatchEvent(new CustomEvent('lacnic-region-select', { detail: { code: 'BR' }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(classes()).to.deep.equal(['highlighted', 'dimmed']);
    map.dispatchEvent(new CustomEvent('lacnic-region-select', { detail: { code: null }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(classes()).to.deep.equal(['dimmed', 'highlighted']);
  });

  it('ignores selections on other maps', async () => {
    const wrap = await fixture(html`<div>
      <div id="other"></div>
      <lacnic-partner-strip for="map" .data=${[{ name: 'A', country: 'BR' }]}></lacnic-partner-strip>
    </div>`);
    const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
    await linkReady();
    wrap.querySelector('#other')!.dispatchEvent(new CustomEvent('lacnic-region-select', { detail: { code: 'BR' }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.highlighted')).to.have.length(0);
  });
  it('follows a map named after it was added, and a selection the map already has', async () => {
    const wrap = await fixture(html`<div>
      <div id="chosen" selected="ar"></div>
      <lacnic-partner-strip .data=${[{ name: 'A', country: 'BR' }, { name: 'B', country: 'AR' }]}></lacnic-partner-strip>
    </div>`);
    const el = wrap.querySelector('lacnic-partner-strip') as LacnicPartnerStrip;
    const classes = () => Array.from(shadow(el).querySelectorAll('li'), (li) => li.className.trim());
    await el.updateComplete;
    expect(classes()).to.deep.equal(['', '']);
    el.for = 'chosen';
    await until(() => classes().join() === 'dimmed,highlighted', 3000, 'the map’s selection');
    wrap.querySelector('#chosen')!.dispatchEvent(new CustomEvent('lacnic-region-select', { detail: { code: 'BR' }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(classes()).to.deep.equal(['highlighted', 'dimmed']);
  });
});
