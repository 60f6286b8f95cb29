// The built-in milestones in one language at a time: a timeline loads the texts of its reader's
// language only, and swaps them when the language changes. (Its own file, so no language is
// loaded yet when it starts.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-timeline.js';
import { LANGS } from '../../src/core/i18n.js';
import type { Lang } from '../../src/core/i18n.js';
import { loadMilestones, textLoaders } from '../../src/timeline/default-milestones.js';
import { MILESTONE_FACTS } from '../../src/timeline/milestone-facts.js';
import { LACNIC_MILESTONES } from '../../src/timeline/milestones.js';
import type { LacnicTimeline } from '../../src/timeline/timeline.js';
import type { MilestoneItem } from '../../src/timeline/types.js';
import { pick, validateMilestones } from '../../src/timeline/validate.js';
import { until } from '../helpers.js';

const shadow = (el: LacnicTimeline) => el.shadowRoot as ShadowRoot;
const items = (el: LacnicTimeline) => Array.from(shadow(el).querySelectorAll<HTMLElement>('[part~="item"]'));
const titles = (el: LacnicTimeline) => items(el).map((b) => b.querySelector('.title')?.textContent?.trim());
const state = (el: LacnicTimeline) => shadow(el).querySelector('[part~="status"]')?.getAttribute('data-state') ?? 'ready';
const title = (id: string, lang: Lang) => (LACNIC_MILESTONES.find((m) => m.id === id)!.title as Record<Lang, string>)[lang];

describe('<lacnic-timeline> built-in milestones, one language at a time', () => {
  const real = { ...textLoaders };
  const calls: Lang[] = [];
  before(() => {
    for (const lang of LANGS) {
      textLoaders[lang] = () => {
        calls.push(lang);
        return real[lang]();
      };
    }
  });
  after(() => Object.assign(textLoaders, real));

  it('loads no texts when the site gives its own milestones', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:900px"><lacnic-timeline lang="es" view="list" .data=${[{ id: 'a', date: '2002', title: 'Own' }]}></lacnic-timeline></div>`,
    );
    const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Own']);
    expect(calls).to.deep.equal([]);
  });

  it('loads the texts of the reader’s language only, and shows them', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px" lang="es"><lacnic-timeline view="list"></lacnic-timeline></div>`);
    const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
    await until(() => items(el).length > 0, 3000, 'the built-in milestones');
    expect(calls).to.deep.equal(['es']);
    expect(items(el)).to.have.length(23);
    expect(titles(el)[0]).to.equal('Se firma el acuerdo para crear LACNIC');
    for (const m of el.milestones) {
      expect(Object.keys(m.title), m.id).to.deep.equal(['es']);
      expect(Object.keys(m.text ?? {}), m.id).to.deep.equal(['es']);
    }
  });

  it('swaps to the new language’s texts when `lang` changes on the element, keeping selection and focus', async () => {
    const slow = textLoaders.pt;
    // The Portuguese texts take a while, as on a slow network.
    textLoaders.pt = () => new Promise((r) => setTimeout(r, 200)).then(slow);
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:900px"><lacnic-timeline lang="es" view="list" selected="casa-2012"></lacnic-timeline></div>`,
    );
    const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
    await until(() => items(el).length > 0, 3000, 'the built-in milestones');
    expect(shadow(el).querySelector('#detail-title')?.textContent).to.equal(title('casa-2012', 'es'));
    items(el).find((b) => b.dataset.id === 'casa-2012')!.focus();

    const seen = new Set<string>();
    el.setAttribute('lang', 'pt');
    await until(() => {
      seen.add(state(el));
      return titles(el)[0] === title('agreement-1999', 'pt');
    }, 3000, 'Portuguese titles');
    // The Spanish texts stay until the Portuguese ones arrive: no loading box, no error.
    expect([...seen]).to.deep.equal(['ready']);
    expect(calls).to.deep.equal(['es', 'pt']);
    expect(el.selected).to.equal('casa-2012');
    expect(shadow(el).querySelector('#detail-title')?.textContent).to.equal(title('casa-2012', 'pt'));
    expect((shadow(el).activeElement as HTMLElement | null)?.dataset.id).to.equal('casa-2012');
    await expect(el).to.be.accessible();
  });

  it('follows a language change on an ancestor, at once when that language is loaded', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px" lang="pt"><lacnic-timeline view="list"></lacnic-timeline></div>`);
    const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
    await until(() => items(el).length > 0, 3000, 'the built-in milestones');
    expect(titles(el)[0]).to.equal(title('agreement-1999', 'pt'));
    wrap.setAttribute('lang', 'en');
    await until(() => titles(el)[0] === title('agreement-1999', 'en'), 3000, 'English titles');
    expect(items(el)).to.have.length(23);
    // Spanish is loaded already: the swap happens in the same update, with no loading state.
    const before = calls.length;
    wrap.setAttribute('lang', 'es');
    await until(() => titles(el)[0] !== title('agreement-1999', 'en'), 3000, 'a re-render');
    expect(titles(el)[0]).to.equal(title('agreement-1999', 'es'));
    expect(calls.length).to.equal(before);
    expect(state(el)).to.equal('ready');
  });

  it('each language validates to exactly what LACNIC_MILESTONES gives in that language', async () => {
    const full = validateMilestones(LACNIC_MILESTONES);
    expect(full.problems).to.deep.equal([]);
    expect(LACNIC_MILESTONES.map((m) => m.id)).to.deep.equal(MILESTONE_FACTS.map((m) => m.id));
    for (const lang of LANGS) {
      const one = validateMilestones(await loadMilestones(lang));
      expect(one.problems, lang).to.deep.equal([]);
      const inLang = (m: MilestoneItem) => ({ ...m, title: pick(m.title, lang), text: pick(m.text, lang), imageAlt: pick(m.imageAlt, lang) });
      expect(one.items.map(inLang), lang).to.deep.equal(full.items.map(inLang));
    }
  });
});
