import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-partner-strip.js';
import '../../src/define/lacnic-timeline.js';
import '../../src/define/lacnic-region-map.js';
import { until } from '../helpers.js';

// Inherited text styles cross the shadow boundary and a page's rules on the host element beat
// :host, so each widget's top box sets them again (e2e 20-hostile-css compares the pixels).
const HOSTILE = `
  * { box-sizing: content-box; line-height: 3; }
  body { color: #c00; letter-spacing: 0.12em; word-spacing: 0.4em; text-transform: uppercase;
    font-style: italic; font-weight: 700; text-align: right; text-indent: 3em; white-space: pre;
    word-break: break-all; text-shadow: 1px 1px 0 red; }`;

const PROPS = ['box-sizing', 'line-height', 'color', 'letter-spacing', 'word-spacing', 'text-transform', 'font-style',
  'text-align', 'text-indent', 'white-space', 'word-break', 'text-shadow'] as const;

async function styles(hostile: boolean): Promise<Record<string, string>[]> {
  const sheet = document.createElement('style');
  sheet.textContent = hostile ? HOSTILE : '';
  document.head.append(sheet);
  try {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <lacnic-partner-strip layout="grid"></lacnic-partner-strip>
      <lacnic-timeline view="list"></lacnic-timeline>
      <lacnic-region-map></lacnic-region-map>
    </div>`);
    const els = Array.from(wrap.children) as HTMLElement[];
    await until(() => !!els[2].shadowRoot?.querySelector('g.economy'), 5000, 'map drawn');
    await until(() => !!els[1].shadowRoot?.querySelector('[part~="item"]'), 3000, 'timeline items');
    const inner = ['.mark', '[part~="item"] .title', '.summary'].map((sel, i) => els[i].shadowRoot!.querySelector(sel) as Element);
    return inner.map((node) => {
      const cs = getComputedStyle(node);
      return Object.fromEntries(PROPS.map((p) => [p, cs.getPropertyValue(p)]));
    });
  } finally {
    sheet.remove();
  }
}

describe('widgets on a hostile host page', () => {
  it('keep their own box sizing and text styles when the page sets them on every element and on body', async () => {
    const plain = await styles(false);
    const hostile = await styles(true);
    expect(hostile).to.deep.equal(plain);
  });

  it('stay hidden inside a hidden part of the page (visibility is the page\'s to set)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="visibility:hidden"><lacnic-partner-strip></lacnic-partner-strip></div>`);
    const el = wrap.querySelector('lacnic-partner-strip') as HTMLElement;
    await until(() => !!el.shadowRoot?.querySelector('.mark'), 3000, 'strip');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.mark') as Element).visibility).to.equal('hidden');
  });
});
