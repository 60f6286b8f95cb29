import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/lacnic-timeline.js';
import type { LacnicTimeline } from '../../src/timeline/timeline.js';
import { LACNIC_MILESTONES } from '../../src/timeline/milestones.js';
import { errorSpy, jsonUrl, linkReady, noUncaught, until } from '../helpers.js';

const shadow = (el: LacnicTimeline) => el.shadowRoot as ShadowRoot;
const items = (el: LacnicTimeline) => Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="item"]'));
const titles = (el: LacnicTimeline) => items(el).map((b) => b.querySelector('.title')?.textContent?.trim());
const dates = (el: LacnicTimeline) => items(el).map((b) => b.querySelector('.date')?.textContent?.trim());
const state = (el: LacnicTimeline) => shadow(el).querySelector('[part~="status"]')?.getAttribute('data-state') ?? 'ready';
const focused = (el: LacnicTimeline) => shadow(el).activeElement as HTMLElement | null;
const detail = (el: LacnicTimeline) => shadow(el).querySelector<HTMLElement>('[part~="detail"]');
const notice = (el: LacnicTimeline) => shadow(el).querySelector('[part~="notice"]')?.textContent?.trim() ?? '';
const statusText = (el: LacnicTimeline) => shadow(el).querySelector('[part~="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const chip = (el: LacnicTimeline, c: string) => shadow(el).querySelector<HTMLButtonElement>(`[part~="chip"][data-category="${c}"]`) as HTMLButtonElement;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function make(markup: ReturnType<typeof html>, width = 900): Promise<LacnicTimeline> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${markup}</div>`);
  const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
  await el.updateComplete;
  // The built-in milestones arrive once their language's texts have loaded (one small chunk).
  if (!el.src) await until(() => state(el) !== 'loading', 3000, 'the built-in milestones');
  await frame();
  await el.updateComplete;
  return el;
}

function generate(n: number): { id: string; date: string; title: string; category: string }[] {
  const cats = ['founding', 'community', 'forums', 'governance', 'addressing', 'casa'];
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(1990, 0, 1) + Math.floor((i * 13_000 * 86_400_000) / n));
    return { id: `g${i}`, date: day.toISOString().slice(0, 10), title: `Generated milestone ${i + 1}`, category: cats[i % 6] };
  });
}

