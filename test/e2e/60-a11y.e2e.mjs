// Accessibility in depth, over the built CDN files under the strict CSP:
// - axe-core (WCAG 2.0/2.1/2.2 A and AA rules) over every widget × state × es/pt/en ×
//   light/dark: one page per language and theme holds all fifteen states; any violation fails
//   with its rule id, the state and the target;
// - a keyboard-only walkthrough of each widget (Tab, and each widget's documented keys), with a
//   visible focus indicator at every stop and the expected effect of every key;
// - forced colours: widgets render, focus is visible, map classes stay distinguishable, no axe
//   violation; reflow at 320 CSS px; reduced motion.
import { readFileSync } from 'node:fs';
import { assert, count, test, ROOT } from './harness.mjs';

// axe is evaluated through the DevTools protocol: a <script> added by the test would need a
// Trusted Types policy on these pages.
const AXE = readFileSync(`${ROOT}/node_modules/axe-core/axe.min.js`, 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** id → [markup, expected state]. Sources: /a11y/never (never answers), /a11y/missing (404), /a11y/empty.json ([]). */
const STATES = {
  'strip-grid': ['<lacnic-partner-strip></lacnic-partner-strip>', 'ready'],
  'strip-marquee': ['<lacnic-partner-strip layout="marquee" highlight="UY"></lacnic-partner-strip>', 'ready'],
  'strip-loading': ['<lacnic-partner-strip src="/a11y/never.json"></lacnic-partner-strip>', 'loading'],
  'strip-error': ['<lacnic-partner-strip src="/a11y/missing.json"></lacnic-partner-strip>', 'error'],
  'strip-empty': ['<lacnic-partner-strip src="/a11y/empty.json"></lacnic-partner-strip>', 'empty'],
  'tl-list-open': ['<lacnic-timeline view="list" selected="recognition-2002" highlight-country="BR"></lacnic-timeline>', 'ready'],
  'tl-axis-open': ['<lacnic-timeline view="axis" selected="recognition-2002"></lacnic-timeline>', 'ready'],
  'tl-loading': ['<lacnic-timeline src="/a11y/never.json"></lacnic-timeline>', 'loading'],
  'tl-error': ['<lacnic-timeline src="/a11y/missing.json"></lacnic-timeline>', 'error'],
  'tl-empty': ['<lacnic-timeline src="/a11y/empty.json"></lacnic-timeline>', 'empty'],
  'map-selected': ['<lacnic-region-map selected="BR" year-slider></lacnic-region-map>', 'ready'],
  'map-table': ['<lacnic-region-map view="table" metric="ipv6"></lacnic-region-map>', 'ready'],
  'map-loading': ['<lacnic-region-map src="/a11y/never.json"></lacnic-region-map>', 'loading'],
  'map-error': ['<lacnic-region-map src="/a11y/missing.json"></lacnic-region-map>', 'error'],
  'map-empty': ['<lacnic-region-map src="/a11y/empty.json"></lacnic-region-map>', 'empty'],
};

/** Page HTML: every state, each widget in its own labelled region. */
function statesPage(theme) {
  return `<main><h1>Widgets</h1>${Object.entries(STATES)
    .map(([id, [markup]]) => `<section aria-label="${id}">${markup.replace(/^<([\w-]+)/, `<$1 id="${id}"${theme ? ` theme="${theme}"` : ''}`)}</section>`)
    .join('\n')}</main>`;
}

/** The serving side of the loading / error / empty states. */
function routes(server) {
  const held = new Set();
  server.route('/a11y/never.json', (req, res) => {
    held.add(res);
    res.on('close', () => held.delete(res));
  });
  server.body('/a11y/missing.json', 'not found', { status: 404, type: 'text/plain' });
  server.body('/a11y/empty.json', '[]');
  return () => held.forEach((res) => res.destroy());
}

/** Waits until every widget with an id in `wanted` shows its expected state. */
async function waitStates(page, wanted) {
  try {
    await page.waitForFunction(
      (wanted) =>
        Object.entries(wanted).every(([id, state]) => {
          const el = document.getElementById(id);
          const root = el?.shadowRoot;
          if (!root || el.isUpdatePending) return false;
          const shown = root.querySelector('[data-state]')?.getAttribute('data-state');
          if (state === 'ready') return !shown && !el.loading && !!root.querySelector('[part~="base"]') && (root.textContent ?? '').trim().length > 0;
          return shown === state;
        }),
      wanted,
      { timeout: 20_000, polling: 100 },
    );
  } catch {
    const seen = await page.evaluate(
      (ids) => Object.fromEntries(ids.map((id) => [id, document.getElementById(id)?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? 'none'])),
      Object.keys(wanted),
    );
    throw new Error(`widgets did not reach their states: ${JSON.stringify(seen)}`);
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Runs axe over the page; returns violations as "rule — state › target (summary)" lines. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(
    async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} — ${Array.isArray(n.target[0]) ? n.target[0].join(' ') : n.target.join(' › ')} (${(n.failureSummary ?? '').split('\n')[1]?.trim() ?? v.help})`),
      );
    },
    WCAG,
  );
  return violations;
}

for (const theme of ['light', 'dark']) {
  test(`axe (WCAG 2.2 A/AA): ${Object.keys(STATES).length} widget states × es/pt/en, ${theme}`, async ({ open, server, newContext }) => {
    const release = routes(server);
    try {
      const context = await newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
      const failures = [];
      for (const lang of ['es', 'pt', 'en']) {
        // Light: no theme attribute (the widget follows the page); dark: theme="dark".
        const p = await open(statesPage(theme === 'dark' ? 'dark' : ''), { context, lang });
        await p.page.emulateMedia({ colorScheme: theme });
        await waitStates(p.page, Object.fromEntries(Object.entries(STATES).map(([id, [, s]]) => [id, s])));
        // The language reached every widget.
        const langs = await p.page.evaluate(() => [...document.querySelectorAll('[id]')].filter((e) => e.locale).map((e) => e.locale.lang));
        assert.ok(langs.every((l) => l === lang), `${lang}: widgets resolved ${langs}`);
        for (const v of await axe(p.page)) failures.push(`${lang}/${theme}: ${v}`);
        count('states audited', Object.keys(STATES).length);
        await p.assertClean();
        await p.close();
      }
      assert.deepEqual(failures, [], `axe violations:\n${failures.join('\n')}`);
    } finally {
      release();
    }
  }, { timeout: 180_000 });
}

// Control: axe really looks inside the widgets' shadow roots. A nameless image and button put
// into a rendered widget must be reported against that widget.
test('control: axe reports a violation planted inside a widget\'s shadow root', async ({ open }) => {
  const p = await open('<main><h1>Control</h1><lacnic-partner-strip id="ctl-strip"></lacnic-partner-strip></main>');
  await waitStates(p.page, { 'ctl-strip': 'ready' });
  await p.page.evaluate(() => {
    const base = document.getElementById('ctl-strip').shadowRoot.querySelector('[part~="base"]');
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    base.append(img, document.createElement('button'));
  });
  const violations = await axe(p.page);
  for (const rule of ['image-alt', 'button-name']) {
    assert.ok(violations.some((v) => v.startsWith(`${rule} — #ctl-strip`)), `axe missed ${rule} inside the shadow root: ${violations.join('\n')}`);
  }
});

