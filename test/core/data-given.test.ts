/**
 * D1 (issue 13): data a site gives a widget through `.data` is what the widget shows, whether it
 * is set after the first render, before the element is upgraded, or again and again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-partner-strip.js';
import '../../src/define/lacnic-timeline.js';
import '../../src/define/lacnic-region-map.js';
import { errorSpy, until } from '../helpers.js';

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

interface Case {
  tag: string;
  /** Data naming `word` somewhere the reader sees it. */
  data(word: string): unknown;
  /** The text the widget shows for its content. */
  shown(el: Widget): string;
}

const cases: Case[] = [
  {
    tag: 'lacnic-timeline',
    data: (word) => [{ id: word.toLowerCase(), date: '2004-05', title: `${word} milestone`, text: 'Given by the site.' }],
    shown: (el) => Array.from(el.shadowRoot!.querySelectorAll('[part~="item"], li, .title')).map((n) => n.textContent).join(' '),
  },
  {
    tag: 'lacnic-partner-strip',
    data: (word) => [{ name: `${word} partner`, url: 'https://example.org/' }],
    shown: (el) => el.shadowRoot!.textContent ?? '',
  },
  {
    tag: 'lacnic-region-map',
    data: (word) => [{ code: 'UY', value: 7, label: `${word} land` }],
    shown: (el) => el.shadowRoot!.querySelector('.summary')?.textContent ?? '',
  },
];

/** Waits until `el` shows `word` (or fails, naming what it shows instead). */
async function shows(c: Case, el: Widget, word: string): Promise<void> {
  await until(() => c.shown(el).includes(word), 4000, `${c.tag} to show ${word}`).catch((e: Error) => {
    throw new Error(`${e.message}; it shows: ${c.shown(el).slice(0, 200)}`);
  });
}

for (const c of cases) {
  describe(`${c.tag}: the data a site gives is shown (D1)`, () => {
    it('set after the first render', async () => {
      const spy = errorSpy();
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        const el = document.createElement(c.tag) as Widget;
        wrap.append(el);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 200));
        el.data = c.data('Zircon');
        await shows(c, el, 'Zircon');
        expect(spy.events.filter((e) => e.target === el)).to.have.length(0);
      } finally {
        spy.stop();
      }
    });

    for (const lang of ['en', 'pt']) it(`set before the element is upgraded (${lang})`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      // An element of a document without the kit's definitions stays un-upgraded, like one
      // parsed before the kit's script ran; the site sets `.data` on it, then it joins the page.
      const inert = document.implementation.createHTMLDocument('');
      const el = inert.createElement(c.tag) as Widget;
      expect(el.updateComplete).to.equal(undefined);
      el.data = c.data('Quartz');
      wrap.append(document.adoptNode(el));
      await shows(c, el, 'Quartz');
    });

    it('set again and again, the last data shows', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement(c.tag) as Widget;
      el.data = c.data('Basalt');
      wrap.append(el);
      await shows(c, el, 'Basalt');
      el.data = c.data('Granite');
      await shows(c, el, 'Granite');
      el.data = c.data('Marble');
      el.data = c.data('Onyx');
      await shows(c, el, 'Onyx');
      expect(c.shown(el)).not.to.contain('Marble');
    });
  });
}
