// The built-in milestones load one language's texts as a separate chunk: when that chunk cannot
// be fetched, the timeline shows its normal network error with Retry and fires `lacnic-error`.
// The failure is a real one: the loader is pointed at a URL the server answers with 404. (Its own
// file, so no language is loaded yet when it starts.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-timeline.js';
import { textLoaders } from '../../src/timeline/default-milestones.js';
import type { MilestoneTexts } from '../../src/timeline/milestone-facts.js';
import type { LacnicTimeline } from '../../src/timeline/timeline.js';
import { errorSpy, noUncaught, until } from '../helpers.js';

const shadow = (el: LacnicTimeline) => el.shadowRoot as ShadowRoot;
const items = (el: LacnicTimeline) => Array.from(shadow(el).querySelectorAll<HTMLElement>('[part~="item"]'));
const titles = (el: LacnicTimeline) => items(el).map((b) => b.querySelector('.title')?.textContent?.trim());
const state = (el: LacnicTimeline) => shadow(el).querySelector('[part~="status"]')?.getAttribute('data-state') ?? 'ready';
const retryButton = (el: LacnicTimeline) => shadow(el).querySelector<HTMLButtonElement>('[part~="retry"]');

/** A module URL the test server answers with 404, as a missing or unreachable chunk. */
const MISSING = '/__fault/status/404';
const failing = (): Promise<MilestoneTexts> => import(/* @vite-ignore */ MISSING);

describe('<lacnic-timeline> built-in texts that fail to load', () => {
  const real = { ...textLoaders };
  afterEach(() => Object.assign(textLoaders, real));

  it('shows the network error with Retry and fires lacnic-error; Retry then shows the milestones', async () => {
    textLoaders.pt = failing;
    const spy = errorSpy();
    try {
      const el = await noUncaught(async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px"><lacnic-timeline lang="pt" view="list"></lacnic-timeline></div>`);
        const made = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
        await until(() => state(made) === 'error', 3000, 'the error state');
        return made;
      });
      expect(spy.events).to.have.length(1);
      expect(spy.events[0].detail.code).to.equal('fetch-failed');
      expect(spy.events[0].detail.source).to.equal('default');
      expect(spy.events[0].detail.message).to.equal('Não foi possível carregar os dados (erro de rede).');
      expect(retryButton(el)).to.exist;
      expect(items(el)).to.have.length(0);
      await expect(el).to.be.accessible();

      textLoaders.pt = real.pt;
      await noUncaught(async () => {
        retryButton(el)!.click();
        await until(() => items(el).length > 0, 3000, 'the milestones after Retry');
      });
      expect(state(el)).to.equal('ready');
      expect(titles(el)[0]).to.equal('Assinado o acordo para criar o LACNIC');
      expect(spy.events).to.have.length(1);
    } finally {
      spy.stop();
    }
  });

  it('a language switch whose texts fail shows the error with Retry, never an uncaught rejection', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px"><lacnic-timeline lang="pt" view="list"></lacnic-timeline></div>`);
    const el = wrap.querySelector('lacnic-timeline') as LacnicTimeline;
    await until(() => items(el).length > 0, 3000, 'Portuguese milestones');
    textLoaders.en = failing;
    const spy = errorSpy();
    try {
      await noUncaught(async () => {
        el.setAttribute('lang', 'en');
        await until(() => state(el) === 'error', 3000, 'the error state');
      });
      expect(spy.events.map((e) => e.detail.code)).to.deep.equal(['fetch-failed']);
      expect(spy.events[0].detail.message).to.equal('The data could not be loaded (network error).');
      expect(retryButton(el)).to.exist;

      textLoaders.en = real.en;
      await noUncaught(async () => {
        retryButton(el)!.click();
        await until(() => state(el) === 'ready' && items(el).length > 0, 3000, 'the milestones after Retry');
      });
      expect(titles(el)[0]).to.equal('Agreement to create LACNIC signed');
    } finally {
      spy.stop();
    }
  });
});