// ---------------------------------------------------------------------------------------------
// Keyboard

/** What has focus, looking through shadow roots, and whether a focus indicator shows. */
function focused() {
  let a = document.activeElement;
  let host = null;
  while (a?.shadowRoot?.activeElement) {
    host = a;
    a = a.shadowRoot.activeElement;
  }
  if (!a || a === document.body) return { host: null };
  const cs = getComputedStyle(a);
  let visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
  // A map economy shows focus with a drawn ring around its shape.
  if (!visible && a.classList.contains('economy')) {
    const ring = host?.shadowRoot.querySelector('.ring.active');
    const rcs = ring && getComputedStyle(ring);
    visible = !!rcs && rcs.stroke !== 'none' && parseFloat(rcs.strokeWidth) > 0 && rcs.display !== 'none';
  }
  return {
    host: host?.id ?? null,
    tag: a.localName,
    part: a.getAttribute('part') ?? '',
    index: a.dataset?.index ?? a.getAttribute('data-index'),
    code: a.getAttribute('data-code'),
    href: a.getAttribute('href'),
    inClone: !!a.closest('.clone'),
    pressed: a.getAttribute('aria-pressed'),
    visible,
  };
}

function recordEvents() {
  const events = [];
  Object.defineProperty(window, '__kb', { value: events });
  for (const type of ['lacnic-milestone-select', 'lacnic-region-select', 'lacnic-partner-click']) {
    document.addEventListener(type, (e) => {
      events.push(type === 'lacnic-region-select' ? { type, code: e.detail?.code } : { type, id: e.detail?.id ?? e.detail?.partner?.name });
      if (type === 'lacnic-partner-click') e.preventDefault();
    });
  }
}