describe('<lacnic-timeline>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('default content', () => {
    it('is accessible as a list and shows the 23 milestones up to 2017 in time order', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list"></lacnic-timeline>`);
      await expect(el).to.be.accessible();
      expect(items(el)).to.have.length(23);
      expect(titles(el)[0]).to.equal('Agreement to create LACNIC signed');
      expect(titles(el).at(-1)).to.equal('15th anniversary at LACNIC 28 / LACNOG 2017');
      const years = Array.from(shadow(el).querySelectorAll('[part~="year"]'), (h) => h.textContent?.trim());
      expect(years[0]).to.equal('1999');
      expect(years.at(-1)).to.equal('2017');
      expect(titles(el)).to.not.include('Last IPv4 block reserved');
    });

    it('is accessible as an axis, with locale tick labels and labels that never overlap', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="axis"></lacnic-timeline>`, 1000);
      await expect(el).to.be.accessible();
      const axis = shadow(el).querySelector('[part~="axis"]') as HTMLElement;
      expect(axis.classList.contains('horizontal')).to.equal(true);
      const ticks = Array.from(shadow(el).querySelectorAll('[part~="tick"]'), (t) => t.textContent?.trim());
      expect(ticks).to.include('2002');
      const boxes = items(el).map((b) => b.getBoundingClientRect());
      expect(boxes).to.have.length(23);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
        }
      }
    });

    it('every default milestone has es/pt/en title and text and an https source', () => {
      expect(LACNIC_MILESTONES.length).to.be.at.least(21);
      const ids = new Set<string>();
      for (const m of LACNIC_MILESTONES) {
        for (const lang of ['es', 'pt', 'en'] as const) {
          expect((m.title as Record<string, string>)[lang], `${m.id} title ${lang}`).to.be.a('string').and.not.empty;
          expect((m.text as Record<string, string>)[lang], `${m.id} text ${lang}`).to.be.a('string').and.not.empty;
        }
        expect(new URL(m.source as string).protocol, m.id).to.equal('https:');
        expect(ids.has(m.id as string)).to.equal(false);
        ids.add(m.id as string);
      }
    });

    it('never prints a day the source does not give', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list"></lacnic-timeline>`);
      const d = dates(el);
      expect(d[0]).to.equal('Aug 1999');
      expect(d[titles(el).indexOf('Oscar Robles appointed Executive Director')]).to.equal('2014');
      expect(d[titles(el).indexOf('LACNIC recognised as the fourth Regional Internet Registry')]).to.equal('Oct 31, 2002');
      expect(d[titles(el).indexOf('10th anniversary at LACNIC 18')]).to.match(/^Oct\s?–\s?Nov 2012$/);
      // No month-precision item shows a day number.
      const monthOnly = LACNIC_MILESTONES.filter((m) => /^\d{4}-\d{2}$/.test(String(m.date)) && !m.end).map((m) => (m.title as Record<string, string>).en);
      for (const t of monthOnly) expect(d[titles(el).indexOf(t)], t).to.match(/^[A-Z][a-z]{2} \d{4}$/);
    });

    it('shows the post-anniversary milestone only when `to` reaches 2020', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list" to="2020"></lacnic-timeline>`);
      expect(titles(el).at(-1)).to.equal('Last IPv4 block reserved');
      el.to = 2017;
      await el.updateComplete;
      expect(titles(el)).to.not.include('Last IPv4 block reserved');
      el.from = 2011;
      await el.updateComplete;
      expect(dates(el)[0]).to.equal('Jan 1, 2011');
    });

    for (const [lang, first, source, position] of [
      ['es', 'Se firma el acuerdo para crear LACNIC', 'Fuente', '1 de 23'],
      ['pt', 'Assinado o acordo para criar o LACNIC', 'Fonte', '1 de 23'],
      ['en', 'Agreement to create LACNIC signed', 'Source', '1 of 23'],
    ] as const) {
      it(`speaks ${lang}: titles, dates, position and the source link`, async () => {
        const el = await make(html`<div lang=${lang}><lacnic-timeline view="list" selected="agreement-1999"></lacnic-timeline></div>`);
        expect(titles(el)[0]).to.equal(first);
        expect(items(el)[0].textContent?.replace(/\s+/g, ' ')).to.contain(position);
        expect(shadow(el).querySelector('[part~="source"]')?.textContent?.trim()).to.equal(source);
        const expected = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(1999, 7, 1));
        expect(dates(el)[0]).to.equal(expected);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in dark theme with dark colours', async () => {
      const el = await make(html`<lacnic-timeline theme="dark" view="axis"></lacnic-timeline>`, 1000);
      await expect(el).to.be.accessible();
      const [r, g, b] = getComputedStyle(items(el)[0]).color.match(/\d+/g)!.map(Number);
      expect(r + g + b).to.be.greaterThan(600);
      const light = await make(html`<lacnic-timeline theme="light" view="list"></lacnic-timeline>`);
      await expect(light).to.be.accessible();
      const [r2, g2, b2] = getComputedStyle(items(light)[0]).color.match(/\d+/g)!.map(Number);
      expect(r2 + g2 + b2).to.be.lessThan(200);
    });
  });

  describe('views', () => {
    it('auto shows the list when the element is narrow and the axis when wide (by its own width)', async () => {
      const el = await make(html`<lacnic-timeline></lacnic-timeline>`, 400);
      expect(el.resolvedView).to.equal('list');
      expect(shadow(el).querySelector('[part~="list"]')).to.exist;
      (el.parentElement as HTMLElement).style.width = '1000px';
      await until(() => !!shadow(el).querySelector('[part~="axis"]'), 2000, 'axis after resize');
      expect(el.resolvedView).to.equal('axis');
    });

    it('draws the axis vertically when a narrow element asks for it', async () => {
      const el = await make(html`<lacnic-timeline view="axis"></lacnic-timeline>`, 400);
      const axis = shadow(el).querySelector('[part~="axis"]') as HTMLElement;
      expect(axis.classList.contains('vertical')).to.equal(true);
      await expect(el).to.be.accessible();
      const boxes = items(el).map((b) => b.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).to.be.at.least(boxes[i - 1].bottom - 0.5);
    });
  });
  describe('states', () => {
    it('shows loading, then the data', async () => {
      const el = await make(html`<lacnic-timeline src="/__fault/slow/400"></lacnic-timeline>`);
      expect(state(el)).to.equal('loading');
      await expect(el).to.be.accessible();
      await until(() => state(el) === 'empty', 3000, 'empty after slow load');
      expect(statusText(el)).to.equal('No milestones to show.');
    });

    it('shows an HTTP error with Retry and fires lacnic-error', async () => {
      const spy = errorSpy();
      try {
        const el = await noUncaught(async () => {
          const e = await make(html`<lacnic-timeline lang="en" src="/__fault/status/404"></lacnic-timeline>`);
          await until(() => state(e) === 'error', 3000, 'error');
          return e;
        });
        expect(statusText(el)).to.contain('404');
        expect(shadow(el).querySelector('[part~="retry"]')).to.exist;
        expect(spy.events.at(-1)?.detail.code).to.equal('http-status');
        await expect(el).to.be.accessible();
      } finally {
        spy.stop();
      }
    });

    it('gives up after fetch-timeout', async () => {
      const spy = errorSpy();
      try {
        const el = await noUncaught(async () => {
          const e = await make(html`<lacnic-timeline lang="es" fetch-timeout="150" src="/__fault/slow/3000"></lacnic-timeline>`);
          await until(() => state(e) === 'error', 2000, 'timeout');
          return e;
        });
        expect(statusText(el)).to.contain('Los datos tardaron demasiado en cargar.');
        expect(spy.events.at(-1)?.detail.code).to.equal('timeout');
      } finally {
        spy.stop();
      }
    });

    it('refuses broken JSON with a visible message', async () => {
      const spy = errorSpy();
      try {
        const el = await noUncaught(async () => {
          const e = await make(html`<lacnic-timeline lang="en" src="/__fault/text/broken"></lacnic-timeline>`);
          await until(() => state(e) === 'error', 3000, 'parse error');
          return e;
        });
        expect(statusText(el)).to.contain('The data is not valid JSON.');
        expect(spy.events.at(-1)?.detail.code).to.equal('parse');
        const inline = await noUncaught(() =>
          make(html`<lacnic-timeline lang="en"><script type="application/json">[{"id": </script></lacnic-timeline>`),
        );
        expect(state(inline)).to.equal('error');
      } finally {
        spy.stop();
      }
    });
  });

  describe('data sources', () => {
    const custom = [
      { id: 'b', date: '2010-05', title: { es: 'Beta es', pt: 'Beta pt', en: 'Beta en' }, category: 'forums' },
      { id: 'a', date: 2001, title: 'Alpha', text: 'Plain text', category: 'founding', countries: 'BR, UY' },
    ];

    it('takes the data property first, sorted by date, with per-language titles', async () => {
      const el = await make(html`<lacnic-timeline lang="pt" view="list" .data=${custom} src="/nowhere.json"></lacnic-timeline>`);
      expect(titles(el)).to.deep.equal(['Alpha', 'Beta pt']);
      expect(shadow(el).querySelector('[part~="list"]')?.getAttribute('aria-label')).to.equal('Marcos');
    });

    it('reads inline JSON, then src (JSON and CSV)', async () => {
      const inline = await make(html`<lacnic-timeline view="list"
        ><script type="application/json">[{"id":"x","date":"2005-02-03","title":"Inline"}]</script></lacnic-timeline
      >`);
      expect(titles(inline)).to.deep.equal(['Inline']);
      const fetched = await make(html`<lacnic-timeline view="list" src=${jsonUrl(custom)}></lacnic-timeline>`);
      await until(() => items(fetched).length === 2, 3000, 'src json');
      const csv = 'id,date,title,text,category,countries,source,end\nc1,2003-04,"Title, with comma",Some text,forums,AR;UY,https://example.org/a,\nc2,2004,Second,,addressing,,,';
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const el = await make(html`<lacnic-timeline lang="en" view="list" src=${url}></lacnic-timeline>`);
      await until(() => items(el).length === 2, 3000, 'csv');
      expect(titles(el)).to.deep.equal(['Title, with comma', 'Second']);
      expect(dates(el)).to.deep.equal(['Apr 2003', '2004']);
      el.selected = 'c1';
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part~="source"]')?.href).to.equal('https://example.org/a');
    });

    it('upgrades a light-DOM list (time, strong title, text, link)', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list">
        <ol>
          <li id="rec" data-category="founding" data-countries="CN">
            <time datetime="2002-10-31">31 Oct 2002</time> <strong>Recognised</strong> Fourth RIR. <a href="https://www.lacnic.net/">read</a>
          </li>
          <li><time datetime="1999-08">Aug 1999</time> Agreement signed</li>
        </ol>
      </lacnic-timeline>`);
      expect(titles(el)).to.deep.equal(['Agreement signed', 'Recognised']);
      expect(dates(el)).to.deep.equal(['Aug 1999', 'Oct 31, 2002']);
      items(el)[1].click();
      await el.updateComplete;
      expect(detail(el)?.textContent).to.contain('Fourth RIR.');
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part~="source"]')?.href).to.equal('https://www.lacnic.net/');
    });
  });

  describe('bad input', () => {
    it('skips bad items, names item and field, and shows the rest', async () => {
      const spy = errorSpy();
      try {
        const data = [
          { id: 'ok', date: '2002-10-31', title: 'Fine' },
          { id: 'bad-date', date: '2002-13-45', title: 'Bad date' },
          { id: 'no-title', date: '2003' },
          { id: 'ok', date: '2004', title: 'Duplicate' },
          { id: 'cat', date: '2005', title: 'Odd category', category: 'parties' },
        ];
        const el = await noUncaught(() => make(html`<lacnic-timeline lang="en" view="list" .data=${data}></lacnic-timeline>`));
        expect(titles(el)).to.deep.equal(['Fine']);
        const text = notice(el);
        expect(text).to.contain('4 items were skipped');
        expect(text).to.contain('item 2 (“Bad date”): “date” is not valid');
        expect(text).to.contain('item 3 (“no-title”): “title” is missing');
        expect(text).to.contain('item 4 (“Duplicate”): “id” repeats another item’s');
        const problems = spy.events.at(-1)?.detail.problems ?? [];
        expect(problems.map((p) => `${p.field}:${p.reason}`)).to.deep.equal(['date:invalid', 'title:missing', 'id:duplicate', 'category:unknown']);
        await expect(el).to.be.accessible();
      } finally {
        spy.stop();
      }
    });

    it('refuses the whole set when nothing is usable', async () => {
      const spy = errorSpy();
      try {
        const el = await noUncaught(() => make(html`<lacnic-timeline lang="en" .data=${[{ date: 'soon', title: 'x' }]}></lacnic-timeline>`));
        expect(state(el)).to.equal('error');
        expect(statusText(el)).to.contain('No item could be used: item 1 (“x”): “date” is not valid');
        expect(spy.events.at(-1)?.detail.code).to.equal('invalid-data');
      } finally {
        spy.stop();
      }
    });

    it('shows HTML and script in text as text, never running it', async () => {
      const w = window as unknown as { canary?: string };
      w.canary = 'untouched';
      const evil = '<img src=x onerror="window.canary=\'hit\'"><script>window.canary="hit"</script>';
      const el = await make(html`<lacnic-timeline view="list" selected="e" .data=${[{ id: 'e', date: '2002', title: evil, text: evil, source: 'javascript:alert(1)' }, { id: 'f', date: '2003', title: 'F', text: evil }]}></lacnic-timeline>`);
      await aTimeout(50);
      expect(w.canary).to.equal('untouched');
      expect(titles(el)).to.deep.equal(['F']);
      el.selected = 'f';
      await el.updateComplete;
      expect(detail(el)?.querySelector('.detail-text')?.textContent).to.equal(evil);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect(notice(el)).to.contain('“source” is not a safe link');
    });

    it('reports a CSV with missing columns item by item', async () => {
      const spy = errorSpy();
      try {
        const url = URL.createObjectURL(new Blob(['id,date\na,2001\nb,2002'], { type: 'text/csv' }));
        const el = await noUncaught(async () => {
          const e = await make(html`<lacnic-timeline lang="en" src=${url}></lacnic-timeline>`);
          await until(() => state(e) === 'error', 3000, 'csv error');
          return e;
        });
        expect(statusText(el)).to.contain('item 1 (“a”): “title” is missing');
        expect(spy.events.at(-1)?.detail.code).to.equal('invalid-data');
      } finally {
        spy.stop();
      }
    });

    it('refuses an HTML page served for a CSV file, with Retry (found by e2e 40-faults)', async () => {
      const spy = errorSpy();
      try {
        const page = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
        const url = URL.createObjectURL(new Blob([page], { type: 'text/csv' }));
        const el = await noUncaught(async () => {
          const e = await make(html`<lacnic-timeline lang="en" src=${url}></lacnic-timeline>`);
          await until(() => state(e) === 'error', 3000, 'csv parse error');
          return e;
        });
        expect(statusText(el)).to.contain('The data is not valid CSV.');
        expect(spy.events.at(-1)?.detail.code).to.equal('parse');
        expect(shadow(el).querySelector('[part~="retry"]')).to.exist;
      } finally {
        spy.stop();
      }
    });

    it('keeps the detail close button its full width at 320px (found by e2e 60-a11y)', async () => {
      const el = await make(html`<lacnic-timeline lang="es" selected="recognition-2002"></lacnic-timeline>`, 304);
      const close = shadow(el).querySelector<HTMLElement>('[part~="close"]')!;
      expect(close.scrollWidth).to.be.at.most(close.clientWidth + 1);
      const head = shadow(el).querySelector<HTMLElement>('.detail-head')!;
      expect(head.scrollWidth).to.be.at.most(head.clientWidth + 1);
    });

    it('handles 5 MB of JSON without hanging', async () => {
      const big = Array.from({ length: 20_000 }, (_, i) => ({ id: `m${i}`, date: `${1990 + (i % 30)}-0${1 + (i % 9)}`, title: `Item ${i}`, text: 'x'.repeat(200) }));
      const url = jsonUrl(big);
      const el = await noUncaught(async () => {
        const e = await make(html`<lacnic-timeline view="list" src=${url}></lacnic-timeline>`);
        await until(() => state(e) === 'ready' && items(e).length > 0, 5000, 'big json');
        return e;
      });
      expect(el.milestones).to.have.length(20_000);
      expect(items(el).length).to.be.lessThan(80);
    });
  });

  describe('interaction', () => {
    it('selects by click: detail panel, reflected attribute, one event', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list"></lacnic-timeline>`);
      const events: CustomEvent[] = [];
      el.addEventListener('lacnic-milestone-select', (e) => events.push(e));
      items(el)[4].click();
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('recognition-2002');
      expect(events).to.have.length(1);
      expect(events[0].detail.id).to.equal('recognition-2002');
      expect(events[0].detail.milestone.year).to.equal(2002);
      const panel = detail(el) as HTMLElement;
      expect(panel.querySelector('h3')?.textContent).to.equal('LACNIC recognised as the fourth Regional Internet Registry');
      expect(panel.textContent).to.contain('October 31, 2002');
      expect(panel.textContent).to.contain('Meeting in Shanghai');
      expect(panel.querySelector<HTMLAnchorElement>('[part~="source"]')?.rel).to.equal('noopener noreferrer');
      expect(focused(el)).to.equal(panel);
      await expect(el).to.be.accessible();
    });

    it('fires no event for a programmatic selection', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list"></lacnic-timeline>`);
      let fired = 0;
      el.addEventListener('lacnic-milestone-select', () => fired++);
      el.selected = 'casa-2012';
      await el.updateComplete;
      expect(detail(el)?.querySelector('h3')?.textContent).to.equal('Casa de Internet inaugurated');
      el.setAttribute('selected', 'rpki-2011');
      await el.updateComplete;
      expect(detail(el)?.querySelector('h3')?.textContent).to.equal('RPKI service launched');
      expect(fired).to.equal(0);
    });

    it('shows an optional image with its alt text', async () => {
      const img = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
      const el = await make(html`<lacnic-timeline lang="en" view="list" selected="p" .data=${[{ id: 'p', date: '2012-04-17', title: 'Photo', image: img, imageAlt: { en: 'The building', es: 'El edificio' } }]}></lacnic-timeline>`);
      expect(shadow(el).querySelector<HTMLImageElement>('[part~="image"]')?.alt).to.equal('The building');
    });

    it('walks the items with the keyboard: one tab stop, arrows, Home/End, PageUp/PageDown, Enter, Escape', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list"></lacnic-timeline>`);
      expect(items(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
      const events: string[] = [];
      el.addEventListener('lacnic-milestone-select', (e) => events.push(e.detail.id));
      items(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('lacnic-2000');
      // The keyboard focus is visible.
      expect(getComputedStyle(focused(el) as HTMLElement).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(focused(el) as HTMLElement).outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('lacnic-2000');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('fifteenth-anniversary-2017');
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('ipv4-exhaustion-2014');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('ipv4-phase-3-2017');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('agreement-1999');
      expect(items(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).to.deep.equal(['agreement-1999']);
      expect(events).to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(events).to.deep.equal(['agreement-1999']);
      expect(detail(el)).to.exist;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(detail(el)).to.equal(null);
      expect(focused(el)?.dataset.id).to.equal('agreement-1999');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(events).to.deep.equal(['agreement-1999', 'lacnic-2000']);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('lacnic-2000');
    });

    it('has no focus trap: Tab leaves the items', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px"><lacnic-timeline view="list" categories="casa"></lacnic-timeline><button id="after">after</button></div>`);
      const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
      await until(() => items(el).length > 0, 3000, 'the built-in milestones');
      items(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });

    it('keyboard works on the axis too', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="axis"></lacnic-timeline>`, 1000);
      items(el).find((b) => b.tabIndex === 0)?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('application-2001');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal('application-2001');
      await expect(el).to.be.accessible();
    });

    it('link-hash writes and restores the selection', async () => {
      history.replaceState(null, '', '#casa-2012');
      const el = await make(html`<lacnic-timeline lang="en" view="list" link-hash></lacnic-timeline>`);
      await until(() => el.selected === 'casa-2012', 2000, 'restored from hash');
      expect(detail(el)?.querySelector('h3')?.textContent).to.equal('Casa de Internet inaugurated');
      items(el)[0].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#agreement-1999');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });

    it('wraps a long unbroken title or text inside its width, in the list and the detail', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:400px" lang="en"><lacnic-timeline view="list"></lacnic-timeline></div>`);
      const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
      el.data = [{ id: 'long', date: '2002', title: 'W'.repeat(290), text: `data:text/html,${'x'.repeat(1000)}` }];
      el.selected = 'long';
      await el.updateComplete;
      await aTimeout(50);
      const base = shadow(el).querySelector('.base') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(400);
      expect(el.getBoundingClientRect().width).to.be.at.most(400);
    });

    it('link-hash ignores a hash that is not valid percent-encoding, with no uncaught error', async () => {
      history.replaceState(null, '', '#%E0%A4%A');
      try {
        const el = await noUncaught(async () => {
          const made = await make(html`<lacnic-timeline lang="en" view="list" link-hash></lacnic-timeline>`);
          location.hash = '%';
          await aTimeout(20);
          return made;
        });
        expect(el.selected).to.equal(undefined);
        expect(items(el).length).to.be.greaterThan(10);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('filters by category with counted toggle chips; `categories` presets them', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list" categories="forums"></lacnic-timeline>`);
      const group = shadow(el).querySelector('[part~="filters"]') as HTMLElement;
      expect(group.getAttribute('role')).to.equal('group');
      expect(chip(el, 'forums').getAttribute('aria-pressed')).to.equal('true');
      expect(chip(el, 'forums').textContent?.replace(/\s+/g, ' ').trim()).to.equal('Forums 3');
      expect(titles(el)).to.deep.equal(['NAPLA meetings begin', 'First FLIP6', 'Origins of LACSEC']);
      chip(el, 'casa').click();
      await el.updateComplete;
      expect(titles(el)).to.include('Casa de Internet inaugurated');
      expect(items(el)).to.have.length(4);
      chip(el, 'forums').click();
      chip(el, 'casa').click();
      await el.updateComplete;
      expect(items(el)).to.have.length(23);
      expect(chip(el, 'casa').getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('highlight-country emphasises tagged milestones without hiding the others', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="list" highlight-country="br"></lacnic-timeline>`);
      const marked = items(el).filter((b) => b.classList.contains('highlighted'));
      expect(marked.map((b) => b.dataset.id)).to.deep.equal(['lacnic-27-2017']);
      expect(marked[0].textContent).to.contain('Brazil');
      expect(items(el)).to.have.length(23);
      expect(getComputedStyle(marked[0]).backgroundColor).to.not.equal(getComputedStyle(items(el)[0]).backgroundColor);
    });

    it('for="map" follows the economy chosen on the linked map, and restores on clear', async () => {
      const wrap = await fixture(html`<div><div id="map"></div><lacnic-timeline for="map" lang="en" view="list"></lacnic-timeline></div>`);
      const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
      await until(() => items(el).length > 0, 3000, 'the built-in milestones');
      const marked = () => items(el).filter((b) => b.classList.contains('highlighted')).map((b) => b.dataset.id);
      expect(marked()).to.deep.equal([]);
      const map = wrap.querySelector('#map') as HTMLElement;
      await linkReady();
      map.dispatchEvent(new CustomEvent('lacnic-region-select', { detail: { code: 'BR' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(marked()).to.deep.equal(['lacnic-27-2017']);
      map.dispatchEvent(new CustomEvent('lacnic-region-select', { detail: { code: null }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(marked()).to.deep.equal([]);
    });

    it('scrolls instantly under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await make(html`<lacnic-timeline lang="en" view="list" .data=${generate(1000)}></lacnic-timeline>`);
      el.selected = 'g900';
      await el.updateComplete;
      await frame();
      const scroller = shadow(el).querySelector('[part~="list"]') as HTMLElement;
      expect(scroller.scrollTop).to.be.greaterThan(1000);
      expect(shadow(el).querySelector('[data-id="g900"]')).to.exist;
    });
  });

  describe('scale', () => {
    it('renders 10,000 milestones with a bounded number of rows, in both views', async () => {
      const data = generate(10_000);
      const el = await make(html`<lacnic-timeline lang="en" view="list" .data=${data}></lacnic-timeline>`);
      expect(el.milestones).to.have.length(10_000);
      expect(items(el).length).to.be.within(5, 80);
      items(el)[0].focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal('g9999');
      expect(focused(el)?.textContent).to.contain('10,000 of 10,000');
      expect(items(el).length).to.be.within(5, 120);
      el.view = 'axis';
      (el.parentElement as HTMLElement).style.width = '1000px';
      await until(() => !!shadow(el).querySelector('[part~="axis"].horizontal'), 2000, 'axis');
      await el.updateComplete;
      expect(items(el).length).to.be.within(5, 400);
      await expect(el).to.be.accessible();
    });

    it('prints every milestone as a plain list', async () => {
      const el = await make(html`<lacnic-timeline lang="en" view="axis"></lacnic-timeline>`, 1000);
      await emulateMedia({ media: 'print' });
      const print = shadow(el).querySelector('.print') as HTMLElement;
      expect(getComputedStyle(print).display).to.equal('block');
      expect(print.querySelectorAll('li')).to.have.length(23);
      expect(getComputedStyle(shadow(el).querySelector('[part~="axis"]') as HTMLElement).display).to.equal('none');
      await emulateMedia({ media: 'screen' });
    });
  });
});
