import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/lacnic-timeline.js';
import type { LacnicTimeline } from '../../src/timeline/timeline.js';
import { LACNIC_MILESTONES } from '../../src/timeline/milestones.js';
import { errorSpy, jsonUrl, noUncaught, until } from '../helpers.js';

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
});