test('keyboard only: strip, timeline and map by Tab and their documented keys, focus always visible', async ({ open, newContext }) => {
  const context = await newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordEvents);
  const p = await open(
    `<main><h1>Keyboard</h1>
      <lacnic-partner-strip id="kb-strip" layout="marquee"></lacnic-partner-strip>
      <lacnic-timeline id="kb-tl" view="list"></lacnic-timeline>
      <lacnic-region-map id="kb-map" year-slider></lacnic-region-map>
      <p><a href="#end">after</a></p></main>`,
    { context, lang: 'en' },
  );
  const { page } = p;
  await waitStates(page, { 'kb-strip': 'ready', 'kb-tl': 'ready', 'kb-map': 'ready' });
  await page.waitForFunction(() => document.getElementById('kb-strip').moving);
  const f = () => page.evaluate(focused);
  const tab = async () => {
    await page.keyboard.press('Tab');
    return f();
  };
  const stops = [];
  const visibleAt = (s, what) => {
    stops.push(s);
    assert.ok(s.visible, `no visible focus indicator on ${what}: ${JSON.stringify(s)}`);
  };

  // Strip: the pause button comes first, then each partner once (never a loop copy).
  let s = await tab();
  assert.equal(s.host, 'kb-strip', `first Tab: ${JSON.stringify(s)}`);
  assert.match(s.part, /pause-button/);
  visibleAt(s, 'the pause button');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('kb-strip').paused), true, 'Enter on pause did not pause');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.getElementById('kb-strip').paused), false, 'Space did not resume');
  const hrefs = [];
  for (;;) {
    s = await tab();
    if (s.host !== 'kb-strip') break;
    assert.equal(s.inClone, false, 'Tab reached a loop copy');
    assert.equal(s.tag, 'a');
    visibleAt(s, `partner link ${s.href}`);
    assert.equal(await page.evaluate(() => document.getElementById('kb-strip').moving), false, 'the marquee moves while a partner has focus');
    hrefs.push(s.href);
  }
  // Every partner with a site is one tab stop (the built-in eight include three without a link).
  const linked = await page.evaluate(() => document.getElementById('kb-strip').shadowRoot.querySelectorAll('ul:not(.clone) a[href]').length);
  assert.ok(linked >= 5, `linked partners: ${linked}`);
  assert.equal(hrefs.length, linked, `partner tab stops: ${hrefs}; then ${JSON.stringify(s)}`);
  assert.equal(new Set(hrefs).size, linked);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // activates the last partner: a cancelable lacnic-partner-click
  assert.equal((await page.evaluate(() => window.__kb)).at(-1)?.type, 'lacnic-partner-click', 'Enter on a partner fired no lacnic-partner-click');
  s = await tab();

  // Timeline: category chips, then one tab stop for the list.
  assert.equal(s.host, 'kb-tl', `after the strip: ${JSON.stringify(s)}`);
  let chips = 0;
  while (s.part === 'chip') {
    visibleAt(s, 'a category chip');
    if (!chips) {
      await page.keyboard.press('Enter');
      assert.equal((await f()).pressed, 'true', 'Enter on a chip did not press it');
      await page.keyboard.press('Enter');
      assert.equal((await f()).pressed, 'false', 'a second Enter did not release the chip');
    }
    chips++;
    s = await tab();
  }
  assert.ok(chips >= 2, `chips: ${chips}`);
  assert.equal(s.part, 'item');
  assert.equal(s.index, '0');
  visibleAt(s, 'the first milestone');
  const total = await page.evaluate(() => document.getElementById('kb-tl').milestones.length);
  await page.keyboard.press('ArrowDown');
  assert.equal((await f()).index, '1', 'ArrowDown');
  await page.keyboard.press('End');
  s = await f();
  assert.equal(s.index, String(total - 1), 'End');
  visibleAt(s, 'the last milestone');
  await page.keyboard.press('ArrowUp');
  assert.equal((await f()).index, String(total - 2), 'ArrowUp');
  await page.keyboard.press('Home');
  assert.equal((await f()).index, '0', 'Home');
  await page.keyboard.press('Enter');
  const first = await page.evaluate(() => document.getElementById('kb-tl').milestones[0].id);
  s = await f();
  assert.equal(s.part, 'detail', `Enter should move focus to the detail: ${JSON.stringify(s)}`);
  visibleAt(s, 'the detail panel');
  assert.equal(await page.evaluate(() => document.getElementById('kb-tl').selected), first);
  assert.deepEqual((await page.evaluate(() => window.__kb)).at(-1), { type: 'lacnic-milestone-select', id: first });
  await page.keyboard.press('Escape');
  s = await f();
  assert.equal(s.part, 'item', `Escape should return focus to the milestone: ${JSON.stringify(s)}`);
  assert.equal(s.index, '0');
  assert.equal(await page.evaluate(() => document.getElementById('kb-tl').selected ?? null), null, 'Escape did not close the detail');
  s = await tab();

  // Map: the year slider (arrows change the year) and its play button, then one tab stop for
  // the economies (arrows / Home / End / Enter / Escape), then the controls.
  assert.equal(s.host, 'kb-map', `after the timeline: ${JSON.stringify(s)}`);
  assert.equal(s.tag, 'input', `the year slider comes first: ${JSON.stringify(s)}`);
  visibleAt(s, 'the year slider');
  const latest = await page.evaluate(() => document.getElementById('kb-map').shownYear);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.getElementById('kb-map').shownYear), latest - 1, 'ArrowLeft on the slider');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.getElementById('kb-map').shownYear), latest, 'End on the slider');
  s = await tab();
  assert.equal(s.tag, 'button', `play button: ${JSON.stringify(s)}`);
  visibleAt(s, 'the play button');
  s = await tab();
  assert.ok(s.code, `first stop in the map is an economy: ${JSON.stringify(s)}`);
  visibleAt(s, `economy ${s.code}`);
  await page.keyboard.press('Home');
  s = await f();
  assert.equal(s.code, 'BR', 'Home goes to the largest economy');
  visibleAt(s, 'economy BR');
  await page.keyboard.press('End');
  const smallest = (await f()).code;
  assert.notEqual(smallest, 'BR');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  s = await f();
  assert.ok(s.code && s.code !== 'BR', `ArrowRight from BR moved to ${s.code}`);
  visibleAt(s, `economy ${s.code}`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('kb-map').selected), s.code, 'Enter selects');
  assert.deepEqual((await page.evaluate(() => window.__kb)).at(-1), { type: 'lacnic-region-select', code: s.code });
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.getElementById('kb-map').selected ?? null), null, 'Escape clears');
  assert.equal((await page.evaluate(() => window.__kb)).at(-1).code, null);
  s = await tab();
  assert.equal(s.host, 'kb-map');
  assert.equal(s.tag, 'button', `after the economies: ${JSON.stringify(s)}`);
  visibleAt(s, 'the table button');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('kb-map').view), 'table', 'the table button');
  for (let i = 0; i < 6; i++) {
    s = await tab();
    if (s.host !== 'kb-map') break;
    visibleAt(s, `map control ${s.tag}`);
  }
  count('keyboard stops checked', stops.length);
  await p.assertClean();
}, { timeout: 90_000 });

// ---------------------------------------------------------------------------------------------
// Forced colours, reflow, reduced motion

test('forced colours: widgets render, focus visible, map classes distinguishable, no axe violation', async ({ open, newContext }) => {
  const context = await newContext({ viewport: { width: 1280, height: 900 }, forcedColors: 'active' });
  const p = await open(
    `<main><h1>Forced colours</h1>
      <lacnic-partner-strip id="fc-strip" highlight="UY"></lacnic-partner-strip>
      <lacnic-timeline id="fc-tl" view="list" selected="recognition-2002" highlight-country="BR"></lacnic-timeline>
      <lacnic-region-map id="fc-map" selected="BR"></lacnic-region-map></main>`,
    { context, lang: 'es' },
  );
  const { page } = p;
  await page.emulateMedia({ forcedColors: 'active' });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  await waitStates(page, { 'fc-strip': 'ready', 'fc-tl': 'ready', 'fc-map': 'ready' });
  const fills = await page.evaluate(() => {
    const root = document.getElementById('fc-map').shadowRoot;
    const byClass = {};
    for (const path of root.querySelectorAll('.economy > path')) byClass[path.getAttribute('class')] = getComputedStyle(path).fill;
    return byClass;
  });
  const classes = Object.keys(fills).filter((c) => /^c\d$/.test(c));
  assert.ok(classes.length >= 3, `map classes: ${JSON.stringify(fills)}`);
  assert.equal(new Set(classes.map((c) => fills[c])).size, classes.length, `map classes share a colour in forced colours: ${JSON.stringify(fills)}`);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe in forced colours:\n${violations.join('\n')}`);
  for (const id of ['fc-strip', 'fc-tl', 'fc-map']) {
    await page.evaluate((id) => {
      const el = document.getElementById(id);
      el.shadowRoot.querySelector('a[href], button, [tabindex="0"]')?.focus();
    }, id);
    // Focus that arrives by script shows no :focus-visible ring for a mouse user; use the keyboard.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const s = await page.evaluate(focused);
    assert.equal(s.host, id);
    assert.ok(s.visible, `forced colours: no focus indicator in ${id}: ${JSON.stringify(s)}`);
  }
  count('states audited', 3);
  await p.assertClean();
}, { timeout: 60_000 });

/** Overflow report for the widgets at the current viewport (see the reflow test). */
function overflow() {
  const problems = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw) problems.push(`document scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
  for (const host of document.querySelectorAll('main > *')) {
    if (!host.shadowRoot) continue;
    const box = host.getBoundingClientRect();
    const parent = host.parentElement.getBoundingClientRect();
    if (box.width > parent.width + 0.5) problems.push(`#${host.id} is ${box.width}px wide in a ${parent.width}px container`);
    const designed = (el) => {
      for (let n = el; n && n !== host.shadowRoot; n = n.parentNode) {
        if (!(n instanceof Element)) continue;
        const cs = getComputedStyle(n);
        if (['auto', 'scroll'].includes(cs.overflowX)) return true; // a designed scroller
        if (n.classList.contains('visually-hidden') || n.classList.contains('viewport') || n.classList.contains('print')) return true;
      }
      return false;
    };
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (el.closest('svg') && el.localName !== 'svg') continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || designed(el)) continue;
      const r = el.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      const what = `#${host.id} ${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
      if (r.right > box.right + 1 || r.left < box.left - 1) problems.push(`${what} spills outside the widget (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)})`);
      if (['hidden', 'clip'].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${what} clips its content (${el.scrollWidth} > ${el.clientWidth})`);
      if (cs.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && cs.display !== 'inline') {
        problems.push(`${what} content is wider than its box (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
  }
  return problems;
}

test('reflow at 320 CSS px: no sideways scroll, nothing wider than its container, no clipped text, no axe violation (es/pt/en)', async ({ open, newContext }) => {
  const context = await newContext({ viewport: { width: 320, height: 640 } });
  const failures = [];
  for (const lang of ['es', 'pt', 'en']) {
    const p = await open(
      `<main>
        <lacnic-partner-strip id="rf-strip"></lacnic-partner-strip>
        <lacnic-partner-strip id="rf-marquee" layout="marquee"></lacnic-partner-strip>
        <lacnic-timeline id="rf-tl"></lacnic-timeline>
        <lacnic-timeline id="rf-tl-open" selected="recognition-2002"></lacnic-timeline>
        <lacnic-timeline id="rf-axis" view="axis"></lacnic-timeline>
        <lacnic-region-map id="rf-map" selected="BR" year-slider></lacnic-region-map>
        <lacnic-region-map id="rf-table" view="table"></lacnic-region-map>
      </main>`,
      { context, lang },
    );
    await waitStates(p.page, Object.fromEntries(['rf-strip', 'rf-marquee', 'rf-tl', 'rf-tl-open', 'rf-axis', 'rf-map', 'rf-table'].map((id) => [id, 'ready'])));
    for (const problem of await p.page.evaluate(overflow)) failures.push(`${lang}: ${problem}`);
    // The same pages through axe: at 320px too, nothing may break an A/AA rule (target size…).
    for (const v of await axe(p.page)) failures.push(`${lang}: axe ${v}`);
    count('states audited', 7);
    await p.assertClean();
    await p.close();
  }
  assert.deepEqual(failures, [], `reflow at 320px:\n${failures.join('\n')}`);
}, { timeout: 90_000 });

test('reduced motion: the marquee does not move and timeline scrolling is instant', async ({ open, newContext }) => {
  const context = await newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
  const p = await open(
    `<main>
      <lacnic-partner-strip id="rm-strip" layout="marquee"></lacnic-partner-strip>
      <lacnic-timeline id="rm-tl" view="axis"></lacnic-timeline>
      <lacnic-region-map id="rm-map" year-slider></lacnic-region-map>
    </main>`,
    { context, lang: 'pt' },
  );
  const { page } = p;
  await waitStates(page, { 'rm-strip': 'ready', 'rm-tl': 'ready', 'rm-map': 'ready' });
  await page.waitForTimeout(300);
  const strip = await page.evaluate(() => {
    const el = document.getElementById('rm-strip');
    const running = [...el.shadowRoot.getAnimations(), ...document.getAnimations()].filter((a) => a.playState === 'running');
    const track = el.shadowRoot.querySelector('.track');
    return { paused: el.paused, moving: el.moving, running: running.length, transform: getComputedStyle(track).transform, button: !!el.shadowRoot.querySelector('[part~="pause-button"]') };
  });
  assert.equal(strip.paused, true, 'the marquee is not paused under reduced motion');
  assert.equal(strip.moving, false);
  assert.equal(strip.running, 0, `running animations: ${JSON.stringify(strip)}`);
  const t1 = await page.evaluate(() => getComputedStyle(document.getElementById('rm-strip').shadowRoot.querySelector('.track')).transform);
  await page.waitForTimeout(300);
  const t2 = await page.evaluate(() => getComputedStyle(document.getElementById('rm-strip').shadowRoot.querySelector('.track')).transform);
  assert.equal(t1, t2, 'the marquee track moved');
  // Play on the strip's own button is still possible (the reader may choose motion).
  assert.ok(strip.button, 'no play button under reduced motion');

  // Timeline (horizontal axis): selecting a far milestone scrolls there at once.
  const scroll = await page.evaluate(async () => {
    const el = document.getElementById('rm-tl');
    const scroller = el.shadowRoot.querySelector('.scroller');
    const last = el.milestones.at(-1).id;
    el.selected = last;
    await el.updateComplete;
    const at = scroller.scrollLeft;
    await new Promise((r) => setTimeout(r, 400));
    return { at, later: scroller.scrollLeft, max: scroller.scrollWidth - scroller.clientWidth, behavior: getComputedStyle(scroller).scrollBehavior };
  });
  assert.ok(scroll.max > 0, `the list is not a scroller here: ${JSON.stringify(scroll)}`);
  assert.ok(scroll.at > 0, `the list did not scroll at once: ${JSON.stringify(scroll)}`);
  assert.equal(scroll.at, scroll.later, `the list was still scrolling: ${JSON.stringify(scroll)}`);
  assert.notEqual(scroll.behavior, 'smooth');
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe under reduced motion:\n${violations.join('\n')}`);
  count('states audited', 3);
  await p.assertClean();
}, { timeout: 60_000 });
